/**
 * Accounts: the AWS accounts Stax governs (`accounts.*` in the Stax cloud API). Part 1 has
 * `readAccounts`; the other operations are generated from the API's OpenAPI document in part 2.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function*() {
 *   const { Accounts: active } = yield* Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
 *   const one = yield* Accounts.readAccounts({ accountId: active[0]!.Id })
 * })
 * ```
 *
 * @since 0.2.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Accessor from "../../core/Accessor.js"
import type { InputError, StaxError } from "../../core/StaxError.js"
import { toEndpoint } from "../Endpoints.js"
import { ReadAccounts, type ReadAccountsInput, type ReadAccountsOutput } from "../schema/Account.js"
import { StaxCloudClient } from "../StaxCloudClient.js"

/**
 * The endpoints of this area, as declared for the request core.
 *
 * @since 0.2.0
 * @category Endpoints
 */
export const accountEndpoints = {
  readAccounts: toEndpoint("Accounts.readAccounts", ReadAccounts)
}

/**
 * The Accounts operations.
 *
 * @since 0.2.0
 * @category Models
 */
export interface AccountsService {
  /**
   * `accounts.ReadAccounts`: the accounts, filtered (`filter`: one status or several, `nameFilter`,
   * `idFilter`, ...), with their `Tags` when `includeTags` is true, a page of them with `Paging` when
   * `offset`/`limit` is given, or one account by `accountId`.
   */
  readonly readAccounts: (input?: ReadAccountsInput) => Effect.Effect<ReadAccountsOutput, StaxError | InputError>
}

/**
 * The `Accounts` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Accounts extends Context.Tag("stax-effect/cloud/Accounts")<Accounts, AccountsService>() {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<AccountsService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    (client) => ({ readAccounts: (input = {}) => client.call(accountEndpoints.readAccounts, input) })
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Accounts, never, StaxCloudClient> = Layer.effect(Accounts, Accounts.make)

  /** Accessor for {@link AccountsService.readAccounts}. */
  static readonly readAccounts = Accessor.effect(Accounts, (service) => service.readAccounts)
}
