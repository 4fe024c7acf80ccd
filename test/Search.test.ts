import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, ConfigError, Effect, FastCheck as fc, Layer, Schema, Stream } from "effect"
import { Fault, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"
import * as SearchExample from "../examples/search.js"
import { Search } from "../src/ai/api/Search.js"
import { Document } from "../src/ai/schema/Document.js"
import { StaxClient } from "../src/ai/StaxClient.js"

const layer = (options: StaxLocalOptions = {}) =>
  Search.layer.pipe(Layer.provideMerge(StaxClient.layer), Layer.provideMerge(StaxLocal.layer(options)))

const doc = (name: string, metadata: ReadonlyArray<readonly [string, string]> = [], extra: Record<string, unknown> = {}) => ({
  name,
  metadata: metadata.map(([key, value]) => ({ key, value })),
  ...extra
})

const seed = {
  documents: [
    doc("Invoice March.pdf", [["Vendor", "Acme Corp"], ["Total", "120.00"]]),
    doc("invoice april.pdf", [["Vendor", "Globex"]]),
    doc("acme-invoice-archive.pdf", [["Vendor", "ACME"]], { archived: true }),
    doc("Receipt.pdf", [["Vendor", "Acme"], ["Note", "not an inv0ice"]])
  ]
}

const searchRequests = (local: StaxLocal["Type"]) =>
  local.model.requests.filter((r) => r.route.startsWith("GET /document/search"))

describe("Search.search", () => {
  it.effect("finds the non-archived documents matching every word, best score first, as Documents", () =>
    Effect.gen(function*() {
      const result = yield* Search.search({ query: "acme INVOICE" })
      expect(result.total).toBe(1)
      const [hit] = result.hits
      assert(hit !== undefined)
      expect(hit._source.name).toBe("Invoice March.pdf")
      expect(hit._id).toBe(hit._source._id)
      assert(Schema.is(Document)(hit._source))
      // "acme" matches one value, "invoice" the name: two terms.
      expect(hit._score).toBe(2)

      const acme = yield* Search.search({ query: "acme" })
      expect(acme.hits.map((h) => h._source.name)).toEqual(["Invoice March.pdf", "Receipt.pdf"])
      const scores = acme.hits.map((h) => h._score)
      expect([...scores].sort((a, b) => b - a)).toEqual(scores)
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("sends the query text, page size and offset as query, size and from by default", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const result = yield* Search.search({ query: "invoice", size: 1, from: 1, filters: { flagged: false } })
      expect(result.total).toBe(2)
      expect(result.hits.length).toBe(1)
      const [request] = searchRequests(local)
      expect(request?.query).toEqual({ query: "invoice", size: "1", from: "1", flagged: "false" })
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("passes filters through (stackId keeps one stack's documents)", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const [first] = [...local.model.documents.values()]
      assert(first !== undefined)
      const stackId = "65a1f0c2aaaaaaaaaaaaaaaa"
      first["stack"] = stackId
      const result = yield* Search.search({ query: "", filters: { stackId } })
      expect(result.hits.map((h) => h._id)).toEqual([first["_id"]])
      expect(searchRequests(local)[0]?.query["stackId"]).toBe(stackId)
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("keeps unknown extra fields of the documents", () =>
    Effect.gen(function*() {
      const result = yield* Search.search({ query: "custom" })
      const source = result.hits[0]?._source as Record<string, unknown> | undefined
      expect(source?.["customField"]).toEqual({ nested: [1, 2] })
    }).pipe(Effect.provide(layer({ seed: { documents: [doc("custom.pdf", [], { customField: { nested: [1, 2] } })] } }))))

  it.effect("a documented field with the wrong type is a DecodeError naming its path", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Search.search({ query: "bad" }))
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("hits.0._source.reviewed")
    }).pipe(Effect.provide(layer({ seed: { documents: [doc("bad.pdf", [], { reviewed: "yes" })] } }))))

  it.effect("refused credentials are an AuthError, on HTTP 200 and on 401", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const legacy = yield* Effect.flip(Search.search({ query: "x" }))
      assert(legacy._tag === "AuthError")
      expect(legacy.status).toBe(200)
      local.settings.failureStatus = "http"
      const http = yield* Effect.flip(Search.search({ query: "x" }))
      assert(http._tag === "AuthError")
      expect(http.status).toBe(401)
    }).pipe(Effect.provide(layer({ seed, clientCredentials: { apiKey: "wrongkey" } }))))

  it.effect("a refused search is an ApiError, on HTTP 200 and on 400", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const legacy = yield* Effect.flip(Search.search({ query: "x", filters: { stackId: "not-an-id" } }))
      assert(legacy._tag === "ApiError")
      expect(legacy.status).toBe(200)
      expect(legacy.message).toContain("stackId")
      local.settings.failureStatus = "http"
      const http = yield* Effect.flip(Search.search({ query: "x", filters: { stackId: "not-an-id" } }))
      assert(http._tag === "ApiError")
      expect(http.status).toBe(400)
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("rejects bad input before sending anything, naming the field", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const cases: ReadonlyArray<readonly [unknown, string]> = [
        [{ query: "x", size: -1 }, "size"],
        [{ query: "x", size: 0 }, "size"],
        [{ query: "x", size: 1.5 }, "size"],
        [{ query: "x", from: -3 }, "from"],
        [{ query: 42 }, "query"],
        [{ query: "x", filters: { stackId: { $ne: null } } }, "filters.stackId"],
        [{ query: "x", filters: { n: Number.NaN } }, "filters.n"],
        [{ query: "x", filters: { size: 5 } }, "filters.size"],
        [{ query: "x", sort: "name" }, "sort"]
      ]
      for (const [input, field] of cases) {
        const error = yield* Effect.flip(Search.search(input as never))
        assert(error._tag === "InputError", `${JSON.stringify(input)} should be an InputError`)
        expect(error.field).toBe(field)
      }
      expect(local.model.requests.length).toBe(0)
    }).pipe(Effect.provide(layer({ seed }))))
})

