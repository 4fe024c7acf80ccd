/**
 * Creates an account of the first account type, outside any organisational unit (`organisationalUnitId:
 * null`), waits for its task, and reads the new account back by the id the task reports. Mirrors staxapp's
 * `examples/accounts/create_accounts.py`.
 *
 * staxapp ignores `nullable`: `CreateAccount(OrganisationalUnitId=None)` is refused by its own body check
 * (as in 37 other bodies), and it leaves the caller to poll the task by hand.
 */
import { Console, Effect } from "effect"
import { Accounts, Tasks } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"

/** The account created, read back by id, and the final status of its task. */
export const program = Effect.gen(function*() {
  const { AccountTypes } = yield* Accounts.readAccountTypes()
  const accountType = AccountTypes[0]
  if (accountType === undefined) return yield* new MissingResource({ message: "no account type: run examples/cloud/account-types.ts" })
  const name = `examples-${Date.now().toString(36)}`
  const created = yield* Accounts.createAccount({ name, accountType: accountType.Id, organisationalUnitId: null })
  yield* Console.log(`CreateAccount answered; task ${created.taskId}`)
  const task = yield* Tasks.waitUntilDone(created)
  const accountId = task.Accounts?.[0]
  const readBack = accountId === undefined ? [] : (yield* Accounts.readAccounts({ accountId })).Accounts
  yield* Console.log(`task ${task.Status}: account ${accountId ?? "-"} ${readBack[0]?.Name ?? ""}`)
  return { name, task: task.Status, account: readBack[0] }
})

/** The task succeeded and the account reads back with its name. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the account reads back by the task's account id, with its name", r.account?.Name === r.name)
]

run(import.meta, program, claims)
