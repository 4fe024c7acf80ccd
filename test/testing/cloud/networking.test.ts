/**
 * The stand-in's networking resources below a hub, through the generated services: CIDR ranges and
 * exclusions, DNS resolvers and rules, Direct Connect, prefix lists and VPN. Each kind: a create shows in
 * the next read by id, by parent and in the list; an update changes it; a delete removes it; a create
 * under an unknown parent is a 404; the writes whose answers carry a task id start one.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Networking } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { SEED_ACCOUNT_ID, withServices } from "./helpers.js"

/** A well-formed id no resource has. */
const UNKNOWN = "9f9f9f9f-0000-4000-8000-000000000000"

/** A new hub's id. */
const newHub = (name: string) =>
  Effect.map(
    Networking.createHub({ name, accountId: SEED_ACCOUNT_ID, region: "ap-southeast-2", cidr: "10.0.0.0/16", createInternetGateway: false, createNatGateway: false }),
    (created) => created.Detail.NetworkingHub.Id
  )

/** The operation id of the task a result names. */
const taskOf = (result: { readonly taskId: string | undefined }) =>
  Effect.map(StaxCloudLocal, (local) => local.tasks.get(result.taskId ?? "")?.operationId)

/** The HTTP status an effect fails with. */
const statusOf = <A, E extends { readonly _tag: string }, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.map(Effect.flip(effect), (error) => ("status" in error ? error.status : error._tag))

describe("CIDR ranges and exclusions", () => {
  it.effect("a range: created under its hub, read by hub, id and status, renamed, deleted", () =>
    Effect.gen(function*() {
      const hub = yield* newHub("core")
      const other = yield* newHub("edge")
      const created = yield* Networking.createCidrRange({ hubId: hub, name: "prod", cidr: "10.1.0.0/16", tags: { Team: "a" } })
      const range = created.Ranges[0]
      assert(range !== undefined)
      expect([range.Name, range.Cidr, range.NetworkingHubId, range.Status]).toEqual(["prod", "10.1.0.0/16", hub, "ACTIVE"])
      yield* Networking.createCidrRange({ hubId: other, name: "edge", cidr: "10.2.0.0/16" })
      expect((yield* Networking.readCidrRanges({ hubId: hub })).Ranges.map((r) => r.Id)).toEqual([range.Id])
      expect((yield* Networking.readCidrRanges({ rangeId: range.Id })).Ranges.map((r) => r.Tags)).toEqual([{ Team: "a" }])
      expect((yield* Networking.readCidrRanges({ status: "ACTIVE" })).Ranges).toHaveLength(2)
      const renamed = yield* Networking.updateCidrRange({ rangeId: range.Id, name: "production" })
      expect(renamed.Name).toBe("production")
      expect((yield* Networking.readCidrRanges({ rangeId: range.Id })).Ranges[0]?.Name).toBe("production")
      const deleted = yield* Networking.deleteCidrRange({ rangeId: range.Id })
      expect(deleted.Ranges.map((r) => r.Id)).toEqual([range.Id])
      expect(yield* statusOf(Networking.readCidrRanges({ rangeId: range.Id }))).toBe(404)
      expect(yield* statusOf(Networking.createCidrRange({ hubId: UNKNOWN, name: "unknown-parent", cidr: "10.3.0.0/16" }))).toBe(404)
    }).pipe(withServices()))

  it.effect("an exclusion: created, listed by hub, renamed, deleted", () =>
    Effect.gen(function*() {
      const hub = yield* newHub("core")
      const id = (yield* Networking.createCidrExclusion({ hubId: hub, name: "legacy", cidr: "10.9.0.0/16" })).Exclusions[0]?.Id
      assert(id !== undefined)
      expect((yield* Networking.readCidrExclusions({ hubId: hub })).Exclusions.map((e) => [e.Id, e.Cidr])).toEqual([[id, "10.9.0.0/16"]])
      yield* Networking.updateCidrExclusion({ exclusionId: id, description: "old VPCs" })
      expect((yield* Networking.readCidrExclusions({ exclusionId: id })).Exclusions[0]?.Description).toBe("old VPCs")
      yield* Networking.deleteCidrExclusion({ exclusionId: id })
      expect((yield* Networking.readCidrExclusions()).Exclusions).toEqual([])
    }).pipe(withServices()))
})