describe("Search.searchArchive", () => {
  it.effect("searches the archived documents only", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const result = yield* Search.searchArchive({ query: "acme" })
      expect(result.total).toBe(1)
      expect(result.hits.map((h) => h._source.name)).toEqual(["acme-invoice-archive.pdf"])
      expect(result.hits[0]?._source.archived).toBe(true)
      expect(searchRequests(local).map((r) => r.route)).toEqual(["GET /document/searchArchive"])
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("refused credentials are an AuthError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Search.searchArchive({ query: "acme" }))
      assert(error._tag === "AuthError")
    }).pipe(Effect.provide(layer({ seed, clientCredentials: { apiKey: "wrongkey" } }))))

  it.effect("a refused search is an ApiError (HTTP 400 in http mode)", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Search.searchArchive({ query: "acme", filters: { stackId: "nope" } }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(400)
    }).pipe(Effect.provide(layer({ seed, failureStatus: "http" }))))

  it.effect("rejects bad input before sending anything", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const error = yield* Effect.flip(Search.searchArchive({ query: "acme", size: -5 }))
      assert(error._tag === "InputError")
      expect(error.field).toBe("size")
      expect(local.model.requests.length).toBe(0)
    }).pipe(Effect.provide(layer({ seed }))))
})

describe("Search.searchAll", () => {
  it.effect.prop(
    "yields every hit exactly once, in order, across pages",
    { count: fc.integer({ min: 0, max: 25 }), pageSize: fc.integer({ min: 1, max: 12 }) },
    ({ count, pageSize }) =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const hits = yield* Search.searchAll({ query: "report" }, { pageSize }).pipe(Stream.runCollect)
        const ids = Chunk.toReadonlyArray(hits).map((h) => h._id)
        expect(new Set(ids).size).toBe(ids.length)
        expect(ids.length).toBe(count)
        const expected = [...local.model.documents.values()]
          .filter((d) => String(d["name"]).startsWith("report"))
          .map((d) => String(d["_id"]))
        expect([...ids].sort()).toEqual([...expected].sort())
        // Pages of `pageSize`, stopping once `total` is reached (an empty first page when nothing matches).
        const requests = searchRequests(local)
        expect(requests.length).toBe(count === 0 ? 1 : Math.ceil(count / pageSize))
        expect(requests.map((r) => r.query["from"])).toEqual(requests.map((_, i) => String(i * pageSize)))
        expect(requests.every((r) => r.query["size"] === String(pageSize))).toBe(true)
        // The same order as one big page.
        const whole = yield* Search.search({ query: "report", size: 1000 })
        expect(ids).toEqual(whole.hits.map((h) => h._id))
      }).pipe(
        Effect.provide(layer({
          seed: {
            documents: [
              ...Array.from({ length: count }, (_, i) => doc(`report-${i}.pdf`, i % 3 === 0 ? [["Kind", "report"]] : [])),
              doc("other.pdf")
            ]
          }
        }))
      ),
    { fastCheck: { numRuns: 40 } }
  )

  it.effect("stops at an empty page even when total says there is more", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const ids = [...local.model.documents.keys()].sort()
      // Once the first page (total 5) arrived, the other documents disappear: page 2 comes back empty.
      const all = yield* Search.searchAll({ query: "r" }, { pageSize: 2 }).pipe(
        Stream.tap(() => Effect.sync(() => ids.slice(2).forEach((id) => local.model.documents.delete(id)))),
        Stream.runCollect
      )
      expect(Chunk.toReadonlyArray(all).map((h) => h._id)).toEqual(ids.slice(0, 2))
      expect(searchRequests(local).length).toBe(2)
    }).pipe(Effect.provide(layer({ seed: { documents: Array.from({ length: 5 }, (_, i) => doc(`r${i}`)) } }))))

  it.effect("searches the archive with archive: true", () =>
    Effect.gen(function*() {
      const all = yield* Search.searchAll({ query: "acme" }, { archive: true, pageSize: 1 }).pipe(Stream.runCollect)
      expect(Chunk.toReadonlyArray(all).map((h) => h._source.name)).toEqual(["acme-invoice-archive.pdf"])
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("rejects a bad page size before sending anything", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      for (const pageSize of [-1, 0, 2.5]) {
        const error = yield* Effect.flip(Stream.runCollect(Search.searchAll({ query: "acme" }, { pageSize })))
        assert(error._tag === "InputError")
        expect(error.field).toBe("pageSize")
      }
      expect(local.model.requests.length).toBe(0)
    }).pipe(Effect.provide(layer({ seed }))))

  it.effect("fails the stream with the page's error (AuthError)", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stream.runCollect(Search.searchAll({ query: "acme" })))
      assert(error._tag === "AuthError")
    }).pipe(Effect.provide(layer({ seed, clientCredentials: { apiKey: "wrongkey" } }))))

  it.effect("a failing later page fails the stream after the earlier hits (ApiError)", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const collected: Array<string> = []
      const error = yield* Search.searchAll({ query: "" }, { pageSize: 2 }).pipe(
        Stream.runForEach((hit) =>
          Effect.sync(() => {
            collected.push(hit._id)
            if (collected.length === 1) local.faults.add(Fault.status("GET /document/search", 400))
          })
        ),
        Effect.flip
      )
      assert(error._tag === "ApiError")
      expect(error.status).toBe(400)
      expect(collected.length).toBe(2)
      expect(searchRequests(local).length).toBe(2)
    }).pipe(Effect.provide(layer({ seed }))))
})

