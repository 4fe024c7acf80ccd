/**
 * `paged`: a paged operation's items as a `Stream` following `NextOffset`, end to end over the stand-in's
 * `accounts.ReadAccounts`, and with scripted answers (nested `Paging`, answers that would loop).
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Layer, Schema, Stream } from "effect"
import fc from "fast-check"
import { ApiError, DecodeError, InputError, StaxCloud } from "stax-effect/cloud"
import { Fault, StaxCloudLocal, type StaxCloudLocalOptions } from "stax-effect/testing"
import { defaultPageSize, paged } from "../../../src/cloud/paging/paged.js"
import * as Operation from "../../../src/core/Operation.js"
import type * as Service from "../../../src/core/Service.js"
import { PagedAccounts } from "./fixtures.js"

const ACCOUNTS = "GET /20190206/accounts"

const standIn = (options: StaxCloudLocalOptions = {}) =>
  PagedAccounts.layer.pipe(Layer.provideMerge(StaxCloud.layer), Layer.provideMerge(StaxCloudLocal.layer(options)))

/** The query of each ReadAccounts request the stand-in received. */
const accountQueries = Effect.map(StaxCloudLocal, (local) => local.requests.filter((r) => r.route === ACCOUNTS).map((r) => r.query))

describe("paged over accounts.ReadAccounts (stand-in)", () => {
  it.effect("streams every account in order, one call per page, offset following NextOffset and limit kept", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const all = yield* Stream.runCollect(PagedAccounts.readAccountsAll({ limit: 3 }))
      expect(Chunk.toReadonlyArray(all).map((a) => a.Id)).toEqual(local.accounts.list().map((a) => a["Id"]))
      expect(local.accounts.list()).toHaveLength(8)
      expect(yield* accountQueries).toEqual([
        { offset: "0", limit: "3" },
        { offset: "3", limit: "3" },
        { offset: "6", limit: "3" }
      ])
    }).pipe(Effect.provide(standIn())))

  it.effect("sends the other input fields with every page", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const active = Chunk.toReadonlyArray(yield* Stream.runCollect(PagedAccounts.readAccountsAll({ filter: "ACTIVE", includeTags: true, limit: 2 })))
      const expected = local.accounts.list().filter((a) => a["Status"] === "ACTIVE")
      expect(expected.length).toBeGreaterThan(2)
      expect(active.map((a) => a.Id)).toEqual(expected.map((a) => a["Id"]))
      expect(active.every((a) => a.Tags !== undefined)).toBe(true)
      const queries = yield* accountQueries
      expect(queries).toHaveLength(Math.ceil(expected.length / 2))
      expect(queries.every((q) => q["filter"] === "ACTIVE" && q["include_tags"] === "true" && q["limit"] === "2")).toBe(true)
    }).pipe(Effect.provide(standIn())))

  it.effect("pages by the default page size without a limit, and starts at an input offset", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const all = yield* Stream.runCollect(PagedAccounts.readAccountsAll())
      expect(all.length).toBe(8)
      const rest = Chunk.toReadonlyArray(yield* Stream.runCollect(PagedAccounts.readAccountsAll({ offset: 3, limit: 3 })))
      expect(rest.map((a) => a.Id)).toEqual(local.accounts.list().slice(3).map((a) => a["Id"]))
      expect(yield* accountQueries).toEqual([
        { offset: "0", limit: String(defaultPageSize) },
        { offset: "3", limit: "3" },
        { offset: "6", limit: "3" }
      ])
    }).pipe(Effect.provide(standIn())))

  it.effect("reads pages only as far as the stream is pulled", () =>
    Effect.gen(function*() {
      const stream = PagedAccounts.readAccountsAll({ limit: 3 })
      expect(yield* accountQueries).toHaveLength(0) // making the stream sends nothing
      const three = yield* Stream.runCollect(Stream.take(stream, 3))
      expect(three.length).toBe(3)
      expect(yield* accountQueries).toHaveLength(1)
      const four = yield* Stream.runCollect(Stream.take(stream, 4))
      expect(four.length).toBe(4)
      expect(yield* accountQueries).toHaveLength(3) // one more pass: 2 pages
    }).pipe(Effect.provide(standIn())))

  it.effect("refuses a bad limit with InputError naming it, before anything is sent", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stream.runCollect(PagedAccounts.readAccountsAll({ limit: 0 })))
      assert(error instanceof InputError)
      expect(error.field).toBe("limit")
      expect(yield* accountQueries).toHaveLength(0)
    }).pipe(Effect.provide(standIn())))

  it.effect("fails with the page's typed error after the items of the pages before", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const seen: Array<string> = []
      const error = yield* Effect.flip(Stream.runForEach(PagedAccounts.readAccountsAll({ limit: 3 }), (account) =>
        Effect.sync(() => {
          seen.push(account.Id)
          // Once the first page is read, the next request is refused.
          if (seen.length === 1) local.faults.add(Fault.status(ACCOUNTS, 400))
        })))
      assert(error instanceof ApiError)
      expect(error.status).toBe(400)
      expect(seen).toEqual(local.accounts.list().slice(0, 3).map((a) => a["Id"]))
    }).pipe(Effect.provide(standIn())))
})

