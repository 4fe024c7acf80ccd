/**
 * Reads VPCs through the three variants of `ReadVpcs`: every VPC, a hub's VPCs (`hubId`), one VPC
 * (`vpcId`), with `status`/`type` as comma lists. Mirrors staxapp's `examples/networking/read_vpc.py`.
 *
 * `/networking/hubs/{hub_id}/vpcs` and `/networking/vpcs/{vpc_id}` have one path parameter each, so
 * staxapp's "most parameters given wins" cannot choose: `ReadVpcs(hub_id=..., vpc_id=...)` reads the VPC
 * and sends `hub_id` as a query parameter nobody reads. Here the input is a union: the compiler refuses
 * `{ hubId, vpcId }`, and at run time such an input is an `InputError` before anything is sent.
 */
import { Console, Effect } from "effect"
import { Networking } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { cidrRangeId, hubId, vpcId } from "./support/fixtures.js"

/** The VPCs of each variant. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const vpc = yield* vpcId(hub, yield* cidrRangeId(hub))
  const all = (yield* Networking.readVpcs()).Vpcs
  const live = (yield* Networking.readVpcs({ status: ["ACTIVE", "CREATE_IN_PROGRESS"] })).Vpcs
  const isolated = (yield* Networking.readVpcs({ status: "ACTIVE", type: ["ISOLATED", "FLAT"] })).Vpcs
  const ofHub = (yield* Networking.readVpcs({ hubId: hub })).Vpcs
  const one = (yield* Networking.readVpcs({ vpcId: vpc })).Vpcs
  yield* Console.log(`${all.length} VPCs, ${live.length} active or being created, ${isolated.length} active ISOLATED/FLAT`)
  yield* Console.log(`hub ${hub}: ${ofHub.map((v) => v.Name).join(", ")}; VPC ${vpc}: ${one[0]?.Name}`)
  const both = { hubId: hub, vpcId: vpc } as unknown as Parameters<typeof Networking.readVpcs>[0]
  const refused = yield* Effect.flip(Networking.readVpcs(both))
  yield* Console.log(`{ hubId, vpcId } together: ${refused._tag}`)
  return { vpc, hub, all, live, isolated, ofHub, one, refused: refused._tag }
})

/** Each variant returns what it says; two ids at once are refused. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("reading by vpcId gives exactly that VPC", r.one.length === 1 && r.one[0]?.Id === r.vpc),
  claim("the hub's VPCs all belong to the hub and include it", r.ofHub.every((v) => v.NetworkingHubId === r.hub) && r.ofHub.some((v) => v.Id === r.vpc)),
  claim("status=ACTIVE,CREATE_IN_PROGRESS filters by status", r.live.every((v) => v.Status === "ACTIVE" || v.Status === "CREATE_IN_PROGRESS")),
  claim("type=ISOLATED,FLAT filters by type", r.isolated.every((v) => v.Type === "ISOLATED" || v.Type === "FLAT")),
  claim("{ hubId, vpcId } together is an InputError", r.refused === "InputError")
]

run(import.meta, program, claims)
