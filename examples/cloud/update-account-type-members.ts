/**
 * Moves an account into another account type (`Members: [{ AccountId, AccountTypeId }]`), waits for the
 * task and reads the account back. Mirrors staxapp's `examples/account_types/update_account_type_members.py`.
 *
 * `Members` items are typed here (`AccountId`, `AccountTypeId`, nothing else); staxapp builds them as
 * untyped dicts.
 */
import { Console, Effect } from "effect"
import { Accounts, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId } from "./support/fixtures.js"

/** The account type asked for and the account type the account reads back with. */
export const program = Effect.gen(function*() {
  const accountId = yield* activeAccountId
  const created = yield* Accounts.createAccountType({ name: `examples-members-${Date.now().toString(36)}` })
  const accountTypeId = created.Detail.AccountType.Id
  const moved = yield* Accounts.updateAccountTypeMembers({ members: [{ AccountId: accountId, AccountTypeId: accountTypeId }] })
  const task = yield* Tasks.waitUntilDone(moved)
  const { Accounts: [account] } = yield* Accounts.readAccounts({ accountId })
  yield* Console.log(`task ${task.Status}: account ${account?.Name} has type ${account?.AccountType}`)
  return { accountTypeId, task: task.Status, accountType: account?.AccountType }
})

/** The task succeeded and the account now has the new type. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the account reads back with the new account type", r.accountType === r.accountTypeId)
]

run(import.meta, program, claims)
