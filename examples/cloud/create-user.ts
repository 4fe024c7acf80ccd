/**
 * Invites a user, waits for the task, and finds the user by the id the task reports, then among all users
 * by email. Mirrors staxapp's `examples/users/create_user.py` and `read_users.py`.
 */
import { Console, Effect } from "effect"
import { Tasks, Teams } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** The user read back by id and among all users. */
export const program = Effect.gen(function*() {
  const email = `examples+${Date.now().toString(36)}@example.com`
  const created = yield* Teams.createUser({ firstName: "Ada", lastName: "Example", email, role: "customer_readonly" })
  const task = yield* Tasks.waitUntilDone(created)
  const userId = task.Users?.[0]
  const byId = userId === undefined ? [] : (yield* Teams.readUsers({ userId })).Users
  const all = (yield* Teams.readUsers()).Users
  yield* Console.log(`task ${task.Status}: user ${userId ?? "-"} ${byId[0]?.Email ?? ""} (${byId[0]?.Role ?? "-"}); ${all.length} users`)
  return { email, task: task.Status, user: byId[0], listed: all.some((u) => u.Email === email) }
})

/** The task succeeded; the user reads back with the email and role sent. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the user reads back by id with the email", r.user?.Email === r.email),
  claim("with the role asked for", r.user?.Role === "customer_readonly"),
  claim("and is among all users", r.listed)
]

run(import.meta, program, claims)
