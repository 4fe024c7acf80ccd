/**
 * Networking hubs and their VPCs, stateful: `CreateHub` / `ReadHubs` / `UpdateHub` / `DeleteHub` and
 * `CreateVpc` (404 for an unknown hub) / `ReadVpcs` (all, a hub's, or one) / `UpdateVpc` / `DeleteVpc`.
 *
 * @since 0.2.0
 */
import { SEED_ORGANISATION_ID } from "../accounts.js"
import type { Handlers } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud, requireParent } from "./crud.js"

/**
 * The handlers of hubs and VPCs.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const networkingHandlers = (state: CloudState): Handlers => ({
  ...crud({
    what: "Hub",
    store: state.hubs,
    list: "Hubs",
    idParam: "hub_id",
    itemOf: "networking.ReadHubs",
    reads: [{ id: "networking.ReadHubs", filters: { status: "Status" } }],
    create: {
      id: "networking.CreateHub",
      idAt: ["Detail", "NetworkingHub", "Id"],
      fields: () => ({ OrganisationId: SEED_ORGANISATION_ID })
    },
    update: { id: "networking.UpdateHub" },
    remove: { id: "networking.DeleteHub" }
  }),
  ...crud({
    what: "VPC",
    store: state.vpcs,
    list: "Vpcs",
    idParam: "vpc_id",
    itemOf: "networking.ReadVpcs",
    reads: [{ id: "networking.ReadVpcs", parents: { hub_id: "NetworkingHubId" }, filters: { status: "Status", type: "Type" } }],
    create: {
      id: "networking.CreateVpc",
      idAt: ["Detail", "VPC", "Id"],
      guard: requireParent(state.hubs, "Hub", "hub_id")
    },
    update: { id: "networking.UpdateVpc" },
    remove: { id: "networking.DeleteVpc" }
  })
})
