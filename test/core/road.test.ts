/**
 * The request core against a small fake API (test/core/support/fakeApi.ts), over every kind of transport:
 * our undici sender, our sender over the runtime's `fetch` (`FetchTransport`), the adapter over
 * `FetchHttpClient`, and the adapter over a client the user wrapped (`HttpClient.mapRequest` around
 * `UndiciHttpClient`). Every call takes the same road, so every behaviour here holds on all four.
 */
import { FetchHttpClient, HttpBody, HttpClient, HttpClientRequest } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, Duration, Effect, Layer, Schema, type Scope, Stream } from "effect"
import { FetchTransport, Stacks, Stax } from "stax-effect"
import { StaxLocal } from "stax-effect/testing"
import { UndiciHttpClient } from "stax-effect/node"
import type { Api } from "../../src/core/Api.js"
import { endpoint } from "../../src/core/Endpoint.js"
import * as Pipeline from "../../src/core/Pipeline.js"
import { RetryPolicy } from "../../src/core/RetryPolicy.js"
import { FAKE_KEY, fakeApi, fakeServer, json, type Reply } from "./support/fakeApi.js"

const Thing = Schema.Struct({ id: Schema.String })
const getThing = endpoint({
  name: "Things.get",
  method: "GET",
  path: "/things/get",
  input: Schema.Struct({ id: Schema.String, flag: Schema.optional(Schema.Boolean) }),
  output: Thing
})
const createThing = endpoint({ name: "Things.create", method: "POST", path: "/things", input: Schema.Struct({ name: Schema.String }), output: Thing })
const uploadThing = endpoint({
  name: "Things.upload",
  method: "POST",
  path: "/things/upload",
  input: Schema.Struct({ text: Schema.String }),
  output: Thing,
  body: (encoded: { text: string }) =>
    Effect.succeed(HttpBody.stream(Stream.make(new TextEncoder().encode(encoded.text)), "text/plain"))
})
const downloadThing = endpoint({ name: "Things.download", method: "GET", path: "/things/file", input: Schema.Struct({ id: Schema.String }), output: Schema.Unknown })

/** The transports: each gives the client the pipeline is made over. */
const transports: ReadonlyArray<readonly [string, Effect.Effect<HttpClient.HttpClient, never, Scope.Scope>]> = [
  ["our undici sender", UndiciHttpClient.make()],
  ["the adapter over FetchHttpClient", Effect.provide(HttpClient.HttpClient, FetchHttpClient.layer)],
  ["our fetch sender (FetchTransport)", Effect.provide(HttpClient.HttpClient, FetchTransport.layer)],
  [
    "the adapter over a wrapped UndiciHttpClient",
    Effect.map(UndiciHttpClient.make(), HttpClient.mapRequest(HttpClientRequest.setHeader("x-proxy", "wrapped")))
  ]
]

const pipelineOver = (client: Effect.Effect<HttpClient.HttpClient, never, Scope.Scope>, script: Array<Reply>, overrides: (origin: string) => Partial<Api> = () => ({})) =>
  Effect.gen(function*() {
    const server = yield* fakeServer(script)
    const http = yield* client
    return { server, pipeline: Pipeline.make(fakeApi(`${server.origin}/v1`, overrides(server.origin)), http) }
  })

