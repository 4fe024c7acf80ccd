/**
 * A DNS resolver in a hub, a forwarding rule on it, and the rules read through each variant of
 * `ReadDnsRules` (all, the resolver's, one by id), then the rule renamed. Mirrors staxapp's
 * `examples/networking/create_dns_resolver.py`, `create_dns_rule.py`, `read_dns_rule.py` and
 * `update_dns_rule.py`. staxapp's `read_dns_rule.py` never calls `ReadDnsRules`: it reads resolvers three
 * times.
 */
import { Console, Effect } from "effect"
import { Networking, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { hubId } from "./support/fixtures.js"

/** The rule created, as read by each variant, and renamed. */
export const program = Effect.gen(function*() {
  const hub = yield* hubId
  const resolver = yield* Networking.createDnsResolver({ hubId: hub, name: "dns-resolver", numberOfInterfaces: 2, tags: { CostCode: "12345" } })
  const dnsResolverId = resolver.Detail.DnsResolver.Id
  yield* Tasks.waitUntilDone(resolver)
  const rule = yield* Networking.createDnsRule({
    dnsResolverId,
    name: "on-premises",
    domainName: "test.local",
    forwarderIpAddresses: ["192.168.0.1", "192.168.0.2"],
    tags: { CostCode: "12345" }
  })
  const dnsRuleId = rule.Detail.DnsRule.Id
  const made = yield* Tasks.waitUntilDone(rule)
  const all = (yield* Networking.readDnsRules()).DnsRules
  const ofResolver = (yield* Networking.readDnsRules({ dnsResolverId })).DnsRules
  const one = (yield* Networking.readDnsRules({ dnsRuleId })).DnsRules
  const renamed = yield* Networking.updateDnsRule({ dnsRuleId, name: "my-dns-rule" })
  yield* Tasks.waitUntilDone(renamed)
  const { DnsRules: [after] } = yield* Networking.readDnsRules({ dnsRuleId })
  yield* Console.log(`rule ${dnsRuleId} on resolver ${dnsResolverId}: ${made.Status}; ${all.length} rules in all; renamed ${after?.Name}`)
  return { dnsResolverId, dnsRuleId, task: made.Status, all, ofResolver, one, after }
})

/** Each variant finds the rule; its forwarders are kept; the rename shows. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the rule's task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the rule is among all rules", r.all.some((x) => x.Id === r.dnsRuleId)),
  claim("the resolver's rules all belong to it and include the rule", r.ofResolver.every((x) => x.DnsResolverId === r.dnsResolverId) && r.ofResolver.some((x) => x.Id === r.dnsRuleId)),
  claim("reading by dnsRuleId gives the rule with its forwarders", r.one.length === 1 && r.one[0]?.ForwarderIpAddresses.join(",") === "192.168.0.1,192.168.0.2"),
  claim("it reads back renamed", r.after?.Name === "my-dns-rule")
]

run(import.meta, program, claims)
