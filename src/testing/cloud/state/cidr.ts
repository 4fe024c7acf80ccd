/**
 * A hub's CIDR ranges and exclusions, stateful and written synchronously (no task): `CreateCidrRange` /
 * `CreateCidrExclusion` under a hub (404 for an unknown hub), `ReadCidrRanges` / `ReadCidrExclusions` (all,
 * a hub's, or one, filtered by `status`; ranges by `id_filter` too), `UpdateCidrRange` /
 * `UpdateCidrExclusion` (answering the fields they changed, as they now are) and the deletes (answering
 * the record removed).
 *
 * @since 0.2.0
 */
import type { Handlers } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud, requireParent } from "./crud.js"

/**
 * The handlers of CIDR ranges and exclusions.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const cidrHandlers = (state: CloudState): Handlers => ({
  ...crud({
    what: "CIDR range",
    store: state.cidrRanges,
    list: "Ranges",
    idParam: "range_id",
    itemOf: "networking.ReadCidrRanges",
    reads: [{ id: "networking.ReadCidrRanges", parents: { hub_id: "NetworkingHubId" }, filters: { status: "Status", id_filter: "Id" } }],
    create: {
      id: "networking.CreateCidrRange",
      recordAt: ["Ranges"],
      wrap: true,
      guard: requireParent(state.hubs, "Hub", "hub_id"),
      defaults: { Description: null, DefaultCidrRange: false, CreatedBy: null, LastAllocationTS: undefined, Tags: {} }
    },
    update: { id: "networking.UpdateCidrRange", recordAt: [] },
    remove: { id: "networking.DeleteCidrRange", recordAt: ["Ranges"], wrap: true }
  }),
  ...crud({
    what: "CIDR exclusion",
    store: state.cidrExclusions,
    list: "Exclusions",
    idParam: "exclusion_id",
    itemOf: "networking.ReadCidrExclusions",
    reads: [{ id: "networking.ReadCidrExclusions", parents: { hub_id: "NetworkingHubId" }, filters: { status: "Status" } }],
    create: {
      id: "networking.CreateCidrExclusion",
      recordAt: ["Exclusions"],
      wrap: true,
      guard: requireParent(state.hubs, "Hub", "hub_id"),
      defaults: { Description: null, CreatedBy: null, Tags: {} }
    },
    update: { id: "networking.UpdateCidrExclusion", recordAt: [] },
    remove: { id: "networking.DeleteCidrExclusion", recordAt: ["Exclusions"], wrap: true }
  })
})
