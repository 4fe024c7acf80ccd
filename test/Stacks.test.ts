import { HttpClient, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Layer, TestClock } from "effect"
import { Documents, Stax } from "stax-effect"
import { Fault, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"
import { Stacks } from "../src/ai/api/Stacks.js"
import { StaxClient } from "../src/ai/StaxClient.js"
import { StaxConfig } from "../src/ai/StaxConfig.js"
import type { InputError, StaxError } from "../src/core/StaxError.js"
import { documentState } from "../src/testing/ai/routes/documents.js"

const layer = (options: StaxLocalOptions = {}) =>
  Stacks.layer.pipe(Layer.provideMerge(StaxClient.layer), Layer.provideMerge(StaxLocal.layer(options)))

const INVOICES = "65a1f0c2aaaaaaaaaaaa0001"
const RECEIPTS = "65a1f0c2aaaaaaaaaaaa0002"
const UNKNOWN_ID = "0123456789abcdef01234567"

/** Two stacks; two documents in Invoices, one in Receipts. */
const seed: StaxLocalOptions["seed"] = {
  stacks: [
    { _id: INVOICES, path: "Finance/Invoices", tag: "invoices", keys: ["Total"] },
    { _id: RECEIPTS, path: "Receipts" }
  ],
  documents: [
    { name: "a.pdf", stack: INVOICES, content: "%PDF-1.4 a" },
    { name: "b.pdf", stack: INVOICES },
    { name: "r.pdf", stack: RECEIPTS }
  ]
}

/** Runs `effect` with a `Stacks` whose API key the stand-in does not know (same stand-in). */
const withWrongKey = <A, E>(effect: Effect.Effect<A, E, Stacks>) =>
  Effect.gen(function*() {
    const local = yield* StaxLocal
    const wrong = Stacks.layer.pipe(
      Layer.provide(StaxClient.layer),
      Layer.provide(
        StaxConfig.layer({ email: local.email, apiKey: "wrong0000000000000000000key", baseUrl: local.baseUrl })
      )
    )
    return yield* Effect.provide(effect, wrong)
  })

/** A `Stacks` over a fake API that answers every request with `answer`, recording what was sent. */
const fakeApi = (answer: unknown) => {
  const sent: Array<{ readonly route: string; readonly body: unknown }> = []
  const http = HttpClient.make((request, url) =>
    Effect.sync(() => {
      const body = request.body._tag === "Uint8Array"
        ? JSON.parse(new TextDecoder().decode(request.body.body)) as unknown
        : undefined
      sent.push({ route: `${request.method} ${url.pathname}`, body })
      return HttpClientResponse.fromWeb(request, Response.json(answer))
    })
  )
  const layer = Stacks.layer.pipe(
    Layer.provide(StaxClient.layer),
    Layer.provide(Layer.succeed(HttpClient.HttpClient, http)),
    Layer.provide(StaxConfig.layer({ email: "admin@example.com", apiKey: "key0000000000000000000000000000000000001" }))
  )
  return { sent, layer }
}

type AnyCall = Effect.Effect<unknown, StaxError | InputError, Stacks>

/** Per endpoint: a valid call against `seed`, the route it hits, and a call for a missing resource. */
const calls: ReadonlyArray<{
  readonly name: string
  readonly endpoint: string
  readonly route: string
  readonly call: AnyCall
  /** Fails because a resource is missing; `undefined` when the endpoint names none (list). */
  readonly missing: AnyCall | undefined
}> = [
  {
    name: "get by id",
    endpoint: "get",
    route: "GET /stack/get",
    call: Stacks.get({ stackId: INVOICES }),
    missing: Stacks.get({ stackId: UNKNOWN_ID })
  },
  {
    name: "get by tag",
    endpoint: "get",
    route: "GET /stack/get",
    call: Stacks.get({ stackTag: "invoices" }),
    missing: Stacks.get({ stackTag: "no such tag" })
  },
  {
    name: "create",
    endpoint: "create",
    route: "POST /stack/create",
    call: Stacks.create({ stackPath: "Contracts" }),
    missing: Stacks.create({ stackPath: "Contracts", baseStack: UNKNOWN_ID })
  },
  {
    name: "update",
    endpoint: "update",
    route: "POST /stack/update",
    call: Stacks.update({ stackId: INVOICES, stackDiff: { pinned: true } }),
    missing: Stacks.update({ stackId: UNKNOWN_ID, stackDiff: { pinned: true } })
  },
  {
    name: "list",
    endpoint: "list",
    route: "GET /stack/list",
    call: Stacks.list(),
    missing: undefined
  },
  {
    name: "delete",
    endpoint: "delete",
    route: "POST /stack/delete",
    call: Stacks.delete({ stackId: RECEIPTS }),
    missing: Stacks.delete({ stackId: UNKNOWN_ID })
  },
  {
    name: "listDocuments",
    endpoint: "listDocuments",
    route: "GET /stack/documents",
    call: Stacks.listDocuments({ stackId: INVOICES }),
    missing: Stacks.listDocuments({ stackId: UNKNOWN_ID })
  }
]

describe("Stacks: every endpoint", () => {
  for (const c of calls) {
    it.effect(`${c.name} succeeds against the stand-in, with credentials`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        yield* c.call
        expect(local.model.requests.map((r) => r.route)).toEqual([c.route])
        expect(local.model.requests[0]!.authenticated).toBe(true)
      }).pipe(Effect.provide(layer({ seed }))))

    it.effect(`${c.name} with refused credentials is an AuthError (on 200 and on 401); nothing is written`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const on200 = yield* Effect.flip(withWrongKey(c.call))
        assert(on200._tag === "AuthError")
        expect(on200.status).toBe(200)
        expect(on200.endpoint).toBe(`Stacks.${c.endpoint}`)
        local.settings.failureStatus = "http"
        const on401 = yield* Effect.flip(withWrongKey(c.call))
        assert(on401._tag === "AuthError")
        expect(on401.status).toBe(401)
        expect(local.model.requests.map((r) => r.authenticated)).toEqual([false, false])
        expect(local.model.applied.size).toBe(0)
        expect(local.model.stacks.size).toBe(2)
      }).pipe(Effect.provide(layer({ seed }))))

    const missing = c.missing
    if (missing !== undefined) {
      it.effect(`${c.name} of a missing resource is an ApiError (success:false on 200, 404 in http mode)`, () =>
        Effect.gen(function*() {
          const local = yield* StaxLocal
          const on200 = yield* Effect.flip(missing)
          assert(on200._tag === "ApiError")
          expect(on200.status).toBe(200)
          expect(on200.message).toMatch(/not found/i)
          expect(on200.endpoint).toBe(`Stacks.${c.endpoint}`)
          local.settings.failureStatus = "http"
          const on404 = yield* Effect.flip(missing)
          assert(on404._tag === "ApiError")
          expect(on404.status).toBe(404)
          expect(local.model.applied.size).toBe(0)
        }).pipe(Effect.provide(layer({ seed }))))
    }
  }

  it.effect("list refused by the API is an ApiError (success:false on 200, and an HTTP 404)", () =>
    Effect.gen(function*() {
      const on200 = yield* Effect.flip(Stacks.list())
      assert(on200._tag === "ApiError")
      expect(on200.status).toBe(200)
      expect(on200.endpoint).toBe("Stacks.list")
      const on404 = yield* Effect.flip(Stacks.list())
      assert(on404._tag === "ApiError")
      expect(on404.status).toBe(404)
      expect(yield* Stacks.list()).toHaveLength(2)
    }).pipe(Effect.provide(layer({
      seed,
      faults: [Fault.status("GET /stack/list", 200), Fault.status("GET /stack/list", 404)]
    }))))

  const badInputs: ReadonlyArray<
    { readonly name: string; readonly endpoint: string; readonly field: string; readonly call: AnyCall }
  > = [
    { name: "get with a bad id", endpoint: "get", field: "stackId", call: Stacks.get({ stackId: "nope" }) },
    { name: "get with an empty tag", endpoint: "get", field: "stackTag", call: Stacks.get({ stackTag: "" }) },
    {
      name: "get with both id and tag",
      endpoint: "get",
      field: "stackTag",
      call: Stacks.get({ stackId: INVOICES, stackTag: "invoices" } as never)
    },
    { name: "get with neither id nor tag", endpoint: "get", field: "stackId", call: Stacks.get({} as never) },
    { name: "create without a path", endpoint: "create", field: "stackPath", call: Stacks.create({ stackPath: "" }) },
    {
      name: "update with an empty diff",
      endpoint: "update",
      field: "stackDiff",
      call: Stacks.update({ stackId: INVOICES, stackDiff: {} })
    },
    {
      name: "update with a bad id",
      endpoint: "update",
      field: "stackId",
      call: Stacks.update({ stackId: "x", stackDiff: { pinned: true } })
    },
    {
      name: "update with an unknown diff field",
      endpoint: "update",
      field: "stackDiff.colour",
      call: Stacks.update({ stackId: INVOICES, stackDiff: { pinned: true, colour: "red" } as never })
    },
    {
      name: "update with a bad access id",
      endpoint: "update",
      field: "stackDiff.access.1",
      call: Stacks.update({ stackId: INVOICES, stackDiff: { access: [RECEIPTS, "someone"] } })
    },
    {
      name: "update with a wrongly typed diff field",
      endpoint: "update",
      field: "stackDiff.enabled",
      call: Stacks.update({ stackId: INVOICES, stackDiff: { enabled: "yes" } as never })
    },
    { name: "delete with a bad id", endpoint: "delete", field: "stackId", call: Stacks.delete({ stackId: "123" }) },
    {
      name: "listDocuments with a bad id",
      endpoint: "listDocuments",
      field: "stackId",
      call: Stacks.listDocuments({ stackId: "" })
    }
  ]
  for (const b of badInputs) {
    it.effect(`${b.name} is an InputError naming ${b.field}; nothing is sent`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const error = yield* Effect.flip(b.call)
        assert(error._tag === "InputError")
        expect(error.field).toBe(b.field)
        expect(error.endpoint).toBe(`Stacks.${b.endpoint}`)
        expect(local.model.requests).toHaveLength(0)
      }).pipe(Effect.provide(layer({ seed }))))
  }

  it.effect("get's exactly-one-of message says what to give", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({} as never))
      assert(error._tag === "InputError")
      expect(error.message).toMatch(/exactly one of stackId and stackTag/)
    }).pipe(Effect.provide(layer())))

  const assumed = [
    { name: "list", override: "/stack/all", call: Stacks.list() as AnyCall, method: "GET" },
    {
      name: "delete",
      override: "/stack/remove",
      call: Stacks.delete({ stackId: INVOICES }) as AnyCall,
      method: "POST"
    },
    {
      name: "listDocuments",
      override: "/document/list",
      call: Stacks.listDocuments({ stackId: INVOICES }) as AnyCall,
      method: "GET"
    }
  ]
  for (const a of assumed) {
    it.effect(`${a.name}'s assumed path is replaced by StaxConfig paths (the request goes to ${a.override})`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const error = yield* Effect.flip(a.call)
        assert(error._tag === "ApiError")
        expect(error.status).toBe(404)
        expect(local.model.requests.map((r) => r.route)).toEqual([`${a.method} ${a.override}`])
        expect(local.model.stacks.has(INVOICES)).toBe(true)
      }).pipe(Effect.provide(layer({ seed, client: { paths: { [`Stacks.${a.name}`]: a.override } } }))))
  }
})

