/**
 * The generated Stax cloud operations: all 138 ids present, inputs encoded strictly into the request the
 * API expects (variants, URL encoding, comma lists, booleans, bodies by `$ref`), answers read leniently.
 */
import { assert, describe, expect, it, layer } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import { readFileSync } from "node:fs"
import { interpret } from "../../../src/cloud/Answer.js"
import {
  Accounts,
  accountsOperations,
  cloudOperations,
  Insights,
  insightsOperations,
  Networking,
  networkingOperations,
  Organisations,
  organisationsOperations,
  Policies,
  Public,
  publicOperations,
  RetryPolicy,
  Services,
  StaxCloud,
  Tasks,
  Teams,
  Workloads,
  workloadsOperations
} from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import * as OperationEncoder from "../../../src/core/OperationEncoder.js"
import type { Operation } from "../../../src/core/Operation.js"

const model = JSON.parse(readFileSync(new URL("../../../src/cloud/generated/model.json", import.meta.url), "utf8")) as {
  readonly operations: ReadonlyArray<{ readonly id: string; readonly service: string; readonly method: string }>
}

/** The request as the API reads it: path, decoded query entries, body. */
const encode = (operation: Operation<any, any>, input: unknown) =>
  Either.map(OperationEncoder.encode(operation, input), (request) => {
    const url = new URL(request.path, "https://api.test")
    return { method: request.method, path: url.pathname, rawPath: request.path, query: [...url.searchParams], body: request.body }
  })
const sent = (operation: Operation<any, any>, input: unknown) => {
  const result = encode(operation, input)
  if (Either.isLeft(result)) throw new Error(`refused: ${result.left.message}`)
  return result.right
}
const refused = (operation: Operation<any, any>, input: unknown) => {
  const result = OperationEncoder.encode(operation, input)
  assert(Either.isLeft(result), `accepted ${JSON.stringify(input)}`)
  expect(result.left._tag).toBe("InputError")
  return result.left
}

const services = { Accounts, Insights, Networking, Organisations, Policies, Public, Services, Tasks, Teams, Workloads }

describe("the generated registry and services", () => {
  it("has every operation id of the model once, each a method of its service", () => {
    expect(model.operations).toHaveLength(138)
    expect(cloudOperations.map((s) => s.id)).toEqual(model.operations.map((op) => op.id))
    for (const spec of cloudOperations) {
      const tag = services[spec.service as keyof typeof services] as unknown as Record<string, unknown>
      expect(typeof tag[spec.method], spec.id).toBe("function")
      expect(spec.operation.name).toBe(`${spec.service}.${spec.method}`)
    }
    expect(Object.keys(services).sort()).toEqual([...new Set(cloudOperations.map((s) => s.service))].sort())
  })

  it("gives paged operations a Stream method and task-id locations where answers carry them", () => {
    expect(cloudOperations.filter((s) => s.paging !== undefined).map((s) => s.id)).toEqual([
      "accounts.ReadAccounts",
      "insights.ReadInsights",
      "workloads.ReadCatalogueItems",
      "workloads.ReadWorkloads"
    ])
    expect(typeof Accounts.readAccountsAll).toBe("function")
    expect(typeof Workloads.readCatalogueItemsAll).toBe("function")
    expect(cloudOperations.find((s) => s.id === "workloads.ReadCatalogueItems")?.paging).toEqual({
      items: "WorkloadCatalogues",
      nestedIn: "WorkloadCatalogues"
    })
    expect(cloudOperations.find((s) => s.id === "workloads.CreateWorkload")?.taskId).toEqual([
      ["Detail", "Message", "TaskId"],
      ["Detail", "Workload", "TaskId"]
    ])
    expect(cloudOperations.filter((s) => s.taskId.length > 0)).toHaveLength(70)
  })
})