for (const [name, client] of transports) {
  describe(`the request core over ${name}`, () => {
    it.scopedLive("a GET: the input is the query, the request authorised, the answer decoded", () =>
      Effect.gen(function*() {
        const { pipeline, server } = yield* pipelineOver(client, [json(200, { id: "t1" })])
        const thing = yield* pipeline.call(getThing, { id: "a b/c", flag: true })
        expect(thing).toEqual({ id: "t1" })
        const [received] = server.received
        expect(received?.url).toBe("/v1/things/get?id=a+b%2Fc&flag=true")
        expect(received?.headers["x-fake-key"]).toBe(FAKE_KEY)
        expect(received?.headers["user-agent"]).toBe("fake/1")
        if (name.includes("wrapped")) expect(received?.headers["x-proxy"]).toBe("wrapped")
      }))

    it.scopedLive("a POST: the input is the JSON body", () =>
      Effect.gen(function*() {
        const { pipeline, server } = yield* pipelineOver(client, [json(200, { id: "t2" })])
        yield* pipeline.call(createThing, { name: "ünï" })
        expect(server.received[0]?.body).toBe(`{"name":"ünï"}`)
        expect(server.received[0]?.headers["content-type"]).toBe("application/json")
      }))

    it.scopedLive("a 503 is retried by the policy; the second answer is the call's", () =>
      Effect.gen(function*() {
        const { pipeline, server } = yield* pipelineOver(client, [json(503, { busy: true }, { "retry-after": "0" }), json(200, { id: "t3" })])
        expect(yield* pipeline.call(getThing, { id: "x" })).toEqual({ id: "t3" })
        expect(server.received).toHaveLength(2)
      }))

    it.scopedLive("a redirect within the origin is followed and authorised again; to another origin it is refused", () =>
      Effect.gen(function*() {
        const other = yield* fakeServer([json(200, { id: "elsewhere" })])
        const { pipeline, server } = yield* pipelineOver(client, [
          json(302, {}, { location: "/v1/things/moved?id=x" }),
          json(200, { id: "moved" }),
          json(302, {}, { location: `${other.origin}/v1/things/get` })
        ])
        expect(yield* pipeline.call(getThing, { id: "x" })).toEqual({ id: "moved" })
        expect(server.received[1]?.url).toBe("/v1/things/moved?id=x")
        expect(server.received[1]?.headers["x-fake-key"]).toBe(FAKE_KEY)
        const error = yield* Effect.flip(pipeline.call(getThing, { id: "x" }))
        assert(error._tag === "TransportError")
        expect(error.reason).toBe("Redirect")
        expect(other.received).toHaveLength(0)
      }))

    it.scopedLive("an upload answered with a 307 is a refused redirect (reason Redirect), not followed", () =>
      Effect.gen(function*() {
        const { pipeline, server } = yield* pipelineOver(client, [json(307, {}, { location: "/v1/things/elsewhere" })])
        const error = yield* Effect.flip(pipeline.call(uploadThing, { text: "hello" }))
        assert(error._tag === "TransportError")
        expect(error.reason).toBe("Redirect")
        expect(server.received.map((r) => r.url)).toEqual(["/v1/things/upload"])
      }))

    it.scopedLive("a download answered 204 is an empty stream", () =>
      Effect.gen(function*() {
        const { pipeline } = yield* pipelineOver(client, [(_, response) => response.writeHead(204).end()])
        const chunks = yield* Stream.runCollect(pipeline.stream(downloadThing, { id: "x" }))
        expect(Chunk.size(chunks)).toBe(0)
      }))

    it.scopedLive("a download sent elsewhere and back to the API's origin is authorised again there, and not elsewhere", () =>
      Effect.gen(function*() {
        const file: Reply = (_, response) => {
          response.writeHead(200, { "content-type": "application/octet-stream", "content-length": "3" })
          response.end("abc")
        }
        const api = yield* fakeServer([])
        const storage = yield* fakeServer([json(302, {}, { location: `${api.origin}/v1/things/back` })])
        api.script.push(json(302, {}, { location: `${storage.origin}/bucket/file` }), file)
        const http = yield* client
        // Fixed credentials: the first request carries them without being authorised per attempt.
        const pipeline = Pipeline.make(fakeApi(`${api.origin}/v1`, { fixedHeaders: { "x-fake-key": FAKE_KEY } }), http)
        const bytes = yield* Stream.runFold(pipeline.stream(downloadThing, { id: "x" }), 0, (n, chunk) => n + chunk.byteLength)
        expect(bytes).toBe(3)
        expect(storage.received[0]?.headers["x-fake-key"]).toBeUndefined()
        expect(api.received.map((r) => [r.url, r.headers["x-fake-key"]])).toEqual([
          ["/v1/things/file?id=x", FAKE_KEY],
          ["/v1/things/back", FAKE_KEY]
        ])
      }))

    it.scopedLive("an answer over maxResponseBytes fails with TooLarge, whatever wraps the client", () =>
      Effect.gen(function*() {
        const { pipeline } = yield* pipelineOver(client, [json(200, { id: "x".repeat(5000) })], () => ({ maxResponseBytes: 1000 }))
        const error = yield* Effect.flip(pipeline.call(getThing, { id: "x" }))
        assert(error._tag === "TransportError")
        expect(error.reason).toBe("TooLarge")
      }))

    it.scopedLive("no answer within the timeout: a Timeout, retried until the deadline, the key in no message", () =>
      Effect.gen(function*() {
        const { pipeline, server } = yield* pipelineOver(client, [() => undefined], () => ({
          timeout: Duration.millis(150),
          retry: RetryPolicy.default.with({ jitter: 0, backoffFactor: 0.01 })
        }))
        const error = yield* Effect.flip(pipeline.call(getThing, { id: "x" }))
        assert(error._tag === "TransportError")
        expect(error.reason).toBe("Timeout")
        expect(server.received.length).toBeGreaterThanOrEqual(2)
        expect(JSON.stringify(error)).not.toContain(FAKE_KEY)
      }))

    it.scopedLive("a download's body is bounded by downloadTimeout, not by the deadline (which ends when it starts)", () =>
      Effect.gen(function*() {
        const trickle: Reply = (_, response) => {
          response.writeHead(200, { "content-type": "application/octet-stream" })
          let sent = 0
          const timer = setInterval(() => {
            if (response.destroyed || sent === 12) {
              clearInterval(timer)
              if (!response.destroyed) response.end()
              return
            }
            sent++
            response.write("x")
          }, 100)
        }
        // 12 bytes over ~1.2 s: past the deadline (300 ms), each chunk well within the timeout (1 s).
        const limits = { timeout: Duration.seconds(1), deadline: Duration.millis(300) }
        const whole = yield* pipelineOver(client, [trickle], () => limits)
        const bytes = yield* Stream.runFold(whole.pipeline.stream(downloadThing, { id: "x" }), 0, (n, chunk) => n + chunk.byteLength)
        expect(bytes).toBe(12)
        const bounded = yield* pipelineOver(client, [trickle], () => ({ ...limits, downloadTimeout: Duration.millis(500) }))
        const error = yield* Effect.flip(Stream.runDrain(bounded.pipeline.stream(downloadThing, { id: "x" })))
        assert(error._tag === "TransportError")
        expect(error.reason).toBe("Timeout")
        expect(error.message).toContain("the download took longer")
      }))
  })
}

