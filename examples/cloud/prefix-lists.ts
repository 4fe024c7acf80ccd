/**
 * A hub prefix list and a VPC prefix list, read back through `ReadPrefixLists`, `ReadHubPrefixLists` and
 * `ReadPrefixList`. Mirrors staxapp's `examples/networking/create_prefix_list.py` and
 * `read_prefix_lists.py`. The enum lists (`routeTableTypes`, `zones`, `vpcTypes`, `subnetTypes`) are
 * checked against the document's values before anything is sent.
 */
import { Console, Effect } from "effect"
import { Networking, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { hubId } from "./support/fixtures.js"

/** Both prefix lists, as listed and as read by id. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const forHub = yield* Networking.createHubPrefixList({
    hubId: hub,
    name: "on-premises",
    entries: ["192.168.0.1/32", "192.168.0.2/32"],
    maxEntries: 3,
    targetType: "BLACKHOLE",
    routeTableTypes: ["INFRASTRUCTURE", "ISOLATED"],
    zones: ["ZONE1", "ZONE2"],
    tags: { CostCode: "12345" }
  })
  const forVpcs = yield* Networking.createVpcPrefixList({
    hubId: hub,
    name: "partners",
    entries: ["192.168.10.0/24"],
    maxEntries: 3,
    vpcTypes: ["ISOLATED"],
    subnetTypes: ["PRIVATE", "RESTRICTED"],
    zones: ["ZONE1"]
  })
  const hubTask = yield* Tasks.waitUntilDone(forHub)
  const vpcTask = yield* Tasks.waitUntilDone(forVpcs)
  const ids = [forHub.Detail.PrefixList.Id, forVpcs.Detail.PrefixList.Id]
  const all = (yield* Networking.readPrefixLists()).PrefixLists
  const ofHub = (yield* Networking.readHubPrefixLists({ hubId: hub })).PrefixLists
  const one = (yield* Networking.readPrefixList({ prefixListId: forHub.Detail.PrefixList.Id })).PrefixLists
  yield* Console.log(`prefix lists ${ids.join(", ")}: ${hubTask.Status}, ${vpcTask.Status}; ${ofHub.length} in the hub`)
  return { ids, tasks: [hubTask.Status, vpcTask.Status], all, ofHub, one }
})

/** Both lists are created and listed; the one read by id keeps its entries. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("both tasks end SUCCEEDED", r.tasks.every((s) => s === "SUCCEEDED")),
  claim("both are among all prefix lists", r.ids.every((id) => r.all.some((p) => p.Id === id))),
  claim("both are among the hub's prefix lists", r.ids.every((id) => r.ofHub.some((p) => p.Id === id))),
  claim("reading the hub list by id gives its two entries", r.one[0]?.Entries.length === 2)
]

run(import.meta, program, claims)