describe("Stacks.get", () => {
  it.effect("by id sends only stackId and returns the decoded stack", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const stack = yield* Stacks.get({ stackId: INVOICES })
      expect(stack._id).toBe(INVOICES)
      expect(stack.path).toBe("Finance/Invoices")
      expect(stack.baseName).toBe("Invoices")
      expect(stack.keys).toEqual(["Total"])
      expect(stack.lastModified).toBeInstanceOf(Date)
      expect(local.model.requests[0]!.query).toEqual({ stackId: INVOICES })
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("by tag sends only stackTag; a stack without a tag is found by its path", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      expect((yield* Stacks.get({ stackTag: "INVOICES" }))._id).toBe(INVOICES)
      expect((yield* Stacks.get({ stackTag: "receipts" }))._id).toBe(RECEIPTS)
      expect(local.model.requests.map((r) => r.query)).toEqual([{ stackTag: "INVOICES" }, { stackTag: "receipts" }])
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("keeps unknown fields as they came", () =>
    Effect.gen(function*() {
      const stack = yield* Stacks.get({ stackId: INVOICES })
      expect((stack as Record<string, unknown>)["customField"]).toEqual({ nested: [1, 2] })
      expect((stack as Record<string, unknown>)["tag"]).toBe("invoices")
    }).pipe(Effect.provide(layer({
      seed: { stacks: [{ _id: INVOICES, path: "I", tag: "invoices", customField: { nested: [1, 2] } }] }
    }))))

  it.effect("a documented field with the wrong type is a DecodeError naming its path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackId: INVOICES }))
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("stack.numDocuments")
      expect(error.endpoint).toBe("Stacks.get")
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ _id: INVOICES, path: "I", numDocuments: "many" }] } }))))
})

