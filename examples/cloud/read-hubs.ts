/**
 * Reads the networking hubs: the default statuses, then `status` as a comma list, then one hub by id.
 * Mirrors staxapp's `examples/networking/read_hubs.py` (which writes the list as the string
 * `"DELETED,ACTIVE"`; here it is `["DELETED", "ACTIVE"]`, each value checked, joined with commas on the wire).
 */
import { Console, Effect } from "effect"
import { Networking } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { hubId } from "./support/fixtures.js"

/** The hubs by default, with deleted ones, and one by id. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const hubs = (yield* Networking.readHubs()).Hubs
  const withDeleted = (yield* Networking.readHubs({ status: ["DELETED", "ACTIVE"] })).Hubs
  const one = (yield* Networking.readHubs({ hubId: hub })).Hubs
  for (const h of withDeleted) yield* Console.log(`  ${h.Name}  ${h.Region}  ${h.Status ?? "-"}`)
  return { hub, hubs, withDeleted, one }
})

/** The comma list filters; the hub read by id is that hub. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("status=DELETED,ACTIVE gives only DELETED and ACTIVE hubs", r.withDeleted.every((h) => h.Status === "DELETED" || h.Status === "ACTIVE")),
  claim("the active hub is listed", r.withDeleted.some((h) => h.Id === r.hub)),
  claim("reading by hubId gives that hub", r.one.length === 1 && r.one[0]?.Id === r.hub)
]

run(import.meta, program, claims)
