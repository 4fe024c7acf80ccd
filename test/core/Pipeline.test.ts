import { HttpClient, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Redacted, Schema, Stream, TestClock } from "effect"
import { Documents, RetryPolicy, Stacks, Stax, StaxClient, StaxConfig } from "stax-effect"
import { Fault, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"

const local = (options: StaxLocalOptions = {}) => Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer(options)))
const noRetries = { client: { retry: RetryPolicy.none } }

describe("Pipeline: a write's error says whether it may have been applied (maybeApplied)", () => {
  const createFailing = (status: number) =>
    Effect.flip(Stacks.create({ stackPath: "A" })).pipe(
      Effect.provide(local({ ...noRetries, failureStatus: "http", faults: [Fault.status("POST /stack/create", status)] }))
    )

  it.effect("a 500, 502 or 504 to a POST: maybe applied", () =>
    Effect.gen(function*() {
      for (const status of [500, 502, 504]) {
        const error = yield* createFailing(status)
        expect(error._tag === "ApiError" || error._tag === "DecodeError").toBe(true)
        expect("maybeApplied" in error && error.maybeApplied).toBe(true)
      }
    }))

  it.effect("a 503 or 429 (documented as unprocessed) and a 400: certainly not applied", () =>
    Effect.gen(function*() {
      for (const status of [503, 429, 400]) {
        const error = yield* createFailing(status)
        assert(error._tag === "ApiError")
        expect(error.maybeApplied).toBe(false)
      }
    }))

  it.effect("a connection lost after the write was applied: maybe applied; refused before sending: not", () =>
    Effect.gen(function*() {
      const after = yield* Effect.flip(Stacks.create({ stackPath: "A" })).pipe(
        Effect.provide(local({ ...noRetries, faults: [Fault.reset("POST /stack/create", "after")] }))
      )
      assert(after._tag === "TransportError")
      expect(after.maybeApplied).toBe(true)
      const refused = yield* Effect.flip(Stacks.create({ stackPath: "A" })).pipe(
        Effect.provide(local({ ...noRetries, faults: [Fault.reset("POST /stack/create", "refuse")] }))
      )
      assert(refused._tag === "TransportError")
      expect(refused.maybeApplied).toBe(false)
    }))

  it.effect("a read's error carries no maybeApplied", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" })).pipe(
        Effect.provide(local({ ...noRetries, faults: [Fault.status("GET /stack/get", 500)] }))
      )
      expect(Object.hasOwn(error, "maybeApplied")).toBe(false)
    }))
})

describe("Pipeline: an overall deadline per call", () => {
  it.effect("an attempt is cut at the deadline when it is nearer than the timeout", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(
        Effect.flip(Stacks.get({ stackTag: "x" }).pipe(StaxClient.withDeadline("3 seconds")))
      )
      yield* TestClock.adjust("2999 millis")
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 millis")
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(error.message).toContain("deadline")
    }).pipe(Effect.provide(local({ client: { timeout: "10 seconds" }, faults: [Fault.delay("GET /stack/get", "1 minute")] }))))

  it.effect("retries never wait past the deadline: a Retry-After beyond it ends the call at once", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(Stacks.get({ stackTag: "x" })))
      yield* TestClock.adjust("1 millis")
      const done = fiber.unsafePoll()
      assert(done !== null && done._tag === "Success")
      const error = done.value
      assert(error._tag === "ApiError")
      expect(error.status).toBe(503)
      const state = yield* StaxLocal
      expect(state.model.requests.filter((r) => r.route === "GET /stack/get")).toHaveLength(1)
    }).pipe(Effect.provide(local({
      failureStatus: "http",
      client: { deadline: "5 seconds" },
      faults: [Fault.status("GET /stack/get", 503, { retryAfter: "10", times: 3 })]
    }))))

  it.effect("by default the deadline is twice the timeout", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(Stacks.get({ stackTag: "x" })))
      // Attempt 1 times out at 2 s; the retry waits ~0.5 s; attempt 2 is cut at the 4 s deadline.
      yield* TestClock.adjust("3999 millis")
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 millis")
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
    }).pipe(Effect.provide(local({
      client: { timeout: "2 seconds", retry: RetryPolicy.default.with({ jitter: 0 }) },
      faults: [Fault.delay("GET /stack/get", "1 minute", { times: 5 })]
    }))))
})

describe("Pipeline: per-call credentials", () => {
  it.effect("a value that cannot be a header is an InputError naming it, and nothing is sent", () =>
    Effect.gen(function*() {
      const client = yield* StaxClient
      const endpoint = StaxClient.endpoint({
        name: "Test.get",
        method: "GET",
        path: "/stack/get",
        input: Schema.Struct({ stackTag: Schema.String }),
        output: Schema.Unknown
      })
      const error = yield* Effect.flip(
        client.call(endpoint, { stackTag: "x" }, { credentials: { Module: Redacted.make("bad\r\nInjected: 1") } })
      )
      assert(error._tag === "InputError")
      expect(error.field).toBe("credentials.Module")
      expect(error.message).not.toContain("Injected")
      expect((yield* StaxLocal).model.requests).toHaveLength(0)
    }).pipe(Effect.provide(local())))
})

describe("Pipeline: downloads and redirects", () => {
  /** An API whose download redirects to a storage origin, which answers the file. */
  const storage = Layer.succeed(
    HttpClient.HttpClient,
    HttpClient.make((request) =>
      Effect.succeed(
        request.url.startsWith("https://storage.example/")
          ? HttpClientResponse.fromWeb(
            request,
            new Response(
              JSON.stringify({ sawAuthorization: request.headers["authorization"] ?? null, sawEmail: request.headers["email"] ?? null }),
              { status: 200, headers: { "content-type": "application/octet-stream" } }
            )
          )
          : HttpClientResponse.fromWeb(
            request,
            new Response(null, { status: 302, headers: { location: "https://storage.example/file?sig=abc" } })
          )
      )
    )
  )
  const layer = Stax.layer.pipe(
    Layer.provideMerge(StaxConfig.layer({ email: "a@b.co", apiKey: "downloadsecret", baseUrl: "https://api.stax.ai" })),
    Layer.provide(storage)
  )

  it.effect("a download follows a redirect to another origin (a presigned URL) without the credentials", () =>
    Effect.gen(function*() {
      const bytes = yield* Documents.download({ docId: "65a1f0c2000000000000abcd" }).pipe(
        Stream.runCollect,
        Effect.map((chunks) => Buffer.concat([...chunks]).toString("utf8"))
      )
      expect(JSON.parse(bytes)).toEqual({ sawAuthorization: null, sawEmail: null })
    }).pipe(Effect.provide(layer)))

  it.effect("a JSON call does not follow the same redirect", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Documents.get({ docId: "65a1f0c2000000000000abcd" }))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Redirect")
    }).pipe(Effect.provide(layer)))
})
