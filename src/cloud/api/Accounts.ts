/**
 * Accounts: the AWS accounts Stax governs (`accounts.*` in the Stax cloud API). The service is generated
 * from the API's OpenAPI document (`src/cloud/generated/Accounts.ts`); this module keeps the names of
 * part 1.
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
import { accountsOperations } from "../generated/Accounts.js"

export { Accounts, accountsOperations } from "../generated/Accounts.js"
export type { AccountsService } from "../generated/Accounts.js"

/**
 * The operations of this area.
 *
 * @deprecated Use `accountsOperations`.
 * @since 0.2.0
 * @category Operations
 */
export const accountOperations = accountsOperations

/**
 * The endpoints of this area.
 *
 * @deprecated Use `accountsOperations`.
 * @since 0.2.0
 * @category Endpoints
 */
export const accountEndpoints = accountsOperations