describe("path variants", () => {
  const readVpcs = networkingOperations.readVpcs
  it("chooses the path by the ids given, and lists without one", () => {
    expect(sent(readVpcs, { hubId: "h1" }).path).toBe("/networking/hubs/h1/vpcs")
    expect(sent(readVpcs, { vpcId: "v1" }).path).toBe("/networking/vpcs/v1")
    expect(sent(readVpcs, {}).path).toBe("/networking/vpcs")
    expect(sent(readVpcs, { vpcId: "v1" }).query).toEqual([])
  })

  it("refuses two paths' ids at once instead of sending one as a query parameter", () => {
    const error = refused(readVpcs, { hubId: "h1", vpcId: "v1" })
    expect(["hubId", "vpcId"]).toContain(error.field)
    expect(error.message).toContain("belongs to another path")
  })

  it("routes are most parameters first, and the operation's path is the same list", () => {
    for (const spec of cloudOperations) {
      const counts = spec.routes.map((r) => r.split("{").length)
      expect([...counts].sort((a, b) => b - a), spec.id).toEqual(counts)
      expect(spec.operation.path).toEqual(spec.routes.length === 1 ? spec.routes[0] : spec.routes)
    }
  })
})

describe("request encoding", () => {
  it("URL-encodes path parameters", () => {
    const request = sent(publicOperations.checkAlias, { alias: "a/x?y" })
    expect(request.rawPath).toBe("/public/check-alias/a%2Fx%3Fy")
    expect(request.query).toEqual([])
  })

  it("sends comma lists as one a,b parameter, and refuses an item that is not documented", () => {
    expect(sent(networkingOperations.readVpcs, { status: ["ACTIVE", "DELETED"] }).query).toEqual([["status", "ACTIVE,DELETED"]])
    expect(sent(networkingOperations.readVpcs, { status: "ACTIVE" }).query).toEqual([["status", "ACTIVE"]])
    expect(refused(networkingOperations.readVpcs, { status: ["ACTIVE", "LIVE"] }).field).toBe("status")
    // insights arrays with explode: false are comma lists too, never repeated keys
    const insights = sent(insightsOperations.readInsights, { sourceKind: ["TASKS"], targetKind: ["ACCOUNT", "POLICY"] })
    expect(insights.query).toEqual([["source_kind", "TASKS"], ["target_kind", "ACCOUNT,POLICY"]])
  })

  it("sends booleans as true/false", () => {
    for (const value of [true, false]) {
      expect(sent(workloadsOperations.readCatalogueItems, { includeVersions: value }).query).toEqual([["include_versions", String(value)]])
    }
    expect(refused(workloadsOperations.readCatalogueItems, { includeVersions: "True" }).field).toBe("includeVersions")
  })

  it("sends the body's top-level properties under the API's names, nested ones as they are", () => {
    const request = sent(workloadsOperations.createWorkload, {
      name: "vpc-one",
      catalogueId: "ec5eaa8f-da06-4935-b5ce-05bd957c8bdc",
      accountId: "e893d7e0-9306-11e9-bc42-526af7764f64",
      region: "ap-southeast-2",
      parameters: [{ Key: "Size", Value: "small" }]
    })
    expect(request.method).toBe("POST")
    expect(request.path).toBe("/workloads")
    expect(request.body).toEqual({
      Name: "vpc-one",
      CatalogueId: "ec5eaa8f-da06-4935-b5ce-05bd957c8bdc",
      AccountId: "e893d7e0-9306-11e9-bc42-526af7764f64",
      Region: "ap-southeast-2",
      Parameters: [{ Key: "Size", Value: "small" }]
    })
  })

  it("reads organisations.CreatePolicy/UpdatePolicy bodies from the policies.* schemas their $ref names", () => {
    const policy = { name: "deny-all", description: "denies everything", policy: "{\"Version\":\"2012-10-17\"}" }
    expect(sent(organisationsOperations.createPolicy, policy).body).toEqual({
      Name: "deny-all",
      Description: "denies everything",
      Policy: "{\"Version\":\"2012-10-17\"}"
    })
    expect(refused(organisationsOperations.createPolicy, { ...policy, name: "ab" }).field).toBe("name")
    const update = sent(organisationsOperations.updatePolicy, { policyId: "p/1", description: "changed" })
    expect(update).toMatchObject({ method: "PUT", rawPath: "/policies/p%2F1", body: { Description: "changed" } })
  })
})