describe("Stacks.create", () => {
  it.effect("creates a stack once and returns it; get finds it afterwards", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const created = yield* Stacks.create({ stackPath: "Legal/Contracts" })
      expect(created.path).toBe("Legal/Contracts")
      expect(created.baseName).toBe("Contracts")
      expect(local.model.appliedCount("POST /stack/create")).toBe(1)
      expect(local.model.stacks.size).toBe(3)
      expect((yield* Stacks.get({ stackId: created._id })).path).toBe("Legal/Contracts")
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("copies keys from a base stack", () =>
    Effect.gen(function*() {
      const created = yield* Stacks.create({ stackPath: "Invoices 2024", baseStack: INVOICES })
      expect(created.keys).toEqual(["Total"])
      expect(created._id).not.toBe(INVOICES)
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("a documented field with the wrong type in the answer is a DecodeError naming its path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.create({ stackPath: "Copy", baseStack: INVOICES }))
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("stack.keys")
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ _id: INVOICES, path: "I", keys: "Total" }] } }))))
})

describe("Stacks.update", () => {
  it.effect("applies the diff, leaves other fields alone, sets lastModified and returns the stack", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const before = yield* Stacks.get({ stackId: INVOICES })
      yield* TestClock.adjust("5 seconds")
      const updated = yield* Stacks.update({
        stackId: INVOICES,
        stackDiff: {
          pinned: true,
          access: [RECEIPTS],
          dataTypes: [{ key: "Total", dataType: "number" }],
          rules: { enabled: true, match: { mode: "any", phrases: ["invoice"] } }
        }
      })
      assert(updated !== undefined)
      expect(updated.pinned).toBe(true)
      expect(updated.access).toEqual([RECEIPTS])
      expect(updated.dataTypes).toEqual([{ key: "Total", dataType: "number" }])
      expect(updated.rules).toEqual({ enabled: true, match: { mode: "any", phrases: ["invoice"] } })
      expect(updated.keys).toEqual(before.keys)
      expect(updated.path).toBe(before.path)
      expect(updated.lastModified!.getTime() - before.lastModified!.getTime()).toBe(5000)
      expect(yield* Stacks.get({ stackId: INVOICES })).toEqual(updated)
      expect(local.model.appliedCount("POST /stack/update")).toBe(1)
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("a new path renames the stack (baseName follows) and get by path finds it", () =>
    Effect.gen(function*() {
      const updated = yield* Stacks.update({ stackId: RECEIPTS, stackDiff: { path: "Finance/Receipts" } })
      expect(updated?.baseName).toBe("Receipts")
      expect((yield* Stacks.get({ stackTag: "finance/receipts" }))._id).toBe(RECEIPTS)
      const error = yield* Effect.flip(Stacks.get({ stackTag: "Receipts" }))
      assert(error._tag === "ApiError")
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("keeps unknown fields of the returned stack", () =>
    Effect.gen(function*() {
      const updated = yield* Stacks.update({ stackId: INVOICES, stackDiff: { hideHint: true } })
      expect((updated as Record<string, unknown> | undefined)?.["colour"]).toBe("blue")
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ _id: INVOICES, path: "I", colour: "blue" }] } }))))

  it.effect("a documented field with the wrong type in the answer is a DecodeError naming its path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.update({ stackId: INVOICES, stackDiff: { pinned: true } }))
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("stack.restrict")
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ _id: INVOICES, path: "I", restrict: "no" }] } }))))

  it.effect("sends {stackId, stackDiff}; an answer without a stack (not documented) gives undefined", () =>
    Effect.gen(function*() {
      const api = fakeApi({ success: true })
      const result = yield* Effect.provide(
        Stacks.update({ stackId: INVOICES, stackDiff: { enabled: false, keys: ["A"] } }),
        api.layer
      )
      expect(result).toBeUndefined()
      expect(api.sent).toEqual([
        { route: "POST /stack/update", body: { stackId: INVOICES, stackDiff: { enabled: false, keys: ["A"] } } }
      ])
    }))
})

