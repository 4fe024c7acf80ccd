/**
 * The stand-in's state, through the SDK (SRP login, SigV4) over a registry built in the test: a create
 * shows in the next read, an update changes it, a delete removes it; CheckAlias's 409; faults on new routes.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { StaxCloudClient } from "stax-effect/cloud"
import { Fault, StaxCloudLocal } from "stax-effect/testing"
import { hubInput, makeEngine, withStandIn } from "./helpers.js"
import { createAccountType, createHub, createVpc, deleteHub, readAccountTypes, readHubs, readVpcs, updateHub } from "./registry.js"


describe("stateful resources through the SDK", () => {
  it.effect("a hub: created, read by id and in lists, updated, deleted", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const local = yield* StaxCloudLocal
      const created = yield* client.call(createHub, { ...hubInput, tags: { Owner: "net" } })
      const id = created.Detail.NetworkingHub.Id
      expect(local.state.hubs.get(id)?.["Name"]).toBe("core")
      const one = yield* client.call(readHubs, { hubId: id })
      expect(one.Hubs.map((h) => [h.Id, h.Name, h.Region, h.Status, h.Tags])).toEqual([[id, "core", "ap-southeast-2", "ACTIVE", { Owner: "net" }]])
      expect(one.Hubs[0]?.CreatedTS).toBeInstanceOf(Date)
      const all = yield* client.call(readHubs, { status: "ACTIVE" })
      expect(all.Hubs.map((h) => h.Id)).toEqual([id])
      expect((yield* client.call(readHubs, { status: "DELETED" })).Hubs).toEqual([])
      yield* client.call(updateHub, { hubId: id, description: "the core hub" })
      expect((yield* client.call(readHubs, { hubId: id })).Hubs[0]?.Description).toBe("the core hub")
      yield* client.call(deleteHub, { hubId: id })
      expect((yield* client.call(readHubs, {})).Hubs).toEqual([])
      const gone = yield* Effect.flip(client.call(readHubs, { hubId: id }))
      assert(gone._tag === "ApiError")
      expect(gone.status).toBe(404)
    }).pipe(withStandIn()))

  it.effect("VPCs under a hub: listed by hub, read by id, and a VPC for an unknown hub is a 404", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const a = (yield* client.call(createHub, hubInput)).Detail.NetworkingHub.Id
      const b = (yield* client.call(createHub, { ...hubInput, name: "edge" })).Detail.NetworkingHub.Id
      const vpc = { accountId: hubInput.accountId, region: "ap-southeast-2", type: "FLAT" } as const
      const v1 = (yield* client.call(createVpc, { ...vpc, hubId: a, name: "app" })).Detail.VPC.Id
      const v2 = (yield* client.call(createVpc, { ...vpc, hubId: b, name: "dmz" })).Detail.VPC.Id
      expect((yield* client.call(readVpcs, { hubId: a })).Vpcs.map((v) => [v.Id, v.NetworkingHubId])).toEqual([[v1, a]])
      expect((yield* client.call(readVpcs, { vpcId: v2 })).Vpcs.map((v) => v.Name)).toEqual(["dmz"])
      expect((yield* client.call(readVpcs, {})).Vpcs.map((v) => v.Id)).toEqual([v1, v2])
      const orphan = yield* Effect.flip(client.call(createVpc, { ...vpc, hubId: "no-such-hub", name: "lost" }))
      assert(orphan._tag === "ApiError")
      expect(orphan.status).toBe(404)
      expect((yield* client.call(readVpcs, {})).Vpcs).toHaveLength(2)
    }).pipe(withStandIn()))

  it.effect("an account type: created with its record in the answer, then read in the list and by id", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const before = (yield* client.call(readAccountTypes, {})).AccountTypes.length
      const created = yield* client.call(createAccountType, { name: "sandbox" })
      const type = created.Detail.AccountType
      expect(type.Name).toBe("sandbox")
      const list = (yield* client.call(readAccountTypes, {})).AccountTypes
      expect(list.length).toBe(before + 1)
      expect((yield* client.call(readAccountTypes, { accountTypeId: type.Id })).AccountTypes.map((t) => t.Name)).toEqual(["sandbox"])
    }).pipe(withStandIn()))

  it.effect("seeds replace a kind's default records", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const { Hubs } = yield* client.call(readHubs, {})
      expect(Hubs.map((h) => h.Name)).toEqual(["seeded"])
    }).pipe(withStandIn({ seed: { hubs: [{ Id: "h-seed", Name: "seeded", AccountId: "a", Region: "us-east-1", Status: "ACTIVE" }] } })))

  it.effect("the fault plan applies to every route", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(client.call(readHubs, {}))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(400)
      const route = local.requests.filter((r) => r.route === "GET /20190206/networking/hubs")
      expect(route.map((r) => r.status)).toEqual([400])
    }).pipe(withStandIn({ faults: [Fault.status("GET /20190206/networking/hubs", 400)] })))
})

describe("accounts and CheckAlias", () => {
  it.effect("a created account shows in ReadAccounts; CheckAlias answers 409 with its normal body once the alias is taken", () =>
    Effect.gen(function*() {
      const { send, accounts } = makeEngine()
      const free = yield* send("GET", "/public/check-alias/bakery-qa")
      expect([free.status, free.body.Alias.Status]).toEqual([200, "The company alias provided is available"])
      const created = yield* send("POST", "/accounts", { Name: "bakery-qa", AccountType: "0b5e4c0e-7d0a-4a43-8f43-2b2f0c6d1e11", AwsAccountAlias: "bakery-qa" })
      expect(created.status).toBe(200)
      expect(typeof created.body.TaskId).toBe("string")
      const listed = yield* send("GET", "/accounts?name_filter=bakery-qa")
      expect(listed.body.Accounts.map((a: { Name: string }) => a.Name)).toEqual(["bakery-qa"])
      expect(accounts.list().filter((a) => a["AwsAccountAlias"] === "bakery-qa")).toHaveLength(1)
      const taken = yield* send("GET", "/public/check-alias/bakery-qa")
      expect(taken.status).toBe(409)
      expect(taken.body.Alias.Status).toContain("already in use")
      expect(typeof taken.body.AuthProvider.ClientId).toBe("string")
      const again = yield* send("POST", "/accounts", { Name: "bakery-qa", AccountType: "0b5e4c0e-7d0a-4a43-8f43-2b2f0c6d1e11" })
      expect(again.status).toBe(409)
    }))
})
