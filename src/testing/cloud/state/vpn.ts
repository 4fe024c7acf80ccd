/**
 * Site-to-site VPN, stateful, each write starting a task: `CreateVpnCustomerGateway`,
 * `ReadVpnCustomerGateways` (all, one, or a hub's: those with a connection to it), `UpdateVpnCustomerGateway`,
 * `DeleteVpnCustomerGateway`; `CreateVpnConnection` from a customer gateway (404 for an unknown one) to a
 * hub (`VpnConnectionType` `HUB`) or a VPC (`VPC`), `ReadVpnConnections` (all, one, a hub's or a customer
 * gateway's), `UpdateVpnConnection`, `DeleteVpnConnection`.
 *
 * @since 0.2.0
 */
import { SEED_ORGANISATION_ID } from "../accounts.js"
import { type Handlers, text } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud, linkedThrough, requireParent } from "./crud.js"

/**
 * The handlers of VPN customer gateways and connections.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const vpnHandlers = (state: CloudState): Handlers => ({
  ...crud({
    what: "VPN customer gateway",
    store: state.vpnCustomerGateways,
    list: "VpnCustomerGateways",
    idParam: "vpn_customer_gateway_id",
    itemOf: "networking.ReadVpnCustomerGateways",
    reads: [{
      id: "networking.ReadVpnCustomerGateways",
      filters: { status: "Status" },
      select: linkedThrough(state.vpnConnections, "hub_id", "NetworkingHubId", "VpnCustomerGatewayId")
    }],
    create: {
      id: "networking.CreateVpnCustomerGateway",
      idAt: ["Detail", "VpnCustomerGateway", "Id"],
      defaults: { AwsVpnCustomerGatewayId: null, CreatedBy: null, UserTaskId: null, Tags: {} },
      fields: () => ({ OrganisationId: SEED_ORGANISATION_ID })
    },
    update: { id: "networking.UpdateVpnCustomerGateway" },
    remove: { id: "networking.DeleteVpnCustomerGateway" }
  }),
  ...crud({
    what: "VPN connection",
    store: state.vpnConnections,
    list: "VpnConnections",
    idParam: "vpn_connection_id",
    itemOf: "networking.ReadVpnConnections",
    reads: [{
      id: "networking.ReadVpnConnections",
      parents: { hub_id: "NetworkingHubId", vpn_customer_gateway_id: "VpnCustomerGatewayId" },
      filters: { status: "Status" }
    }],
    create: {
      id: "networking.CreateVpnConnection",
      idAt: ["Detail", "VpnConnection", "Id"],
      guard: requireParent(state.vpnCustomerGateways, "VPN customer gateway", "vpn_customer_gateway_id"),
      defaults: { AwsVpnConnectionId: null, CreatedBy: null, UserTaskId: null, NetworkingHubId: null, VpcId: null, RoutingType: "STATIC", Tags: {} },
      fields: (call) => ({ VpnConnectionType: text(call.body, "VpcId") === "" ? "HUB" : "VPC" })
    },
    update: { id: "networking.UpdateVpnConnection" },
    remove: { id: "networking.DeleteVpnConnection" }
  })
})
