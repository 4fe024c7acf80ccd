/**
 * A CIDR exclusion's life in a hub: create, read the active ones, rename, delete. Mirrors staxapp's
 * `examples/networking/create_exclusion.py`, `read_exclusions.py`, `update_exclusion.py` and
 * `delete_exclusion.py`. Exclusion writes are synchronous (no task).
 */
import { Console, Effect } from "effect"
import { Networking } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"
import { hubId } from "./support/fixtures.js"

/** The exclusion created, as listed, renamed, and whether it stays active after deletion. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const created = yield* Networking.createCidrExclusion({
    hubId: hub,
    name: "legacy-vpcs",
    cidr: "10.140.0.0/19",
    description: "Blocks out existing legacy VPCs",
    tags: { CostCode: "12345" }
  })
  const exclusion = created.Exclusions[0]
  const id = exclusion?.Id
  if (id === undefined) return yield* new MissingResource({ message: "CreateCidrExclusion answered without the exclusion" })
  const active = (yield* Networking.readCidrExclusions({ status: "ACTIVE" })).Exclusions
  yield* Networking.updateCidrExclusion({ exclusionId: id, name: "boston-fern" })
  const { Exclusions: [renamed] } = yield* Networking.readCidrExclusions({ exclusionId: id })
  yield* Console.log(`exclusion ${id} ${exclusion?.Cidr}: renamed ${renamed?.Name}`)
  yield* Networking.deleteCidrExclusion({ exclusionId: id })
  const after = (yield* Networking.readCidrExclusions({ hubId: hub, status: "ACTIVE" })).Exclusions
  return { id, listed: active.some((e) => e.Id === id), renamed: renamed?.Name, stillActive: after.some((e) => e.Id === id) }
})

/** Listed while active, renamed, not active once deleted. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the new exclusion is among the active ones", r.listed),
  claim("it reads back renamed", r.renamed === "boston-fern"),
  claim("after DeleteCidrExclusion it is no longer active", !r.stillActive)
]

run(import.meta, program, claims)