describe("Search.layerWith", () => {
  it.effect("sends the configured parameter names", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      yield* Search.search({ query: "acme", size: 3, from: 6, filters: { stackId: "65a1f0c2aaaaaaaaaaaaaaaa" } })
      expect(searchRequests(local)[0]?.query).toEqual({
        q: "acme",
        limit: "3",
        skip: "6",
        stackId: "65a1f0c2aaaaaaaaaaaaaaaa"
      })
      // A filter may not reuse a configured name.
      const error = yield* Effect.flip(Search.search({ query: "acme", filters: { limit: 1 } }))
      assert(error._tag === "InputError")
      expect(error.field).toBe("filters.limit")
    }).pipe(
      Effect.provide(
        Search.layerWith({ params: { query: "q", size: "limit", from: "skip" } }).pipe(
          Layer.provideMerge(StaxClient.layer),
          Layer.provideMerge(StaxLocal.layer({ seed }))
        )
      )
    ))

  it.effect("refuses bad or repeated parameter names with a ConfigError naming them", () =>
    Effect.gen(function*() {
      const bad = yield* Effect.flip(Search.makeWith({ params: { size: "a b" } }))
      assert(ConfigError.isConfigError(bad))
      expect(String(bad)).toContain("params.size")
      const repeated = yield* Effect.flip(Search.makeWith({ params: { from: "size" } }))
      assert(ConfigError.isConfigError(repeated))
    }).pipe(Effect.provide(layer())))
})

describe("examples/search.ts", () => {
  it.effect("runs against the in-memory stand-in", () =>
    Effect.gen(function*() {
      const { all, archive, page } = yield* SearchExample.program
      expect(page.hits.length).toBeGreaterThan(0)
      expect(all.every((hit) => hit._source.archived !== true)).toBe(true)
      expect(all.map((hit) => hit._source.name)).toContain("receipt-acme-lunch.pdf")
      expect(archive.hits.map((hit) => hit._source.name)).toEqual(["invoice-2019-117.pdf"])
    }).pipe(Effect.provide(layer({ seed: SearchExample.seed }))))
})
