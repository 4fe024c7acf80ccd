/**
 * The Stax cloud client against the stand-in served on a real 127.0.0.1 socket, over both HTTP clients
 * (platform's FetchHttpClient and the SDK's UndiciHttpClient): the login, and SigV4 signatures that must
 * survive what a real socket does to a request (its Host, its encoded path and query, its body).
 */
import { FetchHttpClient, type HttpClient } from "@effect/platform"
import { afterEach, expect, layer, vi } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { Accounts, RetryPolicy, StaxCloud, StaxCloudClient } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { program } from "../../examples/stax-cloud-accounts.js"
import * as Operation from "../../src/core/Operation.js"
import * as UndiciHttpClient from "../../src/node/UndiciHttpClient.js"

/** A test-only POST with a JSON body (the stand-in refuses the method after checking the signature). */
const createThing = Operation.make({
  name: "Test.createThing",
  method: "POST",
  path: "/insights",
  input: Schema.Struct({ Name: Schema.String, Note: Schema.String }),
  output: Schema.Unknown
})

const served = (http: Layer.Layer<HttpClient.HttpClient>) =>
  StaxCloud.layer.pipe(
    Layer.provideMerge(StaxCloudLocal.layerServer({ client: { retry: RetryPolicy.none } })),
    Layer.provideMerge(http)
  )

afterEach(() => {
  vi.restoreAllMocks()
})

for (const [name, http] of [["FetchHttpClient", FetchHttpClient.layer], ["UndiciHttpClient", UndiciHttpClient.layer]] as const) {
  layer(served(http), { excludeTestServices: true })(`Stax cloud over a loopback socket with ${name}`, (it) => {
    it.effect("logs in through SRP and the identity pool, and reads the active accounts with their tags", () =>
      Effect.gen(function*() {
        const local = yield* StaxCloudLocal
        expect(local.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/20190206$/)
        const { Accounts: active } = yield* Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
        const expected = local.accounts.list().filter((a) => a["Status"] === "ACTIVE")
        expect(active.map((a) => a.Id)).toEqual(expected.map((a) => a["Id"]))
        expect(active.every((a) => a.Tags !== undefined)).toBe(true)
        expect(local.cognito.counters().logins).toBeGreaterThanOrEqual(1)
        expect(local.requests.at(-1)?.signed).toBe(true)
      }))

    it.effect("a signature survives the socket: a path and a query that need encoding", () =>
      Effect.gen(function*() {
        const local = yield* StaxCloudLocal
        const error = yield* Effect.flip(Accounts.readAccounts({ accountId: "a/b c+d é" }))
        expect(error._tag).toBe("ApiError")
        expect(local.requests.at(-1)?.signed).toBe(true)
        const found = yield* Accounts.readAccounts({ nameFilter: "bakery & co/+1 ~é", sort: "Name", sortOrder: "DESC" })
        expect(found.Accounts).toEqual([])
        expect(local.requests.at(-1)?.signed).toBe(true)
        expect(local.requests.at(-1)?.query).toEqual({ name_filter: "bakery & co/+1 ~é", sort: "Name", sort_order: "DESC" })
      }))

    it.effect("a signature survives the socket: a POST with a JSON body", () =>
      Effect.gen(function*() {
        const local = yield* StaxCloudLocal
        const client = yield* StaxCloudClient
        const error = yield* Effect.flip(client.call(createThing, { Name: "Loopback", Note: "ünïcödé & \"quotes\"" }))
        // The stand-in serves no POST here: its answer comes after the signature was found good.
        expect(error._tag).toBe("AuthError")
        expect(local.requests.at(-1)?.route).toBe("POST /20190206/insights")
        expect(local.requests.at(-1)?.signed).toBe(true)
      }))

    it.effect("runs examples/stax-cloud-accounts.ts's program, which prints the accounts", () =>
      Effect.gen(function*() {
        const local = yield* StaxCloudLocal
        const printed: Array<string> = []
        vi.spyOn(console, "log").mockImplementation((...args: Array<unknown>) => void printed.push(args.map(String).join(" ")))
        const { active, all } = yield* program
        expect(all.Accounts.length).toBe(local.accounts.list().length)
        expect(printed[0]).toBe(`${all.Accounts.length} accounts:`)
        for (const account of all.Accounts) expect(printed.some((line) => line.includes(account.Name))).toBe(true)
        expect(printed).toContain(`${active.Accounts.length} active, with tags:`)
        expect(active.Accounts.length).toBeGreaterThan(0)
      }))
  })
}
