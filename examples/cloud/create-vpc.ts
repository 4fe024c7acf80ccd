/**
 * Creates a VPC in a hub from one of its CIDR ranges, waits for the task, renames it, and reads it back.
 * Mirrors staxapp's `examples/networking/create_vpc.py` and `update_vpc.py`. `size` and `type` are checked
 * against the document's values before the request is sent (staxapp's body check does that too; its
 * answers, though, are never decoded).
 */
import { Console, Effect } from "effect"
import { Networking, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId, cidrRangeId, hubId } from "./support/fixtures.js"

/** The VPC read back after creation and after the rename. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const name = `dev-ms-${Date.now().toString(36)}`
  const created = yield* Networking.createVpc({
    hubId: hub,
    accountId: yield* activeAccountId,
    cidrRangeId: yield* cidrRangeId(hub),
    name,
    description: "VPC for a non-prod microservice",
    region: "ap-southeast-2",
    size: "SMALL",
    type: "ISOLATED",
    createInternetGateway: true,
    createCloudwatchVpcFlowlogs: true,
    gatewayEndpoints: ["s3"],
    tags: { CostCode: "12345" }
  })
  const id = created.Detail.VPC.Id
  const made = yield* Tasks.waitUntilDone(created)
  const { Vpcs: [vpc] } = yield* Networking.readVpcs({ vpcId: id })
  yield* Console.log(`VPC ${id} (${vpc?.Cidr ?? "-"}): creation ${made.Status}`)
  const updated = yield* Networking.updateVpc({ vpcId: id, name: `${name}-2` })
  const renamed = yield* Tasks.waitUntilDone(updated)
  const { Vpcs: [after] } = yield* Networking.readVpcs({ vpcId: id })
  yield* Console.log(`rename ${renamed.Status}: ${after?.Name}`)
  return { id, hub, name, created: made.Status, vpc, after }
})

/** The VPC reads back in its hub with its settings, then renamed. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the creation task ends SUCCEEDED", r.created === "SUCCEEDED"),
  claim("the VPC reads back in its hub with its name", r.vpc?.Name === r.name && r.vpc?.NetworkingHubId === r.hub),
  claim("it is SMALL and ISOLATED", r.vpc?.Size === "SMALL" && r.vpc?.Type === "ISOLATED"),
  claim("it reads back renamed after UpdateVpc", r.after?.Name === `${r.name}-2`)
]

run(import.meta, program, claims)
