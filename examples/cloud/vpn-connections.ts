/**
 * A VPN customer gateway and a transit VPN connection to a hub through it, read back through the variants
 * of `ReadVpnConnections`. Mirrors staxapp's `examples/networking/create_vpn_customer_gateway.py`,
 * `create_vpn_connection.py` and `read_vpn_connection.py`.
 *
 * staxapp's scripts get three things wrong here: `create_vpn_connection.py` writes JavaScript's `false`
 * (a NameError in Python); its second body puts `ImprovedAcceleration` beside `VpcId`, which matches
 * neither shape of the `oneOf` (hub connection | VPC connection); and `read_vpn_connection.py` passes
 * `vpn_connection_gateway_id`, a parameter no path has, which staxapp silently sends as a query string on
 * `/vpnconnections`. Here the body is a union the compiler checks, and unknown inputs are refused.
 */
import { Console, Effect } from "effect"
import { Networking, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId, hubId } from "./support/fixtures.js"

/** The gateway, the connection, and the connection as each variant reads it. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const gateway = yield* Networking.createVpnCustomerGateway({
    accountId: yield* activeAccountId,
    name: "vpn-gw",
    asn: 64513,
    ipAddress: "203.0.113.10",
    region: "ap-southeast-2",
    tags: { CostCode: "12345" }
  })
  const vpnCustomerGatewayId = gateway.Detail.VpnCustomerGateway.Id
  yield* Tasks.waitUntilDone(gateway)
  const connection = yield* Networking.createVpnConnection({
    vpnCustomerGatewayId,
    name: "vpn-transit-connection",
    networkingHubId: hub,
    improvedAcceleration: false,
    tags: { CostCode: "12345" }
  })
  const vpnConnectionId = connection.Detail.VpnConnection.Id
  const task = yield* Tasks.waitUntilDone(connection)
  const all = (yield* Networking.readVpnConnections()).VpnConnections
  const one = (yield* Networking.readVpnConnections({ vpnConnectionId })).VpnConnections
  const ofHub = (yield* Networking.readVpnConnections({ hubId: hub })).VpnConnections
  const ofGateway = (yield* Networking.readVpnConnections({ vpnCustomerGatewayId })).VpnConnections
  yield* Console.log(`connection ${vpnConnectionId} via gateway ${vpnCustomerGatewayId}: ${task.Status}`)
  return { hub, vpnConnectionId, vpnCustomerGatewayId, task: task.Status, all, one, ofHub, ofGateway }
})

/** Every variant finds the connection; the gateway's connections use the gateway. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the connection's task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("it is among all connections", r.all.some((c) => c.Id === r.vpnConnectionId)),
  claim("reading by vpnConnectionId gives it", r.one.length === 1 && r.one[0]?.Id === r.vpnConnectionId),
  claim("the hub's connections include it", r.ofHub.some((c) => c.Id === r.vpnConnectionId)),
  claim("the gateway's connections all use the gateway", r.ofGateway.length > 0 && r.ofGateway.every((c) => c.VpnCustomerGatewayId === r.vpnCustomerGatewayId))
]

run(import.meta, program, claims)
