/**
 * Tags an account, waits for the task, and reads the account back with its tags. Mirrors staxapp's
 * `examples/accounts/update_account.py`.
 *
 * staxapp's script calls `update_properties.update(tags)` with `tags` undefined (it is `tags_dict`): it
 * raises a NameError, and fixed it would spread the tags as top-level body keys instead of under `Tags`,
 * which staxapp's body check lets through. Here `tags` is a typed input and unknown keys are refused.
 */
import { Console, Effect } from "effect"
import { Accounts, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId } from "./support/fixtures.js"

/** The tags sent, and the account read back with its tags after the task. */
export const program = Effect.gen(function*() {
  const accountId = yield* activeAccountId
  const tags = { CostCode: "12345", Owner: "examples" }
  const updated = yield* Accounts.updateAccount({ accountId, tags })
  const task = yield* Tasks.waitUntilDone(updated)
  const { Accounts: [account] } = yield* Accounts.readAccounts({ accountId, includeTags: true })
  yield* Console.log(`task ${task.Status}; ${account?.Name} now tagged ${JSON.stringify(account?.Tags)}`)
  return { tags, task: task.Status, account }
})

/** The task succeeded and the account carries the tags. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim(
    "the account reads back with the tags",
    Object.entries(r.tags).every(([k, v]) => r.account?.Tags?.[k] === v)
  )
]

run(import.meta, program, claims)