describe("DNS resolvers and rules", () => {
  it.effect("a resolver keeps NumberOfInterfaces as Interfaces; its rules are read by resolver and id, updated and deleted", () =>
    Effect.gen(function*() {
      const hub = yield* newHub("core")
      const resolver = yield* Networking.createDnsResolver({ hubId: hub, name: "dns", numberOfInterfaces: 3 })
      expect(yield* taskOf(resolver)).toBe("networking.CreateDnsResolver")
      const dnsResolverId = resolver.Detail.DnsResolver.Id
      assert(dnsResolverId !== undefined)
      const [read] = (yield* Networking.readDnsResolvers({ hubId: hub })).DnsResolvers
      expect([read?.Id, read?.Interfaces, read?.NetworkingHubId]).toEqual([dnsResolverId, 3, hub])
      yield* Networking.updateDnsResolver({ dnsResolverId, numberOfInterfaces: 4 })
      expect((yield* Networking.readDnsResolvers({ dnsResolverId })).DnsResolvers[0]?.Interfaces).toBe(4)

      const rule = yield* Networking.createDnsRule({ dnsResolverId, name: "corp", domainName: "corp.local", forwarderIpAddresses: ["10.0.0.2"] })
      expect(yield* taskOf(rule)).toBe("networking.CreateDnsRule")
      const dnsRuleId = rule.Detail.DnsRule.Id
      assert(dnsRuleId !== undefined)
      expect((yield* Networking.readDnsRules({ dnsResolverId })).DnsRules.map((r) => [r.Id, r.DnsResolverId, r.DomainName])).toEqual([[dnsRuleId, dnsResolverId, "corp.local"]])
      const updated = yield* Networking.updateDnsRule({ dnsRuleId, forwarderIpAddresses: ["10.0.0.2", "10.0.0.3"] })
      expect(yield* taskOf(updated)).toBe("networking.UpdateDnsRule")
      expect((yield* Networking.readDnsRules({ dnsRuleId })).DnsRules[0]?.ForwarderIpAddresses).toEqual(["10.0.0.2", "10.0.0.3"])
      yield* Networking.deleteDnsRule({ dnsRuleId })
      expect((yield* Networking.readDnsRules()).DnsRules).toEqual([])
      expect(yield* statusOf(Networking.createDnsRule({ dnsResolverId: UNKNOWN, name: "unknown-parent", domainName: "x.local", forwarderIpAddresses: [] }))).toBe(404)
      yield* Networking.deleteDnsResolver({ dnsResolverId })
      expect(yield* statusOf(Networking.readDnsResolvers({ dnsResolverId }))).toBe(404)
    }).pipe(withServices()))
})

describe("Direct Connect", () => {
  it.effect("a gateway and its VIF from one CreateDxResource; an association to a hub, read by every variant, updated, deleted", () =>
    Effect.gen(function*() {
      const hub = yield* newHub("core")
      const resource = yield* Networking.createDxResource({
        gateway: { AccountId: SEED_ACCOUNT_ID, Asn: 64512, Name: "gw" },
        vif: { Asn: 65000, AwsConnectionId: "dxcon-1", AwsRouterIp: "169.254.0.1/30", BgpAuthKey: "secret", JumboMtu: false, Name: "vif", RouterIp: "169.254.0.2/30", Vlan: 101 }
      })
      expect(yield* taskOf(resource)).toBe("networking.CreateDxResource")
      const dxGatewayId = resource.Detail.DxResource.Gateway?.Id
      const dxVifId = resource.Detail.DxResource.Vif?.Id
      assert(dxGatewayId !== undefined && dxVifId !== undefined)
      expect((yield* Networking.readDxGateways({ dxGatewayId })).DxGateways.map((g) => [g.Name, g.Asn])).toEqual([["gw", 64512]])
      const [vif] = (yield* Networking.readDxVifs({ dxGatewayId })).DxVifs
      expect([vif?.Id, vif?.Vlan, JSON.stringify(vif).includes("secret")]).toEqual([dxVifId, 101, false])
      yield* Networking.updateDxVif({ dxVifId, jumboMtu: true })
      expect((yield* Networking.readDxVifs({ dxVifId })).DxVifs[0]?.JumboMtu).toBe(true)
      expect((yield* Networking.readDxGateways({ hubId: hub })).DxGateways).toEqual([])

      const association = yield* Networking.createDxAssociation({ dxGatewayId, networkingHubId: hub, prefixes: ["10.0.0.0/16"] })
      const dxAssociationId = association.Detail.DxAssociation.Id
      assert(dxAssociationId !== undefined)
      for (const variant of [{}, { hubId: hub }, { dxGatewayId }, { dxAssociationId, status: "ACTIVE" }]) {
        expect((yield* Networking.readDxAssociations(variant)).DxAssociations.map((a) => a.Id)).toEqual([dxAssociationId])
      }
      expect((yield* Networking.readDxGateways({ hubId: hub })).DxGateways.map((g) => g.Id)).toEqual([dxGatewayId])
      yield* Networking.updateDxAssociation({ dxAssociationId, prefixes: ["10.0.0.0/16", "10.1.0.0/16"] })
      expect((yield* Networking.readDxAssociations({ dxAssociationId, status: "ACTIVE" })).DxAssociations[0]?.Prefixes).toHaveLength(2)
      yield* Networking.deleteDxAssociation({ dxAssociationId })
      expect((yield* Networking.readDxAssociations()).DxAssociations).toEqual([])
      expect(yield* statusOf(Networking.createDxAssociation({ dxGatewayId: UNKNOWN, networkingHubId: hub, prefixes: [] }))).toBe(404)
      yield* Networking.deleteDxVif({ dxVifId })
      yield* Networking.deleteDxGateway({ dxGatewayId })
      expect([(yield* Networking.readDxVifs()).DxVifs, (yield* Networking.readDxGateways()).DxGateways]).toEqual([[], []])
    }).pipe(withServices()))
})