describe("Stacks.list", () => {
  it.effect("returns the team's stacks, not another team's, with unknown fields kept", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const created = yield* Stacks.create({ stackPath: "New" })
      const stacks = yield* Stacks.list()
      expect(stacks.map((s) => s._id).sort()).toEqual([INVOICES, RECEIPTS, created._id].sort())
      expect((stacks.find((s) => s._id === INVOICES) as Record<string, unknown>)["customField"]).toBe(7)
      expect(local.model.requests.at(-1)!.query).toEqual({})
    }).pipe(Effect.provide(layer({
      seed: {
        stacks: [
          { _id: INVOICES, path: "Invoices", customField: 7 },
          { _id: RECEIPTS, path: "Receipts" },
          { path: "Theirs", team: "65a1f0c2ffffffffffff9999" }
        ]
      }
    }))))

  it.effect("an empty team lists no stacks", () =>
    Effect.gen(function*() {
      expect(yield* Stacks.list()).toEqual([])
    }).pipe(Effect.provide(layer())))

  it.effect("a documented field with the wrong type is a DecodeError naming its path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.list())
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("stacks.1.pinned")
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ path: "A" }, { path: "B", pinned: "yes" }] } }))))
})

describe("Stacks.delete", () => {
  it.effect("removes the stack once, with its documents and their files; other stacks keep theirs", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const before = [...local.model.documents.values()]
      const inInvoices = before.filter((d) => d["stack"] === INVOICES).map((d) => d["_id"] as string)
      expect(inInvoices).toHaveLength(2)
      expect(documentState(local.model).files.size).toBe(1)
      const result = yield* Stacks.delete({ stackId: INVOICES })
      expect(result).toBeUndefined()
      expect(local.model.stacks.has(INVOICES)).toBe(false)
      expect(local.model.stacks.has(RECEIPTS)).toBe(true)
      for (const id of inInvoices) expect(local.model.documents.has(id)).toBe(false)
      expect(documentState(local.model).files.size).toBe(0)
      expect((yield* Stacks.listDocuments({ stackId: RECEIPTS })).map((d) => d.name)).toEqual(["r.pdf"])
      expect(local.model.appliedCount("POST /stack/delete")).toBe(1)
      const again = yield* Effect.flip(Stacks.delete({ stackId: INVOICES }))
      assert(again._tag === "ApiError")
      const gone = yield* Effect.flip(Stacks.get({ stackId: INVOICES }))
      assert(gone._tag === "ApiError")
      expect(local.model.appliedCount("POST /stack/delete")).toBe(1)
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("sends {stackId} as the JSON body and ignores whatever else the answer carries", () =>
    Effect.gen(function*() {
      const api = fakeApi({ success: true, deletedCount: 3 })
      const result = yield* Effect.provide(Stacks.delete({ stackId: RECEIPTS }), api.layer)
      expect(result).toBeUndefined()
      expect(api.sent).toEqual([{ route: "POST /stack/delete", body: { stackId: RECEIPTS } }])
    }))
})

describe("Stacks.listDocuments", () => {
  it.effect("sends stackId and returns only that stack's documents, decoded, unknown fields kept", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docs = yield* Stacks.listDocuments({ stackId: INVOICES })
      expect(docs.map((d) => d.name)).toEqual(["a.pdf", "b.pdf"])
      expect(docs.every((d) => d.stack === INVOICES)).toBe(true)
      expect(docs[0]!.receivedOn).toBeInstanceOf(Date)
      expect((docs[1] as Record<string, unknown>)["vendorCode"]).toBe("ACME")
      expect(local.model.requests[0]!.query).toEqual({ stackId: INVOICES })
    }).pipe(Effect.provide(layer({
      seed: {
        stacks: seed!.stacks,
        documents: [
          { name: "a.pdf", stack: INVOICES },
          { name: "b.pdf", stack: INVOICES, vendorCode: "ACME" },
          { name: "r.pdf", stack: RECEIPTS }
        ]
      }
    }))))

  it.effect("an empty stack has no documents", () =>
    Effect.gen(function*() {
      const created = yield* Stacks.create({ stackPath: "Empty" })
      expect(yield* Stacks.listDocuments({ stackId: created._id })).toEqual([])
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("a documented field with the wrong type is a DecodeError naming its path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.listDocuments({ stackId: INVOICES }))
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("docs.0.reviewed")
    }).pipe(Effect.provide(layer({
      seed: { stacks: seed!.stacks, documents: [{ name: "bad.pdf", stack: INVOICES, reviewed: "yes" }] }
    }))))
})

describe("Stacks.numDocuments (stand-in)", () => {
  it.effect("counts the documents filed in the stack, as they come and go", () =>
    Effect.gen(function*() {
      const stack = yield* Stacks.create({ stackPath: "Counted" })
      expect(stack.numDocuments).toBe(0)
      const doc = yield* Documents.create({ name: "a.pdf", stackId: stack._id })
      yield* Documents.create({ name: "b.pdf", stackId: stack._id })
      expect((yield* Stacks.get({ stackId: stack._id })).numDocuments).toBe(2)
      yield* Documents.delete({ docId: doc._id })
      expect((yield* Stacks.get({ stackId: stack._id })).numDocuments).toBe(1)
      const [listed] = yield* Stacks.list()
      expect(listed?.numDocuments).toBe(1)
    }).pipe(Effect.provide(Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer())))))
})
