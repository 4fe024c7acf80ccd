/**
 * The operations the Stax cloud stand-in serves: the generated registry's list.
 *
 * Until `src/cloud/generated/registry.ts` exists, this module holds `accounts.ReadAccounts` alone, built by
 * hand from the part-1 operation. Switching to the registry is this one line:
 *
 * ```ts
 * export { cloudOperations } from "../../cloud/generated/registry.js"
 * ```
 *
 * @since 0.3.0
 */
import { accountOperations } from "../../cloud/api/Accounts.js"
import type { CloudOperationSpec } from "./engine/spec.js"

/**
 * Every operation the stand-in routes (today: `accounts.ReadAccounts`).
 *
 * @since 0.3.0
 * @category Operations
 */
export const cloudOperations: ReadonlyArray<CloudOperationSpec> = [
  {
    id: "accounts.ReadAccounts",
    service: "Accounts",
    method: "readAccounts",
    operation: accountOperations.readAccounts,
    routes: ["/accounts/{account_id}", "/accounts"],
    http: "GET",
    body: "none",
    taskId: [],
    paging: { items: "Accounts" },
    description: "The accounts, filtered, or one account by id."
  }
]
