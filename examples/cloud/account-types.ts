/**
 * An account type's life: create it, rename it, read it back among the account types, delete it. Mirrors
 * staxapp's `examples/account_types/create_account_type.py`, `update_account_type.py`,
 * `read_account_types.py` and `delete_account_type.py`. These writes are synchronous: no task to wait for.
 */
import { Console, Effect } from "effect"
import { Accounts } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** The account type as created, as renamed, as read back, and whether it is still listed after deletion. */
export const program = Effect.gen(function*() {
  const name = `examples-${Date.now().toString(36)}`
  const created = yield* Accounts.createAccountType({ name })
  const id = created.Detail.AccountType.Id
  yield* Console.log(`created account type ${id} (${created.Detail.AccountType.Name})`)
  yield* Accounts.updateAccountType({ accountTypeId: id, name: `${name}-renamed` })
  const { AccountTypes: [readBack] } = yield* Accounts.readAccountTypes({ accountTypeId: id })
  yield* Console.log(`read back: ${readBack?.Name}`)
  yield* Accounts.deleteAccountType({ accountTypeId: id })
  const after = yield* Accounts.readAccountTypes()
  const stillActive = after.AccountTypes.some((t) => t.Id === id && t.Status === "ACTIVE")
  return { id, name, readBack, stillActive }
})

/** The renamed type reads back renamed, and is no longer active after the delete. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the account type reads back with its new name", r.readBack?.Id === r.id && r.readBack?.Name === `${r.name}-renamed`),
  claim("after DeleteAccountType it is no longer an active account type", !r.stillActive)
]

run(import.meta, program, claims)
