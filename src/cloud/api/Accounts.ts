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
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Service from "../../core/Service.js"
import { ReadAccounts } from "../schema/Account.js"
import { StaxCloudClient } from "../StaxCloudClient.js"

/**
 * The operations of this area.
 *
 * @since 0.3.0
 * @category Operations
 */
export const accountOperations = {
  readAccounts: ReadAccounts
}

/**
 * The endpoints of this area.
 *
 * @deprecated Use `accountOperations`.
 * @since 0.2.0
 * @category Endpoints
 */
export const accountEndpoints = accountOperations

/** The service's methods: one entry per operation. */
const accountsTable = {
  /**
   * `accounts.ReadAccounts`: the accounts, filtered (`filter`: one status or several, `nameFilter`,
   * `idFilter`, ...), with their `Tags` when `includeTags` is true, a page of them with `Paging` when
   * `offset`/`limit` is given, or one account by `accountId`.
   */
  readAccounts: Service.call(accountOperations.readAccounts, { input: "optional" })
}

/**
 * The Accounts operations: one method per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface AccountsService extends Service.ShapeOf<typeof accountsTable> {}

/**
 * The `Accounts` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Accounts extends Service.Tag("stax-effect/cloud/Accounts")<Accounts, AccountsService>()(accountsTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<AccountsService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(accountsTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Accounts, never, StaxCloudClient> = Layer.effect(Accounts, Accounts.make)
}
