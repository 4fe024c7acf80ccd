/**
 * A Direct Connect gateway (`CreateDxResource` with a `Gateway`), a transit association of it to a hub,
 * and the associations read through the variants of `ReadDxAssociations`. Mirrors staxapp's
 * `examples/networking/create_dx_resources.py`, `create_dx_association.py` and `read_dx_association.py`.
 *
 * The document marks the gateway's `GatewayType` both required and `readOnly`: a read-only property is
 * no input, so the SDK leaves it out (staxapp's example sends it).
 *
 * Reading one association by id (`/dxassociations/{dx_association_id}`) is the document's only operation
 * with a required query parameter (`status`); staxapp's `ReadDxAssociations(dx_association_id=...)` omits
 * it. Here the compiler asks for it.
 */
import { Console, Effect } from "effect"
import { Networking, Tasks } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"
import { activeAccountId, hubId } from "./support/fixtures.js"

/** The gateway, the association, and the association as each variant reads it. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const resource = yield* Networking.createDxResource({
    gateway: { AccountId: yield* activeAccountId, Asn: 64512, Name: "prod-gateway" }
  })
  yield* Tasks.waitUntilDone(resource)
  const dxGatewayId = resource.Detail.DxResource.Gateway?.Id
  if (dxGatewayId === undefined) return yield* new MissingResource({ message: "CreateDxResource answered without the gateway's id" })
  const association = yield* Networking.createDxAssociation({
    dxGatewayId,
    networkingHubId: hub,
    prefixes: ["192.168.0.0/24", "192.168.1.0/24"]
  })
  const dxAssociationId = association.Detail.DxAssociation.Id
  const task = yield* Tasks.waitUntilDone(association)
  const all = (yield* Networking.readDxAssociations()).DxAssociations
  const ofHub = (yield* Networking.readDxAssociations({ hubId: hub })).DxAssociations
  const ofGateway = (yield* Networking.readDxAssociations({ dxGatewayId })).DxAssociations
  const one = (yield* Networking.readDxAssociations({ dxAssociationId, status: "ACTIVE" })).DxAssociations
  yield* Console.log(`association ${dxAssociationId} of gateway ${dxGatewayId} to hub ${hub}: ${task.Status}`)
  return { hub, dxGatewayId, dxAssociationId, task: task.Status, all, ofHub, ofGateway, one }
})

/** Every variant finds the association, with its prefixes. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the association's task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("it is among all associations", r.all.some((a) => a.Id === r.dxAssociationId)),
  claim("the hub's associations include it", r.ofHub.some((a) => a.Id === r.dxAssociationId)),
  claim("the gateway's associations all belong to the gateway", r.ofGateway.length > 0 && r.ofGateway.every((a) => a.DxGatewayId === r.dxGatewayId)),
  claim("reading by id gives it with both prefixes", r.one[0]?.Id === r.dxAssociationId && r.one[0]?.Prefixes.length === 2)
]

run(import.meta, program, claims)