describe("prefix lists", () => {
  it.effect("a hub's and a VPC's list: typed, listed by hub, read by id, updated, associations changed, deleted", () =>
    Effect.gen(function*() {
      const hub = yield* newHub("core")
      const forHub = yield* Networking.createHubPrefixList({ hubId: hub, name: "onprem", entries: ["192.168.0.0/24"], maxEntries: 5, targetType: "BLACKHOLE" })
      const forVpcs = yield* Networking.createVpcPrefixList({ hubId: hub, name: "partners", entries: ["192.168.9.0/24"], maxEntries: 5 })
      expect([yield* taskOf(forHub), yield* taskOf(forVpcs)]).toEqual(["networking.CreateHubPrefixList", "networking.CreateVpcPrefixList"])
      const hubList = forHub.Detail.PrefixList.Id
      const vpcList = forVpcs.Detail.PrefixList.Id
      assert(hubList !== undefined && vpcList !== undefined)
      expect((yield* Networking.readHubPrefixLists({ hubId: hub })).PrefixLists.map((p) => [p.Id, p.PrefixListType])).toEqual([[hubList, "HUB"], [vpcList, "VPC"]])
      expect((yield* Networking.readPrefixLists()).PrefixLists).toHaveLength(2)
      yield* Networking.updatePrefixList({ prefixListId: hubList, entries: ["192.168.0.0/24", "192.168.1.0/24"] })
      yield* Networking.updateHubPrefixListAssociation({ prefixListId: hubList, zones: ["ZONE1"] })
      yield* Networking.updateVpcPrefixListAssociation({ prefixListId: vpcList, vpcTypes: ["ISOLATED"] })
      const [one] = (yield* Networking.readPrefixList({ prefixListId: hubList })).PrefixLists
      expect([one?.Entries, one?.Zones]).toEqual([["192.168.0.0/24", "192.168.1.0/24"], ["ZONE1"]])
      expect((yield* Networking.readPrefixList({ prefixListId: vpcList })).PrefixLists[0]?.VpcTypes).toEqual(["ISOLATED"])
      yield* Networking.deletePrefixList({ prefixListId: hubList })
      expect((yield* Networking.readPrefixLists()).PrefixLists.map((p) => p.Id)).toEqual([vpcList])
      expect(yield* statusOf(Networking.createVpcPrefixList({ hubId: UNKNOWN, name: "unknown-parent", entries: [], maxEntries: 1 }))).toBe(404)
    }).pipe(withServices()))
})

describe("VPN", () => {
  it.effect("a customer gateway and a connection to a hub, read by every variant, renamed, deleted", () =>
    Effect.gen(function*() {
      const hub = yield* newHub("core")
      const gateway = yield* Networking.createVpnCustomerGateway({ accountId: SEED_ACCOUNT_ID, name: "office", asn: 65001, ipAddress: "203.0.113.1", region: "ap-southeast-2" })
      expect(yield* taskOf(gateway)).toBe("networking.CreateVpnCustomerGateway")
      const vpnCustomerGatewayId = gateway.Detail.VpnCustomerGateway.Id
      assert(vpnCustomerGatewayId !== undefined)
      expect((yield* Networking.readVpnCustomerGateways({ hubId: hub })).VpnCustomerGateways).toEqual([])
      const connection = yield* Networking.createVpnConnection({ vpnCustomerGatewayId, name: "tunnel", networkingHubId: hub, improvedAcceleration: false })
      const vpnConnectionId = connection.Detail.VpnConnection.Id
      assert(vpnConnectionId !== undefined)
      for (const variant of [{}, { hubId: hub }, { vpnCustomerGatewayId }, { vpnConnectionId }]) {
        expect((yield* Networking.readVpnConnections(variant)).VpnConnections.map((c) => [c.Id, c.VpnConnectionType])).toEqual([[vpnConnectionId, "HUB"]])
      }
      expect((yield* Networking.readVpnCustomerGateways({ hubId: hub })).VpnCustomerGateways.map((g) => g.Id)).toEqual([vpnCustomerGatewayId])
      yield* Networking.updateVpnConnection({ vpnConnectionId, name: "tunnel-2" })
      yield* Networking.updateVpnCustomerGateway({ vpnCustomerGatewayId, name: "office-2" })
      expect((yield* Networking.readVpnConnections({ vpnConnectionId })).VpnConnections[0]?.Name).toBe("tunnel-2")
      expect((yield* Networking.readVpnCustomerGateways({ vpnCustomerGatewayId })).VpnCustomerGateways[0]?.Name).toBe("office-2")
      yield* Networking.deleteVpnConnection({ vpnConnectionId })
      yield* Networking.deleteVpnCustomerGateway({ vpnCustomerGatewayId })
      expect([(yield* Networking.readVpnConnections()).VpnConnections, (yield* Networking.readVpnCustomerGateways()).VpnCustomerGateways]).toEqual([[], []])
      expect(yield* statusOf(Networking.createVpnConnection({ vpnCustomerGatewayId: UNKNOWN, name: "unknown-parent", networkingHubId: hub, improvedAcceleration: false }))).toBe(404)
    }).pipe(withServices()))
})