describe("strict inputs", () => {
  const create = accountsOperations.createAccount
  const valid = { name: "bakery-prod", accountType: "production" }

  it("refuses an unknown field, naming it", () => {
    expect(refused(create, { ...valid, Name: "x" }).field).toBe("Name")
  })

  it("refuses a readOnly property as an input field", () => {
    const workload = {
      name: "vpc-one",
      catalogueId: "ec5eaa8f-da06-4935-b5ce-05bd957c8bdc",
      accountId: "e893d7e0-9306-11e9-bc42-526af7764f64",
      region: "ap-southeast-2"
    }
    expect(Either.isRight(encode(workloadsOperations.createWorkload, workload))).toBe(true)
    expect(refused(workloadsOperations.createWorkload, { ...workload, id: "e893d7e0-9306-11e9-bc42-526af7764f64" }).field).toBe("id")
  })

  it("refuses a value outside an enum, naming the field", () => {
    expect(refused(workloadsOperations.createWorkload, {
      name: "vpc-one",
      catalogueId: "ec5eaa8f-da06-4935-b5ce-05bd957c8bdc",
      accountId: "e893d7e0-9306-11e9-bc42-526af7764f64",
      region: "mars-north-1"
    }).field).toBe("region")
  })

  it("accepts an explicit null on a nullable body field and sends it", () => {
    expect(sent(create, { ...valid, organisationalUnitId: null }).body).toEqual({
      Name: "bakery-prod",
      AccountType: "production",
      OrganisationalUnitId: null
    })
    expect(refused(create, { ...valid, name: null }).field).toBe("name")
  })

  it("needs one of the documented sets of keys (anyOf of required)", () => {
    const attach = cloudOperations.find((s) => s.id === "policies.AttachPolicy")!.operation
    const error = refused(attach, { policyId: "p1" })
    expect(error.message).toContain("organisationalUnitId | accountId")
    expect(sent(attach, { policyId: "p1", accountId: "e893d7e0-9306-11e9-bc42-526af7764f64" }).body).toEqual({
      AccountId: "e893d7e0-9306-11e9-bc42-526af7764f64"
    })
  })
})

describe("lenient answers", () => {
  const context = (payload: unknown) => ({ endpoint: "Networking.readVpcs", payload: payload as never, secrets: [], nowMillis: 0 })
  it("keeps unknown fields and unknown enum values", () => {
    const vpc = { Id: "v1", AccountId: "a1", Name: "one", Region: "ap-southeast-2" }
    const body = { Vpcs: [{ ...vpc, Status: "HIBERNATING", Region: "mars-north-1", Colour: "blue" }], Extra: 1 }
    const result = interpret({ status: 200, headers: {}, body: JSON.stringify(body) }, context(networkingOperations.readVpcs.output))
    assert(Either.isRight(result))
    expect(result.right).toMatchObject(body)
  })
})

layer(StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer({ client: { retry: RetryPolicy.none } }))))(
  "the generated Accounts service against the stand-in",
  (it) => {
    it.effect("reads the active accounts, and one account by id", () =>
      Effect.gen(function*() {
        const { Accounts: active } = yield* Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
        expect(active.length).toBeGreaterThan(0)
        expect(active.every((a) => a.Status === "ACTIVE")).toBe(true)
        const one = yield* Accounts.readAccounts({ accountId: active[0]!.Id })
        expect(one.Accounts.map((a) => a.Id)).toEqual([active[0]!.Id])
      }))
  }
)
