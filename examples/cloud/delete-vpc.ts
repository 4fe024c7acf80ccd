/**
 * Creates a VPC, deletes it, waits for the deletion task, and reads its status (a 404 there means the VPC
 * is gone: the answer says so, typed, as `ApiError` with `status` 404). Mirrors staxapp's
 * `examples/networking/delete_vpc.py` (which returns as soon as the deletion is accepted).
 */
import { Console, Effect } from "effect"
import { Networking, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId, cidrRangeId, hubId } from "./support/fixtures.js"

/** The deletion task's status and the VPC's status after it. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const created = yield* Networking.createVpc({
    hubId: hub,
    accountId: yield* activeAccountId,
    cidrRangeId: yield* cidrRangeId(hub),
    name: `doomed-${Date.now().toString(36)}`,
    region: "ap-southeast-2",
    size: "SMALL",
    type: "ISOLATED",
    createInternetGateway: false
  })
  yield* Tasks.waitUntilDone(created)
  const vpcId = created.Detail.VPC.Id
  const deleted = yield* Networking.deleteVpc({ vpcId })
  const task = yield* Tasks.waitUntilDone(deleted)
  const { Vpcs } = yield* Networking.readVpcs({ vpcId, status: "DELETED" }).pipe(
    Effect.catchIf((e) => e._tag === "ApiError" && e.status === 404, () => Effect.succeed({ Vpcs: [] }))
  )
  const active = (yield* Networking.readVpcs({ status: "ACTIVE" })).Vpcs
  yield* Console.log(`deletion ${task.Status}; VPC ${vpcId} is ${Vpcs[0]?.Status ?? "gone"}`)
  return { task: task.Status, status: Vpcs[0]?.Status, stillActive: active.some((v) => v.Id === vpcId) }
})

/** The deletion succeeded: the VPC is DELETED, not ACTIVE. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the deletion task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the VPC is no longer listed as ACTIVE", !r.stillActive),
  claim("read with status=DELETED it is DELETED, or gone (404)", r.status === "DELETED" || r.status === undefined)
]

run(import.meta, program, claims)
