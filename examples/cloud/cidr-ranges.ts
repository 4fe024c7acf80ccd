/**
 * A CIDR range's life in a hub: create, read (all, the hub's, by id), rename, delete. Mirrors staxapp's
 * `examples/networking/create_range.py`, `read_range.py`, `update_range.py` and `delete_range.py`. Range
 * writes are synchronous (no task): the answer carries the range itself.
 */
import { Console, Effect } from "effect"
import { Networking } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"
import { hubId } from "./support/fixtures.js"

/** The range as created, renamed and read back, and whether it is still active after deletion. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const created = yield* Networking.createCidrRange({
    hubId: hub,
    name: "prod",
    cidr: "10.130.0.0/23",
    description: "CIDR range for team ABCD, application 1234",
    tags: { CostCode: "12345" }
  })
  const range = created.Ranges[0]
  if (range === undefined) return yield* new MissingResource({ message: "CreateCidrRange answered without the range" })
  const ofHub = (yield* Networking.readCidrRanges({ hubId: hub })).Ranges
  yield* Networking.updateCidrRange({ rangeId: range.Id, name: "my-own-range" })
  const { Ranges: [renamed] } = yield* Networking.readCidrRanges({ rangeId: range.Id })
  yield* Console.log(`range ${range.Id} ${range.Cidr}: renamed ${renamed?.Name}`)
  yield* Networking.deleteCidrRange({ rangeId: range.Id })
  const active = (yield* Networking.readCidrRanges({ status: "ACTIVE" })).Ranges
  return { range, ofHub, renamed, stillActive: active.some((r) => r.Id === range.Id) }
})

/** The range is listed under its hub, reads back renamed, and is not active once deleted. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the created range has the CIDR asked for", r.range.Cidr === "10.130.0.0/23"),
  claim("it is among the hub's ranges", r.ofHub.some((x) => x.Id === r.range.Id)),
  claim("it reads back renamed", r.renamed?.Name === "my-own-range"),
  claim("after DeleteCidrRange it is no longer active", !r.stillActive)
]

run(import.meta, program, claims)