describe("the request core's transformRequest", () => {
  it.scopedLive("changes every request as it is sent, over our undici sender too", () =>
    Effect.gen(function*() {
      const { pipeline, server } = yield* pipelineOver(transports[0]![1], [json(200, { id: "t" })], () => ({
        transformRequest: (request) => ({ ...request, headers: { ...request.headers, "x-proxy-authorization": "proxy" } })
      }))
      yield* pipeline.call(getThing, { id: "x" })
      expect(server.received[0]?.headers["x-proxy-authorization"]).toBe("proxy")
      expect(server.received[0]?.headers["x-fake-key"]).toBe(FAKE_KEY)
    }))
})

describe("StaxConfig's transformRequest option", () => {
  it.scopedLive("reaches every request of the public API, over the README's transport", () =>
    Effect.gen(function*() {
      const layer = Stax.layer.pipe(
        Layer.provideMerge(StaxLocal.layerServer({
          client: { transformRequest: (request) => ({ ...request, headers: { ...request.headers, "x-proxy-authorization": "proxy" } }) }
        })),
        Layer.provide(UndiciHttpClient.layer)
      )
      const seen = yield* Effect.gen(function*() {
        const local = yield* StaxLocal
        yield* Effect.flip(Stacks.get({ stackTag: "nothing-here" }))
        return local.model.requests.at(-1)?.headerNames ?? []
      }).pipe(Effect.provide(layer))
      expect(seen).toContain("x-proxy-authorization")
      expect(seen).toContain("authorization")
    }))
})
