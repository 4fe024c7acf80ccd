/**
 * Creates a networking hub, waits for its task, renames and tags it, waits again, and reads it back.
 * Mirrors staxapp's `examples/networking/create_hub.py` and `update_hub.py`. The hub's id is in the
 * answer (`Detail.NetworkingHub.Id`); its task id sits in `Detail.Message.TaskId`, where `Message` may also
 * be a plain string: `created.taskId` finds it either way.
 */
import { Console, Effect } from "effect"
import { Networking, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId } from "./support/fixtures.js"

/** The hub as read back after creation and after the update. */
export const program = Effect.gen(function*() {
  const name = `examples-hub-${Date.now().toString(36)}`
  const created = yield* Networking.createHub({
    name,
    accountId: yield* activeAccountId,
    region: "ap-southeast-2",
    cidr: "10.128.0.0/22",
    createNatGateway: false,
    createInternetGateway: false
  })
  const id = created.Detail.NetworkingHub.Id
  const made = yield* Tasks.waitUntilDone(created)
  yield* Console.log(`hub ${id}: creation ${made.Status}`)
  const updated = yield* Networking.updateHub({ hubId: id, name: `${name}-2`, tags: { testing: "yes" } })
  const task = yield* Tasks.waitUntilDone(updated)
  const { Hubs: [hub] } = yield* Networking.readHubs({ hubId: id })
  yield* Console.log(`update ${task.Status}: ${hub?.Name} ${JSON.stringify(hub?.Tags)}`)
  return { id, name, created: made.Status, updated: task.Status, hub }
})

/** Both tasks succeeded; the hub reads back renamed and tagged. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the creation task ends SUCCEEDED", r.created === "SUCCEEDED"),
  claim("the update task ends SUCCEEDED", r.updated === "SUCCEEDED"),
  claim("the hub reads back with its new name", r.hub?.Id === r.id && r.hub?.Name === `${r.name}-2`),
  claim("the hub carries its tag", r.hub?.Tags?.["testing"] === "yes")
]

run(import.meta, program, claims)
