/**
 * A hub's DNS resolvers and their rules, stateful, each write starting a task: `CreateDnsResolver` under
 * a hub (404 for an unknown hub; `NumberOfInterfaces` kept as `Interfaces`), `ReadDnsResolvers` (all, a
 * hub's, or one), `UpdateDnsResolver`, `DeleteDnsResolver`; `CreateDnsRule` under a resolver (404 for an
 * unknown one), `ReadDnsRules` (all, a resolver's, or one), `UpdateDnsRule`, `DeleteDnsRule`.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import type { Call, Handlers } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud, requireParent } from "./crud.js"

/** The resolver body's `NumberOfInterfaces` as the read answers' `Interfaces`. */
const interfaces = (call: Call): Json =>
  call.body["NumberOfInterfaces"] === undefined ? {} : { Interfaces: call.body["NumberOfInterfaces"], NumberOfInterfaces: undefined }

/**
 * The handlers of DNS resolvers and rules.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const dnsHandlers = (state: CloudState): Handlers => ({
  ...crud({
    what: "DNS resolver",
    store: state.dnsResolvers,
    list: "DnsResolvers",
    idParam: "dns_resolver_id",
    itemOf: "networking.ReadDnsResolvers",
    reads: [{ id: "networking.ReadDnsResolvers", parents: { hub_id: "NetworkingHubId" }, filters: { status: "Status" } }],
    create: {
      id: "networking.CreateDnsResolver",
      idAt: ["Detail", "DnsResolver", "Id"],
      guard: requireParent(state.hubs, "Hub", "hub_id"),
      defaults: { CreatedBy: null, UserTaskId: null, InboundIpAddresses: [], OutboundIpAddresses: [], Tags: {} },
      fields: interfaces
    },
    update: { id: "networking.UpdateDnsResolver", patch: (call) => ({ ...call.body, ...interfaces(call) }) },
    remove: { id: "networking.DeleteDnsResolver" }
  }),
  ...crud({
    what: "DNS rule",
    store: state.dnsRules,
    list: "DnsRules",
    idParam: "dns_rule_id",
    itemOf: "networking.ReadDnsRules",
    reads: [{ id: "networking.ReadDnsRules", parents: { dns_resolver_id: "DnsResolverId" }, filters: { status: "Status" } }],
    create: {
      id: "networking.CreateDnsRule",
      idAt: ["Detail", "DnsRule", "Id"],
      guard: requireParent(state.dnsResolvers, "DNS resolver", "dns_resolver_id"),
      defaults: { AwsRuleId: null, CreatedBy: null, UserTaskId: null, Tags: {} }
    },
    update: { id: "networking.UpdateDnsRule" },
    remove: { id: "networking.DeleteDnsRule" }
  })
})