/** A paged operation for scripted answers (never sent: the client below answers it). */
const Catalogue = Schema.Struct({
  OrganisationId: Schema.String,
  WorkloadCatalogueItems: Schema.Array(Schema.Struct({ Id: Schema.String })),
  Paging: Schema.optional(Schema.Struct({ Total: Schema.Number, NextOffset: Schema.optional(Schema.NullOr(Schema.Number)) }))
})
const readCatalogueItems = Operation.make({
  name: "Workloads.readCatalogueItems",
  method: "GET",
  path: "/workload-catalogue",
  input: Schema.Struct({ offset: Schema.optional(Schema.Number), limit: Schema.optional(Schema.Number), sort: Schema.optional(Schema.String) }),
  output: Schema.Struct({ WorkloadCatalogues: Schema.Array(Catalogue) })
})
type CatalogueAnswer = typeof readCatalogueItems.output.Type

/** A client answering every call from `answer(input)`, recording the inputs. */
const scriptedClient = (answer: (input: { readonly offset?: number; readonly limit?: number }) => CatalogueAnswer) => {
  const inputs: Array<unknown> = []
  const client: Service.Client = {
    call: (_operation, input) => Effect.sync(() => (inputs.push(input), answer(input as never) as never)),
    stream: () => Stream.die("not used")
  }
  return { client, inputs }
}

const catalogueItemsAll = paged(readCatalogueItems, {
  items: (out) => out.WorkloadCatalogues.flatMap((c) => c.WorkloadCatalogueItems),
  paging: (out) => out.WorkloadCatalogues.at(-1)?.Paging
})

/** A catalogue server over `total` items: pages of `limit` items, each split over two catalogues, Paging in each. */
const catalogueServer = (total: number, nextOffset = (offset: number, count: number): number | null => offset + count < total ? offset + count : null) =>
  (input: { readonly offset?: number; readonly limit?: number }): CatalogueAnswer => {
    const offset = input.offset ?? 0
    const ids = Array.from({ length: Math.max(0, Math.min(input.limit ?? 0, total - offset)) }, (_, i) => ({ Id: `item-${offset + i}` }))
    const half = Math.ceil(ids.length / 2)
    const paging = { Total: total, NextOffset: nextOffset(offset, ids.length) }
    return {
      WorkloadCatalogues: [
        { OrganisationId: "org", WorkloadCatalogueItems: ids.slice(0, half), Paging: paging },
        { OrganisationId: "org", WorkloadCatalogueItems: ids.slice(half), Paging: paging }
      ]
    }
  }

describe("paged with scripted answers", () => {
  it.effect("follows a Paging nested in the answer's items (the last catalogue's)", () =>
    Effect.gen(function*() {
      const { client, inputs } = scriptedClient(catalogueServer(10))
      const items = yield* Stream.runCollect(catalogueItemsAll.build(client)({ limit: 4, sort: "Name" }))
      expect(Chunk.toReadonlyArray(items).map((i) => i.Id)).toEqual(Array.from({ length: 10 }, (_, i) => `item-${i}`))
      expect(inputs).toEqual([
        { offset: 0, limit: 4, sort: "Name" },
        { offset: 4, limit: 4, sort: "Name" },
        { offset: 8, limit: 4, sort: "Name" }
      ])
    }))

  it.effect("ends after a page without paging, or with NextOffset null", () =>
    Effect.gen(function*() {
      const bare = scriptedClient(() => ({ WorkloadCatalogues: [{ OrganisationId: "org", WorkloadCatalogueItems: [{ Id: "only" }] }] }))
      expect(Chunk.toReadonlyArray(yield* Stream.runCollect(catalogueItemsAll.build(bare.client)()))).toEqual([{ Id: "only" }])
      expect(bare.inputs).toHaveLength(1)
      const none = scriptedClient(() => ({ WorkloadCatalogues: [] }))
      expect((yield* Stream.runCollect(catalogueItemsAll.build(none.client)())).length).toBe(0)
      expect(none.inputs).toHaveLength(1)
    }))

  it.effect("fails with DecodeError instead of looping when NextOffset does not move on", () =>
    Effect.gen(function*() {
      for (const next of [4, 2, 5.5]) {
        const { client, inputs } = scriptedClient(catalogueServer(100, (offset) => offset === 0 ? 4 : next))
        const seen: Array<string> = []
        const error = yield* Effect.flip(Stream.runForEach(catalogueItemsAll.build(client)({ limit: 4 }), (i) => Effect.sync(() => seen.push(i.Id))))
        assert(error instanceof DecodeError)
        expect(error.endpoint).toBe("Workloads.readCatalogueItems")
        expect(error.message).toContain(`NextOffset ${next}`)
        expect(seen).toHaveLength(8) // both pages' items, then the failure
        expect(inputs).toHaveLength(2)
      }
    }))

  it("yields each item once, in order, from the start offset, in ceil(remaining / limit) calls", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 0, max: 70 }), (total, limit, start) => {
      const { client, inputs } = scriptedClient(catalogueServer(total))
      const items = Effect.runSync(Stream.runCollect(catalogueItemsAll.build(client)({ limit, offset: start })))
      const expected = Array.from({ length: Math.max(0, total - start) }, (_, i) => `item-${start + i}`)
      expect(Chunk.toReadonlyArray(items).map((i) => i.Id)).toEqual(expected)
      expect(inputs).toHaveLength(Math.max(1, Math.ceil(expected.length / limit)))
    }), { numRuns: 300 })
  })
})
