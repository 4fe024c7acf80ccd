/** The stand-in's engine: routing, request validation and sample answers, over a registry built in the test. */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import * as Engine from "../../../src/testing/cloud/engine/Engine.js"
import { type Handlers, ok } from "../../../src/testing/cloud/engine/handler.js"
import * as Router from "../../../src/testing/cloud/engine/routes.js"
import { SAMPLE_DATE, sample } from "../../../src/testing/cloud/engine/sample.js"
import { TasksModel } from "../../../src/testing/cloud/state/tasks.js"
import { makeEngine } from "./helpers.js"
import { readFeatures, testOperations } from "./registry.js"

describe("routing", () => {
  const router = Router.make(testOperations)

  it("prefers literal segments to parameters, whatever the registry's order", () => {
    const types = router.match("GET", "/accounts/types")
    assert(!Router.isMiss(types))
    expect(types.spec.id).toBe("accounts.ReadAccountTypes")
    const account = router.match("GET", "/accounts/4f1c")
    assert(!Router.isMiss(account))
    expect([account.spec.id, account.params]).toEqual(["accounts.ReadAccounts", { account_id: "4f1c" }])
    const reversed = Router.make([...testOperations].reverse()).match("GET", "/accounts/types")
    assert(!Router.isMiss(reversed))
    expect(reversed.spec.id).toBe("accounts.ReadAccountTypes")
  })

  it("matches by method, picks the variant by its path, and decodes parameters", () => {
    const byHub = router.match("GET", "/networking/hubs/h%2F1/vpcs")
    assert(!Router.isMiss(byHub))
    expect([byHub.spec.id, byHub.template, byHub.params]).toEqual(["networking.ReadVpcs", "/networking/hubs/{hub_id}/vpcs", { hub_id: "h/1" }])
    const one = router.match("GET", "/networking/vpcs/v-1")
    assert(!Router.isMiss(one))
    expect(one.params).toEqual({ vpc_id: "v-1" })
    const create = router.match("POST", "/networking/hubs/h-1/vpcs")
    assert(!Router.isMiss(create))
    expect(create.spec.id).toBe("networking.CreateVpc")
    const trailing = router.match("GET", "/networking/hubs/")
    assert(!Router.isMiss(trailing))
    expect(trailing.spec.id).toBe("networking.ReadHubs")
  })

  it("tells an unknown path from a method the path lacks, and refuses bad encoding", () => {
    expect(router.match("GET", "/networking/nothing")).toEqual({ _tag: "NoPath" })
    expect(router.match("PATCH", "/networking/hubs")).toEqual({ _tag: "NoMethod" })
    expect(router.match("GET", "/networking/vpcs/%E0%A4%A")).toEqual({ _tag: "BadEncoding", param: "vpc_id" })
  })

  it.effect("answers 404 {Error, Cause} for an unknown route, and API Gateway's 403 for a missing method", () =>
    Effect.gen(function*() {
      const { send } = makeEngine()
      const unknown = yield* send("GET", "/networking/nothing")
      expect(unknown.status).toBe(404)
      expect(unknown.body.Error).toBe("Not found")
      expect(unknown.body.Cause).toContain("GET /20190206/networking/nothing")
      const method = yield* send("PATCH", "/networking/hubs", {})
      expect([method.status, method.body]).toEqual([403, { message: "Missing Authentication Token" }])
    }))
})

const hub = { Name: "core", AccountId: "4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10", Region: "ap-southeast-2", Cidr: "10.0.0.0/16", CreateInternetGateway: true, CreateNatGateway: false }

describe("validation", () => {
  it.effect("refuses a body without a required field with 400 naming it", () =>
    Effect.gen(function*() {
      const { send, state } = makeEngine()
      const { Cidr: _cidr, ...withoutCidr } = hub
      const { body, status } = yield* send("POST", "/networking/hubs", withoutCidr)
      expect(status).toBe(400)
      expect(body.Error).toMatch(/^Cidr: /)
      expect(body.Cause).toContain("Cidr")
      expect(state.hubs.list()).toEqual([])
    }))

  it.effect("refuses an unknown body field, a bad enum value, a wrong type, bad JSON and a missing body, naming each", () =>
    Effect.gen(function*() {
      const { send } = makeEngine()
      for (const [body, field] of [
        [{ ...hub, Colour: "red" }, "Colour"],
        [{ ...hub, Region: "mars-1" }, "Region"],
        [{ ...hub, CreateNatGateway: "false" }, "CreateNatGateway"],
        ["{not json", "body"],
        [[hub], "body"],
        ["", "body"]
      ] as const) {
        const answer = yield* send("POST", "/networking/hubs", body)
        expect(answer.status).toBe(400)
        expect(answer.body.Error.startsWith(`${field}: `)).toBe(true)
      }
    }))

  it.effect("coerces the query to the encoded types: booleans, comma lists kept as strings, strings; refuses unknown ones", () =>
    Effect.gen(function*() {
      const { send } = makeEngine()
      expect((yield* send("GET", "/accounts?include_tags=true&filter=ACTIVE,CLOSED&limit=2")).status).toBe(200)
      expect((yield* send("GET", "/networking/hubs?status=ACTIVE,DELETED")).status).toBe(200)
      for (const [query, field] of [
        ["/accounts?include_tags=True", "include_tags"],
        ["/accounts?limit=0", "limit"],
        ["/accounts?colour=red", "colour"],
        ["/networking/hubs?status=LIVE", "status"],
        ["/networking/vpcs/v-1?hub_id=h-1", "hub_id"]
      ] as const) {
        const { body, status } = yield* send("GET", query)
        expect(status).toBe(400)
        expect(body.Error.startsWith(`${field}: `) || body.Cause.includes(field)).toBe(true)
      }
    }))

  it.effect("refuses a parameter given in the path and the query", () =>
    Effect.gen(function*() {
      const { send } = makeEngine()
      const { body, status } = yield* send("GET", "/networking/hubs/h-1?hub_id=h-2")
      expect(status).toBe(400)
      expect(body.Error).toMatch(/^hub_id: /)
    }))
})

