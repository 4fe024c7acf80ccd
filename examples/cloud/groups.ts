/**
 * A group's life: create it, rename it, add a user, read it back with its users, delete it, waiting for
 * each task. Mirrors staxapp's `examples/groups/create_group.py`, `update_group.py`,
 * `update_group_members.py`, `read_groups.py` and `delete_group.py`.
 */
import { Console, Effect } from "effect"
import { Tasks, Teams } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { userId } from "./support/fixtures.js"

/** The group read back with its member, and its status after deletion. */
export const program = Effect.gen(function*() {
  const user = yield* userId
  const name = `examples-${Date.now().toString(36)}`
  const created = yield* Teams.createGroup({ name })
  const groupId = created.GroupId
  yield* Tasks.waitUntilDone(created)
  yield* Tasks.waitUntilDone(yield* Teams.updateGroup({ groupId, name: `${name}-2` }))
  yield* Tasks.waitUntilDone(yield* Teams.updateGroupMembers({ addMembers: [{ GroupId: groupId, UserId: user }] }))
  const { Groups: [group] } = yield* Teams.readGroups({ groupId })
  yield* Console.log(`group ${group?.Name}: ${group?.Users?.length ?? 0} users`)
  const deleted = yield* Teams.deleteGroup({ groupId })
  const task = yield* Tasks.waitUntilDone(deleted)
  const active = (yield* Teams.readGroups()).Groups.filter((g) => g.Status === "ACTIVE")
  return { name, user, group, deletion: task.Status, stillActive: active.some((g) => g.Id === groupId) }
})

/** The group reads back renamed with its member, and is gone after deletion. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the group reads back renamed", r.group?.Name === `${r.name}-2`),
  claim("the user is a member", JSON.stringify(r.group?.Users ?? []).includes(r.user)),
  claim("the deletion task ends SUCCEEDED", r.deletion === "SUCCEEDED"),
  claim("after DeleteGroup it is no longer active", !r.stillActive)
]

run(import.meta, program, claims)
