/**
 * Direct Connect, stateful, each write starting a task: `CreateDxResource` (a gateway, a virtual interface,
 * or both: the VIF on the new gateway unless it names one, 404 for an unknown one), `ReadDxGateways` (all,
 * one, or a hub's: those with an association to it), `DeleteDxGateway`; `ReadDxVifs` (all, one, or a
 * gateway's), `UpdateDxVif`, `DeleteDxVif`; `CreateDxAssociation` of a gateway to a hub or a VPC (404 for
 * an unknown gateway), `ReadDxAssociations` (all, one, a gateway's or a hub's), `UpdateDxAssociation`,
 * `DeleteDxAssociation`.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import { SEED_ORGANISATION_ID } from "../accounts.js"
import { type Call, type Handlers, notFound, ok, setAt, text } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud, linkedThrough, requireParent } from "./crud.js"

/** A new record of `kind` (a sample of its read item under `fields`), stored. */
const added = (call: Call, state: CloudState, kind: "dxGateways" | "dxVifs", fields: Json): Json => {
  const now = call.now()
  const [operation, list] = kind === "dxGateways" ? ["networking.ReadDxGateways", "DxGateways"] : ["networking.ReadDxVifs", "DxVifs"]
  return state[kind].add({
    ...call.sampleOf(operation, [list, 0]),
    Id: undefined,
    CreatedBy: null,
    UserTaskId: null,
    ExternalResource: false,
    Status: "ACTIVE",
    CreatedTS: now,
    ModifiedTS: now,
    ...fields
  })
}

/** `networking.CreateDxResource`: the gateway and VIF asked for, their ids in `Detail.DxResource`. */
const createDxResource = (state: CloudState) => (call: Call) => {
  const gateway = call.body["Gateway"] as Json | undefined
  const vif = call.body["Vif"] as Json | undefined
  const named = vif === undefined ? "" : text(vif, "DxGatewayId")
  if (named !== "" && state.dxGateways.get(named) === undefined) return notFound("DX gateway", named)
  const resource: Json = {}
  let gatewayId = named
  if (gateway !== undefined) {
    const made = added(call, state, "dxGateways", {
      ...gateway,
      GatewayType: gateway["GatewayType"] ?? "TRANSIT",
      AwsGatewayId: null,
      OrganisationId: SEED_ORGANISATION_ID
    })
    gatewayId = String(made["Id"])
    resource["Gateway"] = { Id: gatewayId }
  }
  if (vif !== undefined) {
    // The BGP key is a secret: written, never read back.
    const made = added(call, state, "dxVifs", { ...vif, BgpAuthKey: undefined, DxGatewayId: gatewayId || null, AwsVifId: null, Tags: vif["Tags"] ?? {} })
    resource["Vif"] = { Id: made["Id"] }
  }
  return ok(setAt(call.sample(), ["Detail", "DxResource"], resource))
}

/**
 * The handlers of DX gateways, virtual interfaces and associations.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const directConnectHandlers = (state: CloudState): Handlers => ({
  "networking.CreateDxResource": createDxResource(state),
  ...crud({
    what: "DX gateway",
    store: state.dxGateways,
    list: "DxGateways",
    idParam: "dx_gateway_id",
    itemOf: "networking.ReadDxGateways",
    reads: [{
      id: "networking.ReadDxGateways",
      filters: { status: "Status" },
      select: linkedThrough(state.dxAssociations, "hub_id", "NetworkingHubId", "DxGatewayId")
    }],
    remove: { id: "networking.DeleteDxGateway" }
  }),
  ...crud({
    what: "DX virtual interface",
    store: state.dxVifs,
    list: "DxVifs",
    idParam: "dx_vif_id",
    itemOf: "networking.ReadDxVifs",
    reads: [{ id: "networking.ReadDxVifs", parents: { dx_gateway_id: "DxGatewayId" }, filters: { status: "Status" } }],
    update: { id: "networking.UpdateDxVif" },
    remove: { id: "networking.DeleteDxVif" }
  }),
  ...crud({
    what: "DX association",
    store: state.dxAssociations,
    list: "DxAssociations",
    idParam: "dx_association_id",
    itemOf: "networking.ReadDxAssociations",
    reads: [{
      id: "networking.ReadDxAssociations",
      parents: { dx_gateway_id: "DxGatewayId", hub_id: "NetworkingHubId" },
      filters: { status: "Status" }
    }],
    create: {
      id: "networking.CreateDxAssociation",
      idAt: ["Detail", "DxAssociation", "Id"],
      guard: requireParent(state.dxGateways, "DX gateway", "dx_gateway_id"),
      defaults: { AwsAssociationId: null, CreatedBy: null, UserTaskId: null, NetworkingHubId: null, VpcId: null }
    },
    update: { id: "networking.UpdateDxAssociation" },
    remove: { id: "networking.DeleteDxAssociation" }
  })
})