describe("sample answers", () => {
  it.effect("answers an operation without state with a deterministic sample its output schema decodes", () =>
    Effect.gen(function*() {
      const { send } = makeEngine()
      const first = yield* send("GET", "/organisations/current/features")
      const second = yield* send("GET", "/organisations/current/features")
      expect(first.status).toBe(200)
      expect(first.body).toEqual(second.body)
      expect(first.body.Since).toBe(SAMPLE_DATE)
      expect(first.body.Limit).toBeGreaterThan(0)
      assert(Either.isRight(Schema.decodeUnknownEither(readFeatures.output)(first.body)))
    }))

  it("samples every answer of the test registry into something its output schema decodes", () => {
    for (const spec of testOperations) {
      const value = sample(spec.operation.output)
      expect(Either.isRight(Schema.decodeUnknownEither(spec.operation.output)(value)), spec.id).toBe(true)
    }
  })

  it("fills every field (optional ones too), the first member of a union, and one item per array", () => {
    const schema = Schema.Struct({
      Id: Schema.String,
      Kind: Schema.Literal("A", "B"),
      Note: Schema.optionalWith(Schema.String, { exact: true }),
      Items: Schema.Array(Schema.Struct({ CreatedTS: Schema.Date })),
      Tags: Schema.Record({ key: Schema.String, value: Schema.String })
    })
    expect(sample(schema)).toEqual({ Id: "00000000-0000-4000-8000-000000000000", Kind: "A", Note: "Note", Items: [{ CreatedTS: SAMPLE_DATE }], Tags: {} })
  })
})

describe("the engine's check of its own answers", () => {
  const engineWith = (handlers: Handlers) =>
    Engine.make({ operations: testOperations, handlers, tasks: new TasksModel(), now: () => 0, prefix: "/20190206" })
  const hubRecord = { Id: "h-1", Name: "core", AccountId: "a-1", Region: "ap-southeast-2" }

  it.effect("a handler's 200 that does not decode is a 500 naming the operation", () =>
    Effect.gen(function*() {
      const engine = engineWith({ "networking.ReadHubs": () => ok({ Hubs: [{ ...hubRecord, Name: 7 }] }) })
      const response = yield* engine(new Request("http://local/20190206/networking/hubs"))
      expect(response.status).toBe(500)
      const body = (yield* Effect.promise(() => response.json())) as { Error: string; Cause: string }
      expect(body.Error).toBe("The stand-in's answer to networking.ReadHubs does not decode")
      expect(body.Cause).toContain("Name")
    }))

  it.effect("answers are checked as sent: a field a handler leaves undefined is dropped, not refused", () =>
    Effect.gen(function*() {
      const engine = engineWith({ "networking.ReadHubs": () => ok({ Hubs: [{ ...hubRecord, Description: undefined }] }) })
      const response = yield* engine(new Request("http://local/20190206/networking/hubs"))
      expect(response.status).toBe(200)
      expect(yield* Effect.promise(() => response.json())).toEqual({ Hubs: [hubRecord] })
    }))

  it.effect("a write's task id goes to every place its answer has one", () =>
    Effect.gen(function*() {
      const places = [["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"], ["Detail", "Missing", "TaskId"]]
      const operations = testOperations.map((spec) => (spec.id === "networking.CreateHub" ? { ...spec, taskId: places } : spec))
      const tasks = new TasksModel()
      const engine = Engine.make({
        operations,
        handlers: { "networking.CreateHub": () => ok({ Detail: { Operation: "CREATE", OperationStatus: "STARTED", NetworkingHub: { Id: "h" }, Workload: { TaskId: "old" } }, DetailType: "x" }) },
        tasks,
        now: () => 0,
        prefix: "/20190206"
      })
      const response = yield* engine(new Request("http://local/20190206/networking/hubs", { method: "POST", body: JSON.stringify(hub) }))
      const body = (yield* Effect.promise(() => response.json())) as { Detail: Record<string, { TaskId?: string }> }
      const [task] = tasks.list()
      assert(task !== undefined)
      expect([body.Detail["Message"]?.TaskId, body.Detail["Workload"]?.TaskId, body.Detail["Missing"]]).toEqual([task.id, task.id, undefined])
    }))
})
