/**
 * Changes a user's role, resends the user's invitation and resets the password, then reads the user back.
 * Mirrors staxapp's `examples/users/update_user.py`, `update_user_invite.py` and `reset_password.py`.
 * `role` and `status` are checked against the document's values before the request is sent; the invite
 * and password writes have no body at all.
 */
import { Console, Effect } from "effect"
import { Tasks, Teams } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** The user read back after the role change, and the three writes' outcomes. */
export const program = Effect.gen(function*() {
  const created = yield* Teams.createUser({ firstName: "Grace", lastName: "Example", email: `examples+${Date.now().toString(36)}@example.com` })
  const userId = (yield* Tasks.waitUntilDone(created)).Users?.[0] ?? ""
  const updated = yield* Teams.updateUser({ userId, role: "customer_operations", status: "ACTIVE" })
  const task = yield* Tasks.waitUntilDone(updated)
  const invite = yield* Teams.updateUserInvite({ userId })
  const password = yield* Teams.updateUserPassword({ userId })
  const { Users: [user] } = yield* Teams.readUsers({ userId })
  yield* Console.log(`update ${task.Status}: ${user?.Email} is ${user?.Role}, ${user?.Status}; invite ${invite.Detail.OperationStatus}, password ${password.Detail.OperationStatus}`)
  return { userId, task: task.Status, user }
})

/** The task succeeded and the user has the new role. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the update task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the user reads back with the new role", r.user?.Id === r.userId && r.user?.Role === "customer_operations")
]

run(import.meta, program, claims)
