/**
 * One road, whatever the transport and the credentials: through the public API over real loopback
 * sockets, the same calls over `UndiciHttpClient` with fixed credentials (our undici sender, credentials
 * set once), over `FetchHttpClient` (the adapter over the platform's client) and, where the wire bytes
 * matter, over `UndiciHttpClient` with a credentials provider (authorised per attempt) must send the same
 * bytes and end the same way: answers, retries, maybeApplied, interpretation, redirects, time limits,
 * invalid input, spans and interruption. (Until 0.3 the first of these took an "express path" of its
 * own; these tests proved the two paths agreed, and now guard that nothing forks again.)
 *
 * The server is a node:http server on 127.0.0.1 that records every request and answers it from a
 * script (a status and body, a dropped connection, no answer at all) and, once the script is used up,
 * as the local stand-in (`StaxLocal`) does.
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Exit, Fiber, Layer, Redacted, Runtime, type Scope, Tracer } from "effect"
import * as http from "node:http"
import { buffer } from "node:stream/consumers"
import type * as net from "node:net"
import { Documents, RetryPolicy, Search, Stacks, Stax, StaxClient, StaxConfig } from "stax-effect"
import { UndiciHttpClient } from "stax-effect/node"
import { StaxLocal, type StaxLocalOptions, type StaxLocalService } from "stax-effect/testing"
import { recordingTracer } from "../support/tracing.js"

// ---------------------------------------------------------------------------------------------
// The scripted loopback server
// ---------------------------------------------------------------------------------------------

/** A request as the server received it. */
interface Seen {
  readonly method: string
  /** Path and query, as sent. */
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: Buffer
}

/** How the server answers one request. */
type Reply =
  | { readonly _tag: "Answer"; readonly status: number; readonly headers: Record<string, string>; readonly body: string }
  /** Drops the connection once the request is in, without an answer. */
  | { readonly _tag: "Destroy" }
  /** Never answers (until the client gives up). */
  | { readonly _tag: "Hang" }
  /** The stand-in's answer, after a delay. */
  | { readonly _tag: "Late"; readonly millis: number }

type Answer = Extract<Reply, { readonly _tag: "Answer" }>

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  _tag: "Answer",
  status,
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body)
})
const html = (status: number): Answer => ({
  _tag: "Answer",
  status,
  headers: { "content-type": "text/html" },
  body: `<html><body><h1>${status} Bad Gateway</h1></body></html>`
})
const destroy: Reply = { _tag: "Destroy" }
const hang: Reply = { _tag: "Hang" }
const redirect = (status: number, location: string): Reply => ({ _tag: "Answer", status, headers: { location }, body: "" })

interface Server {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** The stand-in that answers once the script is used up. */
  readonly local: StaxLocalService
  /** Every request received, in order. */
  readonly seen: Array<Seen>
  /** Replies still to give, in order (tests push onto it); then the stand-in answers. */
  readonly script: Array<Reply>
  /** Requests whose connection the client closed before they were answered (a `Destroy` aside). */
  readonly abandoned: () => number
  /** Done when the client closed the connection of a request still unanswered. */
  readonly abandonedOnce: Deferred.Deferred<void>
}

/** The stand-in's answer to a request the server received. */
const standIn = async (
  runtime: Runtime.Runtime<never>,
  local: StaxLocalService,
  seen: Seen,
  req: http.IncomingMessage,
  res: http.ServerResponse
): Promise<void> => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(seen.headers)) {
    if (typeof value === "string") headers.set(name, value)
  }
  const init: RequestInit = { method: seen.method, headers }
  if (seen.method !== "GET" && seen.method !== "HEAD") init.body = new Uint8Array(seen.body)
  const result = await Runtime.runPromise(runtime)(local.handle(new Request(new URL(seen.url, local.baseUrl), init)))
  if (result._tag === "Reset") {
    req.socket.destroy()
    return
  }
  const bytes = Buffer.from(await result.response.arrayBuffer())
  res.writeHead(result.response.status, Object.fromEntries(result.response.headers))
  res.end(bytes)
}

/**
 * Serves the script, then the stand-in (built with `options`), on 127.0.0.1 for the scope's life.
 * Built in the test's runtime: under `it.scoped` the stand-in's clock is the `TestClock` (its
 * timestamps do not move, so two answers compare equal).
 */
const serve = (options: StaxLocalOptions = {}): Effect.Effect<Server, never, Scope.Scope> =>
  Effect.gen(function*() {
    const runtime = yield* Effect.runtime<never>()
    const seen: Array<Seen> = []
    const script: Array<Reply> = []
    const sockets = new Set<net.Socket>()
    const abandonedOnce = yield* Deferred.make<void>()
    let abandoned = 0
    let local: StaxLocalService | undefined
    const server = http.createServer((req, res) => {
      void buffer(req).then(async (body) => {
        const request: Seen = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body }
        seen.push(request)
        const reply = script.shift()
        res.on("close", () => {
          if (!res.writableFinished && reply?._tag !== "Destroy") {
            abandoned++
            Deferred.unsafeDone(abandonedOnce, Exit.void)
          }
        })
        if (reply === undefined) return standIn(runtime, local!, request, req, res)
        switch (reply._tag) {
          case "Answer":
            res.writeHead(reply.status, reply.headers)
            res.end(reply.body)
            return
          case "Destroy":
            req.socket.destroy()
            return
          case "Hang":
            return
          case "Late":
            setTimeout(() => void standIn(runtime, local!, request, req, res).catch(() => res.destroy()), reply.millis)
            return
        }
      }).catch(() => res.destroy())
    })
    server.keepAliveTimeout = 30_000
    server.on("connection", (socket) => {
      sockets.add(socket)
      socket.on("close", () => sockets.delete(socket))
    })
    const url = yield* Effect.acquireRelease(
      Effect.async<string>((resume) => {
        server.listen(0, "127.0.0.1", () => resume(Effect.succeed(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}`)))
      }),
      () =>
        Effect.async<void>((resume) => {
          for (const socket of sockets) socket.destroy()
          server.close(() => resume(Effect.void))
        })
    )
    local = yield* StaxLocal.make(options, url)
    return { url, local, seen, script, abandoned: () => abandoned, abandonedOnce }
  })

/** The requests the server received for `path` (without the query). */
const to = (server: Server, path: string): Array<Seen> => server.seen.filter((s) => s.url.split("?")[0] === path)

// ---------------------------------------------------------------------------------------------
// The SDK over each path
// ---------------------------------------------------------------------------------------------

/** The stand-in's default team credentials (`StaxLocal` accepts them). */
const EMAIL = "admin@stax.local"
const API_KEY = "local0000000000000000000000000000000key"

/** The default policy with waits short enough for real time (10 ms, then 20 ms; no jitter). */
const FAST = RetryPolicy.default.with({ backoffFactor: 0.01, maxDelay: 0.02, jitter: 0 })

/** Runs the calls of an effect with no retries (a per-call setting). */
const noRetries = StaxClient.withRetryPolicy(RetryPolicy.none)

type Options = Omit<StaxConfig.Options, "email" | "apiKey" | "credentials">

const sdk = (http: Layer.Layer<HttpClient.HttpClient>, config: StaxConfig.Options) =>
  Stax.layer.pipe(Layer.provide(StaxConfig.layer({ retry: FAST, ...config })), Layer.provide(http))

/** `UndiciHttpClient` and fixed credentials: our undici sender, the request authorised once. */
const undiciFixed = (server: Server, options: Options = {}) =>
  sdk(UndiciHttpClient.layer, { email: EMAIL, apiKey: API_KEY, baseUrl: server.url, ...options })

/** The same over `FetchHttpClient`: the adapter over the platform's client. */
const overFetch = (server: Server, options: Options = {}) =>
  sdk(FetchHttpClient.layer, { email: EMAIL, apiKey: API_KEY, baseUrl: server.url, ...options })

/** `UndiciHttpClient` with the same credentials from a provider: authorised on every attempt. */
const undiciProvider = (server: Server, options: Options = {}) =>
  sdk(UndiciHttpClient.layer, {
    credentials: Effect.succeed({ email: EMAIL, apiKey: Redacted.make(API_KEY) }),
    baseUrl: server.url,
    ...options
  })

/** What an error says, for comparing the two paths (a transport's own wording aside). */
const summary = (error: unknown) => {
  const e = error as Record<string, unknown>
  return {
    _tag: e["_tag"],
    status: e["status"],
    reason: e["reason"],
    maybeSent: e["maybeSent"],
    maybeApplied: e["maybeApplied"],
    field: e["field"],
    ...(e["_tag"] === "TransportError" ? {} : { message: e["message"], excerpt: e["excerpt"] })
  }
}

// Seeded resources (ids given, so both paths see the same).
const STACK_ID = "65a1f0c2aaaaaaaaaaaa0001"
const DOC_ID = "65a1f0c2bbbbbbbbbbbb0001"
const seed: StaxLocalOptions = {
  seed: {
    stacks: [{ _id: STACK_ID, path: "Invoices" }],
    documents: [{ _id: DOC_ID, name: "invoice.pdf", stack: STACK_ID, content: "%PDF-1.4 fake" }]
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Success
// ---------------------------------------------------------------------------------------------

describe("one road: a 2xx answer", () => {
  it.scoped("a GET decodes to what the general path decodes; one request with the SDK's headers", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const viaExpress = yield* Documents.get({ docId: DOC_ID }).pipe(Effect.provide(undiciFixed(server)))
      expect(server.seen).toHaveLength(1)
      const viaFetch = yield* Documents.get({ docId: DOC_ID }).pipe(Effect.provide(overFetch(server)))
      const viaUndici = yield* Documents.get({ docId: DOC_ID }).pipe(Effect.provide(undiciProvider(server)))
      expect(viaExpress._id).toBe(DOC_ID)
      expect(viaExpress).toEqual(viaFetch)
      expect(viaExpress).toEqual(viaUndici)

      expect(server.seen).toHaveLength(3)
      const [first, , third] = server.seen
      expect(first!.method).toBe("GET")
      expect(first!.url).toBe(`/document/get?docId=${DOC_ID}`)
      expect(first!.headers["email"]).toBe(EMAIL)
      expect(first!.headers["authorization"]).toBe(`Bearer ${API_KEY}`)
      expect(first!.headers["accept"]).toBe("application/json")
      expect(first!.headers["user-agent"]).toBe(StaxConfig.defaultUserAgent)
      expect(first!.headers["content-type"]).toBeUndefined()
      expect(first!.body.byteLength).toBe(0)
      // The same request as the general path over the same transport, trace headers aside.
      const sdkHeaders = (s: Seen) => {
        const { b3: _b3, traceparent: _tp, ...rest } = s.headers
        return rest
      }
      expect(sdkHeaders(first!)).toEqual(sdkHeaders(third!))
      expect(first!.url).toBe(third!.url)
    }))

  it.scoped("a POST decodes to what the general path decodes; the JSON body bytes are the general path's", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const input = { stackId: STACK_ID, stackDiff: { pinned: true, keys: ["Total", "Été & co"] } }
      const viaExpress = yield* Stacks.update(input).pipe(Effect.provide(undiciFixed(server)))
      expect(server.seen).toHaveLength(1)
      const viaFetch = yield* Stacks.update(input).pipe(Effect.provide(overFetch(server)))
      const viaUndici = yield* Stacks.update(input).pipe(Effect.provide(undiciProvider(server)))
      expect(viaExpress?._id).toBe(STACK_ID)
      expect(viaExpress?.pinned).toBe(true)
      expect(viaExpress).toEqual(viaFetch)
      expect(viaExpress).toEqual(viaUndici)

      const posts = to(server, "/stack/update")
      expect(posts).toHaveLength(3)
      const [first, second, third] = posts
      expect(first!.method).toBe("POST")
      expect(first!.url).toBe("/stack/update")
      expect(first!.headers["content-type"]).toBe("application/json")
      expect(first!.headers["content-length"]).toBe(String(first!.body.byteLength))
      expect(first!.headers["email"]).toBe(EMAIL)
      expect(first!.headers["authorization"]).toBe(`Bearer ${API_KEY}`)
      expect(first!.headers["accept"]).toBe("application/json")
      expect(first!.headers["user-agent"]).toBe(StaxConfig.defaultUserAgent)
      expect(JSON.parse(first!.body.toString("utf8"))).toEqual(input)
      expect(first!.body.equals(second!.body)).toBe(true)
      expect(first!.body.equals(third!.body)).toBe(true)
      const { b3: _b3, traceparent: _tp, ...expressHeaders } = first!.headers
      const { b3: _b3u, traceparent: _tpu, ...undiciHeaders } = third!.headers
      expect(expressHeaders).toEqual(undiciHeaders)
    }))

  it.scopedLive("a query with characters to encode, a base URL with a path and a path override: the general path's URL", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const options: Options = { baseUrl: `${server.url}/api/v1/`, paths: { "Stacks.get": "/stacks/by-tag" } }
      const tag = "a b&c=d/é?#+%"
      for (const layer of [undiciFixed(server, options), overFetch(server, options), undiciProvider(server, options)]) {
        server.script.push(answer(400, { success: false, error: "bad" }))
        const error = yield* Effect.flip(Stacks.get({ stackTag: tag }).pipe(Effect.provide(layer)))
        expect(summary(error)).toEqual(summary({ _tag: "ApiError", status: 400, message: "bad" }))
      }
      expect(server.seen).toHaveLength(3)
      const [viaExpress, viaFetch, viaUndici] = server.seen.map((s) => s.url)
      expect(new URL(viaExpress!, server.url).pathname).toBe("/api/v1/stacks/by-tag")
      expect(new URL(viaExpress!, server.url).searchParams.get("stackTag")).toBe(tag)
      expect(viaExpress).toBe(viaFetch)
      expect(viaExpress).toBe(viaUndici)
    }))

  it.scoped("a search with filters: the general path's query and result", () =>
    Effect.gen(function*() {
      const server = yield* serve({
        seed: {
          stacks: [{ _id: STACK_ID, path: "Invoices" }],
          documents: [
            { _id: DOC_ID, name: "invoice total.pdf", stack: STACK_ID },
            { _id: "65a1f0c2bbbbbbbbbbbb0002", name: "invoice other.pdf", stack: STACK_ID }
          ]
        }
      })
      const input = { query: "invoice", size: 1, from: 0, filters: { stackId: STACK_ID, "a b": "c&d=é", archived: false, n: 1.5 } }
      const viaExpress = yield* Search.search(input).pipe(Effect.provide(undiciFixed(server)))
      const viaFetch = yield* Search.search(input).pipe(Effect.provide(overFetch(server)))
      expect(viaExpress).toEqual(viaFetch)
      expect(viaExpress.hits).toHaveLength(1)
      const [first, second] = to(server, "/document/search")
      expect(first!.url).toBe(second!.url)
      const query = new URL(first!.url, server.url).searchParams
      expect(Object.fromEntries(query)).toEqual({
        stackId: STACK_ID,
        "a b": "c&d=é",
        archived: "false",
        n: "1.5",
        query: "invoice",
        size: "1",
        from: "0"
      })
    }))

  it.scopedLive("concurrent calls each get their own answer", () =>
    Effect.gen(function*() {
      const tags = Array.from({ length: 24 }, (_, i) => `Stack ${i}`)
      const server = yield* serve({ seed: { stacks: tags.map((path) => ({ path })) } })
      const stacks = yield* Effect.forEach(tags, (stackTag) => Stacks.get({ stackTag }), { concurrency: "unbounded" }).pipe(
        Effect.provide(undiciFixed(server))
      )
      expect(stacks.map((s) => s.path)).toEqual(tags)
      expect(to(server, "/stack/get")).toHaveLength(tags.length)
    }))
})

// ---------------------------------------------------------------------------------------------
// 2. Retries
// ---------------------------------------------------------------------------------------------

describe("one road: a status to retry resumes the general path's retries from the first answer", () => {
  it.scopedLive("a 503 then 200: the call succeeds after exactly 2 requests", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      server.script.push(answer(503, { success: false, error: "busy" }))
      const stack = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(undiciFixed(server)))
      expect(stack._id).toBe(STACK_ID)
      expect(to(server, "/stack/get")).toHaveLength(2)
      // The retry carries the same credentials.
      expect(server.seen[1]!.headers["authorization"]).toBe(`Bearer ${API_KEY}`)
      expect(server.seen[1]!.url).toBe(server.seen[0]!.url)
    }))

  it.scopedLive("a 429 with Retry-After then 200: succeeds after exactly 2 requests, the wait capped by maxDelay", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      server.script.push(answer(429, { success: false, error: "slow down" }, { "retry-after": "1" }))
      const started = Date.now()
      const stack = yield* Stacks.get({ stackTag: "Invoices" }).pipe(Effect.provide(undiciFixed(server)))
      expect(stack._id).toBe(STACK_ID)
      expect(to(server, "/stack/get")).toHaveLength(2)
      // Retry-After: 1 (second), capped at maxDelay (20 ms).
      expect(Date.now() - started).toBeLessThan(900)
    }))

  it.scopedLive("503 three times: the last answer is the error after exactly maxAttempts requests, as on the general path", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        server.script.push(...Array.from({ length: 3 }, () => answer(503, { success: false, error: "busy" })))
        errors.push(yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))))
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "ApiError", status: 503, message: "busy" })
      expect(to(server, "/stack/get")).toHaveLength(6)
    }))

  it.scopedLive("with RetryPolicy.none (per call, or configured): exactly 1 request and an ApiError with the status", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      server.script.push(answer(503, { success: false, error: "busy" }))
      const error = yield* Effect.flip(
        Stacks.get({ stackId: STACK_ID }).pipe(StaxClient.withRetryPolicy(RetryPolicy.none), Effect.provide(undiciFixed(server)))
      )
      assert(error._tag === "ApiError")
      expect(error.status).toBe(503)
      expect(error.message).toBe("busy")
      expect(Object.hasOwn(error, "maybeApplied")).toBe(false)
      expect(to(server, "/stack/get")).toHaveLength(1)

      // The configured policy, too.
      server.script.push(answer(429, { success: false, error: "slow down" }, { "retry-after": "7" }))
      const configured = yield* Effect.flip(
        Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(undiciFixed(server, { retry: RetryPolicy.none })))
      )
      assert(configured._tag === "ApiError")
      expect(configured.status).toBe(429)
      expect(configured.retryAfterSeconds).toBe(7)
      expect(to(server, "/stack/get")).toHaveLength(2)
    }))
})

// ---------------------------------------------------------------------------------------------
// 3. Writes and transport failures
// ---------------------------------------------------------------------------------------------

describe("one road: writes say whether they may have been applied; transport failures are retried per policy", () => {
  it.scopedLive("a POST answered 500: ApiError, maybeApplied, not retried (as on the general path)", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        server.script.push(answer(500, { success: false, error: "boom" }))
        errors.push(yield* Effect.flip(Stacks.create({ stackPath: "New" }).pipe(Effect.provide(layer))))
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "ApiError", status: 500, maybeApplied: true })
      expect(to(server, "/stack/create")).toHaveLength(2)
      expect(server.local.model.stacks.size).toBe(0)
    }))

  it.scopedLive("a POST answered 503 (unprocessed): retried, and succeeds after exactly 2 requests; with no retries, not applied", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      server.script.push(answer(503, { success: false, error: "busy" }))
      const created = yield* Stacks.create({ stackPath: "New" }).pipe(Effect.provide(undiciFixed(server)))
      expect(created.path).toBe("New")
      expect(to(server, "/stack/create")).toHaveLength(2)
      expect(server.local.model.appliedCount("POST /stack/create")).toBe(1)

      server.script.push(answer(503, { success: false, error: "busy" }))
      const error = yield* Effect.flip(
        Stacks.create({ stackPath: "Other" }).pipe(noRetries, Effect.provide(undiciFixed(server)))
      )
      assert(error._tag === "ApiError")
      expect(error.status).toBe(503)
      expect(error.maybeApplied).toBe(false)
      expect(to(server, "/stack/create")).toHaveLength(3)
    }))

  it.scopedLive("a POST whose connection drops: TransportError, maybe applied, sent once (as on the general path)", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        server.script.push(destroy)
        errors.push(yield* Effect.flip(Stacks.create({ stackPath: "New" }).pipe(Effect.provide(layer))))
      }
      expect(summary(errors[0])).toEqual({
        ...summary(errors[1]),
        _tag: "TransportError",
        reason: "Connection",
        maybeSent: true,
        maybeApplied: true
      })
      expect(to(server, "/stack/create")).toHaveLength(2)
    }))

  it.scopedLive("a GET whose connection drops once: retried, succeeds after exactly 2 requests", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      server.script.push(destroy)
      const stack = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(undiciFixed(server)))
      expect(stack._id).toBe(STACK_ID)
      expect(to(server, "/stack/get")).toHaveLength(2)
    }))

  it.scopedLive("a GET whose connection always drops: TransportError after exactly maxAttempts requests; 1 with no retries", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        server.script.push(destroy, destroy, destroy)
        errors.push(yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))))
        expect(server.script).toHaveLength(0)
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "TransportError", reason: "Connection", maybeSent: true })
      expect(to(server, "/stack/get")).toHaveLength(6)

      server.script.push(destroy)
      const once = yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(noRetries, Effect.provide(undiciFixed(server))))
      expect(once._tag).toBe("TransportError")
      expect(to(server, "/stack/get")).toHaveLength(7)
    }))

  it.scopedLive("a POST whose connection is refused: TransportError Connect, not applied (as on the general path)", () =>
    Effect.gen(function*() {
      // A port that was just free: nothing listens there.
      const closed = yield* Effect.scoped(Effect.map(serve(), (s) => s.url))
      const layers = [undiciFixed, overFetch].map((layer) => layer({ url: closed } as Server))
      const errors: Array<unknown> = []
      for (const layer of layers) errors.push(yield* Effect.flip(Stacks.create({ stackPath: "New" }).pipe(Effect.provide(layer))))
      expect(summary(errors[0])).toEqual({
        ...summary(errors[1]),
        _tag: "TransportError",
        reason: "Connect",
        maybeSent: false,
        maybeApplied: false
      })
    }))

  it.scopedLive("an answer over maxResponseBytes: TransportError TooLarge, not retried (as on the general path)", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server, { maxResponseBytes: 1024 }), overFetch(server, { maxResponseBytes: 1024 })]) {
        server.script.push(answer(200, { success: true, stack: { _id: STACK_ID, padding: "x".repeat(4096) } }))
        errors.push(yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))))
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "TransportError", reason: "TooLarge" })
      expect(to(server, "/stack/get")).toHaveLength(2)
    }))
})

// ---------------------------------------------------------------------------------------------
// 4. Failure answers: interpreted as on the general path
// ---------------------------------------------------------------------------------------------

describe("one road: a failure answer is interpreted as on the general path", () => {
  const envelope = (fields: Record<string, unknown>) => ({ success: false, ...fields })
  const cases: ReadonlyArray<{ readonly name: string; readonly reply: Reply; readonly expected: Record<string, unknown> }> = [
    {
      name: "200 with authError",
      reply: answer(200, envelope({ authError: true, error: "Invalid API key" })),
      expected: { _tag: "AuthError", status: 200, message: "Invalid API key" }
    },
    {
      name: "401 with authError",
      reply: answer(401, envelope({ authError: true, error: "Invalid API key" })),
      expected: { _tag: "AuthError", status: 401, message: "Invalid API key" }
    },
    { name: "403 as plain text", reply: { ...html(403), body: "Forbidden" }, expected: { _tag: "AuthError", status: 403, message: "HTTP 403" } },
    { name: "400 with an error", reply: answer(400, envelope({ error: "bad" })), expected: { _tag: "ApiError", status: 400, message: "bad" } },
    {
      name: "404 with an error",
      reply: answer(404, envelope({ error: "Stack not found" })),
      expected: { _tag: "ApiError", status: 404, message: "Stack not found" }
    },
    { name: "200 with success: false", reply: answer(200, envelope({ error: "nope" })), expected: { _tag: "ApiError", status: 200, message: "nope" } },
    { name: "an HTML 502 page", reply: html(502), expected: { _tag: "DecodeError", status: 502 } },
    { name: "a 2xx HTML page", reply: html(200), expected: { _tag: "DecodeError", status: 200 } },
    { name: "a 2xx JSON without success", reply: answer(200, { ok: true }), expected: { _tag: "DecodeError", status: 200 } },
    { name: "a 2xx without the payload", reply: answer(200, { success: true }), expected: { _tag: "DecodeError", status: 200 } },
    { name: "a 2xx cut short", reply: answer(200, "{\"success\":true,\"stack\":{\"_id\""), expected: { _tag: "DecodeError", status: 200 } },
    { name: "an empty 204", reply: { _tag: "Answer", status: 204, headers: {}, body: "" }, expected: { _tag: "DecodeError", status: 204 } }
  ]

  for (const { expected, name, reply } of cases) {
    it.scopedLive(`${name}: ${String(expected["_tag"])} (GET and POST, no retries)`, () =>
      Effect.gen(function*() {
        const server = yield* serve()
        const calls = [
          Stacks.get({ stackId: STACK_ID }),
          Stacks.create({ stackPath: "New" })
        ] as const
        for (const call of calls) {
          const errors: Array<unknown> = []
          for (const layer of [undiciFixed(server, { retry: RetryPolicy.none }), overFetch(server, { retry: RetryPolicy.none })]) {
            server.script.push(reply)
            errors.push(yield* Effect.flip(call.pipe(Effect.provide(layer))))
          }
          expect(summary(errors[0])).toEqual(summary(errors[1]))
          expect(summary(errors[0])).toMatchObject(expected)
        }
        // One request per call: nothing was sent twice.
        expect(server.seen.map((s) => s.method)).toEqual(["GET", "GET", "POST", "POST"])
      }))
  }

  it.scopedLive("a POST's 2xx the interpreter rejects: DecodeError, maybe applied", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      server.script.push(html(200))
      const error = yield* Effect.flip(Stacks.create({ stackPath: "New" }).pipe(Effect.provide(undiciFixed(server))))
      assert(error._tag === "DecodeError")
      expect(error.maybeApplied).toBe(true)
      expect(server.seen).toHaveLength(1)
    }))

  it.scopedLive("a GET's HTML 502, three times: DecodeError after exactly maxAttempts requests, as on the general path", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        server.script.push(html(502), html(502), html(502))
        errors.push(yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))))
      }
      expect(summary(errors[0])).toEqual(summary(errors[1]))
      expect(summary(errors[0])).toMatchObject({ _tag: "DecodeError", status: 502 })
      expect(server.seen).toHaveLength(6)
    }))

  it.scopedLive("refused credentials: AuthError from the stand-in, sent once (fixed credentials are not refreshed)", () =>
    Effect.gen(function*() {
      const server = yield* serve({ failureStatus: "http" })
      const layer = sdk(UndiciHttpClient.layer, { email: EMAIL, apiKey: "wrongkey", baseUrl: server.url })
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }).pipe(Effect.provide(layer)))
      assert(error._tag === "AuthError")
      expect(error.status).toBe(401)
      expect(error.message).not.toContain("wrongkey")
      expect(server.seen).toHaveLength(1)
    }))
})

// ---------------------------------------------------------------------------------------------
// 5. Redirects
// ---------------------------------------------------------------------------------------------

describe("one road: redirects", () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it.scopedLive(`a GET answered ${status} to the same origin: followed, with the credentials on the second hop`, () =>
      Effect.gen(function*() {
        const server = yield* serve(seed)
        server.script.push(redirect(status, `${server.url}/stack/get?stackTag=Invoices`))
        const stack = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(undiciFixed(server)))
        expect(stack._id).toBe(STACK_ID)
        expect(server.seen.map((s) => s.url)).toEqual([`/stack/get?stackId=${STACK_ID}`, "/stack/get?stackTag=Invoices"])
        const second = server.seen[1]!
        expect(second.method).toBe("GET")
        expect(second.headers["email"]).toBe(EMAIL)
        expect(second.headers["authorization"]).toBe(`Bearer ${API_KEY}`)
        expect(second.headers["user-agent"]).toBe(StaxConfig.defaultUserAgent)
        expect(second.headers["accept"]).toBe("application/json")
      }))
  }

  it.scopedLive("a relative Location is followed the same way", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      server.script.push(redirect(307, "/stack/get?stackTag=Invoices"))
      const stack = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(undiciFixed(server)))
      expect(stack._id).toBe(STACK_ID)
      expect(server.seen[1]!.url).toBe("/stack/get?stackTag=Invoices")
      expect(server.seen[1]!.headers["authorization"]).toBe(`Bearer ${API_KEY}`)
    }))

  it.scopedLive("a redirect to another origin is refused (Redirect), the other origin gets nothing, and it is not retried", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const other = yield* serve(seed)
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        server.script.push(redirect(307, `${other.url}/stack/get?stackTag=Invoices`))
        errors.push(yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))))
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "TransportError", reason: "Redirect" })
      expect(server.seen).toHaveLength(2)
      expect(other.seen).toHaveLength(0)
    }))

  it.scopedLive("a redirect loop ends after the general path's number of hops", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const errors: Array<unknown> = []
      const counts: Array<number> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        const before = server.seen.length
        server.script.push(...Array.from({ length: 10 }, () => redirect(307, `${server.url}/stack/get?stackTag=Invoices`)))
        errors.push(yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))))
        counts.push(server.seen.length - before)
        server.script.length = 0
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "TransportError", reason: "Redirect" })
      expect(counts[0]).toBe(counts[1])
      expect(counts[0]).toBe(6)
    }))

  it.scopedLive("a 503 on the second hop: the call is retried from the first URL, as on the general path", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const urls: Array<ReadonlyArray<string>> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        const before = server.seen.length
        server.script.push(redirect(307, "/stack/get?stackTag=Invoices"), answer(503, { success: false, error: "busy" }))
        const stack = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))
        expect(stack._id).toBe(STACK_ID)
        urls.push(server.seen.slice(before).map((s) => s.url))
      }
      expect(urls[0]).toEqual([`/stack/get?stackId=${STACK_ID}`, "/stack/get?stackTag=Invoices", `/stack/get?stackId=${STACK_ID}`])
      expect(urls[0]).toEqual(urls[1])
    }))

  it.scopedLive("a POST answered 307 is not followed: the answer is interpreted, as on the general path", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        server.script.push({ ...answer(307, { success: false, error: "moved" }), headers: { location: "/stack/create2", "content-type": "application/json" } })
        errors.push(yield* Effect.flip(Stacks.create({ stackPath: "New" }).pipe(Effect.provide(layer))))
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "ApiError", status: 307, message: "moved" })
      expect(server.seen.map((s) => s.url)).toEqual(["/stack/create", "/stack/create"])
    }))
})

// ---------------------------------------------------------------------------------------------
// 6. Time limits
// ---------------------------------------------------------------------------------------------

describe("one road: time limits", () => {
  it.scopedLive("no answer: TransportError Timeout at the configured timeout, 1 request with no retries", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      server.script.push(hang)
      const started = Date.now()
      const error = yield* Effect.flip(
        Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(undiciFixed(server, { timeout: "200 millis", retry: RetryPolicy.none })))
      )
      const elapsed = Date.now() - started
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(error.maybeSent).toBe(true)
      expect(elapsed).toBeGreaterThanOrEqual(190)
      expect(elapsed).toBeLessThan(1000)
      expect(server.seen).toHaveLength(1)
      // The client gave up on the request: its connection was closed.
      yield* Deferred.await(server.abandonedOnce).pipe(Effect.timeout("1 second"))
      expect(server.abandoned()).toBe(1)
    }))

  it.scopedLive("per call (withTimeout), a POST timing out may have been applied and is not retried", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      server.script.push(hang)
      const started = Date.now()
      const error = yield* Effect.flip(
        Stacks.create({ stackPath: "New" }).pipe(StaxClient.withTimeout("150 millis"), Effect.provide(undiciFixed(server)))
      )
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(error.maybeApplied).toBe(true)
      expect(Date.now() - started).toBeLessThan(1000)
      expect(server.seen).toHaveLength(1)
    }))

  it.scopedLive("no answer, with retries: attempts until the deadline (twice the timeout), as many as on the general path", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const counts: Array<number> = []
      const errors: Array<unknown> = []
      for (const layer of [undiciFixed(server, { timeout: "200 millis" }), overFetch(server, { timeout: "200 millis" })]) {
        server.script.push(hang, hang, hang)
        const before = server.seen.length
        const started = Date.now()
        errors.push(yield* Effect.flip(Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(layer))))
        expect(Date.now() - started).toBeLessThan(1000)
        counts.push(server.seen.length - before)
        server.script.length = 0
      }
      expect(summary(errors[0])).toEqual({ ...summary(errors[1]), _tag: "TransportError", reason: "Timeout" })
      // 0–200 ms, wait 10 ms, 210–400 ms (cut at the deadline): 2 attempts.
      expect(counts).toEqual([2, 2])
    }))

  it.scopedLive("a per-call deadline nearer than the timeout cuts the first attempt (withDeadline)", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      server.script.push(hang, hang, hang)
      const started = Date.now()
      const error = yield* Effect.flip(
        Stacks.get({ stackId: STACK_ID }).pipe(StaxClient.withDeadline("150 millis"), Effect.provide(undiciFixed(server, { timeout: "10 seconds" })))
      )
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(Date.now() - started).toBeLessThan(1000)
      expect(server.seen).toHaveLength(1)
    }))

  it.scopedLive("a GET timing out once: retried within the deadline, succeeds after exactly 2 requests", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      server.script.push(hang)
      const stack = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.provide(undiciFixed(server, { timeout: "200 millis" })))
      expect(stack._id).toBe(STACK_ID)
      expect(server.seen).toHaveLength(2)
    }))
})

// ---------------------------------------------------------------------------------------------
// 7. Invalid input
// ---------------------------------------------------------------------------------------------

describe("one road: invalid input", () => {
  it.scopedLive("an InputError naming the field, and nothing is sent", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const layer = undiciFixed(server)
      const badId = yield* Effect.flip(Documents.get({ docId: "not-an-object-id" }).pipe(Effect.provide(layer)))
      assert(badId._tag === "InputError")
      expect(badId.endpoint).toBe("Documents.get")
      expect(badId.field).toBe("docId")
      const emptyPath = yield* Effect.flip(Stacks.create({ stackPath: "" }).pipe(Effect.provide(layer)))
      assert(emptyPath._tag === "InputError")
      expect(emptyPath.field).toBe("stackPath")
      const both = yield* Effect.flip(
        Stacks.get({ stackId: STACK_ID, stackTag: "Invoices" } as never).pipe(Effect.provide(layer))
      )
      assert(both._tag === "InputError")
      expect(both.field).toBe("stackTag")
      const extra = yield* Effect.flip(
        Stacks.get({ stackId: STACK_ID, other: 1 } as never).pipe(Effect.provide(layer))
      )
      assert(extra._tag === "InputError")
      expect(extra.field).toBe("other")
      expect(server.seen).toHaveLength(0)
      // The same as on the general path.
      const viaGeneral = yield* Effect.flip(Documents.get({ docId: "not-an-object-id" }).pipe(Effect.provide(overFetch(server))))
      expect(viaGeneral).toEqual(badId)
      expect(server.seen).toHaveLength(0)
    }))
})

// ---------------------------------------------------------------------------------------------
// 8. Spans and trace propagation
// ---------------------------------------------------------------------------------------------

/** The call's span: the one span named `Stax.*`. */
const callSpan = (spans: ReadonlyArray<Tracer.Span>): Tracer.Span => {
  const found = spans.filter((s) => s.name.startsWith("Stax."))
  expect(found).toHaveLength(1)
  return found[0]!
}

const traceparentOf = (span: Tracer.Span) => `00-${span.traceId}-${span.spanId}-01`

describe("one road: one span per call, as on the general path", () => {
  it.scopedLive("success: one ended client span with the method, path, status and 1 attempt; its traceparent sent", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const { spans, tracer } = yield* recordingTracer
      yield* Stacks.get({ stackId: STACK_ID }).pipe(
        Effect.withSpan("outer"),
        Effect.withTracer(tracer),
        Effect.provide(undiciFixed(server))
      )
      // The caller's span and the call's: the platform's own `http.client` span is off.
      expect(spans.map((s) => s.name)).toEqual(["outer", "Stax.Stacks.get"])
      const span = callSpan(spans)
      expect(span.kind).toBe("client")
      expect(span.parent._tag === "Some" && span.parent.value.spanId).toBe(spans[0]!.spanId)
      expect(Object.fromEntries(span.attributes)).toEqual({
        "http.request.method": "GET",
        "url.path": "/stack/get",
        "http.response.status_code": 200,
        "stax.attempts": 1
      })
      assert(span.status._tag === "Ended")
      expect(Exit.isSuccess(span.status.exit)).toBe(true)
      // The span ends without the answer: it would outlive the call there, and every tracer would get it.
      expect(span.status.exit).toEqual(Exit.void)
      expect(server.seen[0]!.headers["traceparent"]).toBe(traceparentOf(span))
      expect(server.seen[0]!.headers["b3"]).toBe(`${span.traceId}-${span.spanId}-1-${spans[0]!.spanId}`)
    }))

  it.scopedLive("on the general path too, the span ends without the answer, and the caller still gets it", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const { spans, tracer } = yield* recordingTracer
      for (const layer of [overFetch(server), undiciProvider(server)]) {
        spans.length = 0
        const stack = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.withTracer(tracer), Effect.provide(layer))
        expect(stack._id).toBe(STACK_ID)
        const span = callSpan(spans)
        assert(span.status._tag === "Ended")
        expect(span.status.exit).toEqual(Exit.void)
      }
    }))

  /** What a call's span shows: its attributes, its events (the SDK's log lines) and how it ended. */
  const shownBy = (span: Tracer.Span) => ({
    attributes: Object.fromEntries(span.attributes),
    events: (span as Tracer.Span & { readonly events?: ReadonlyArray<readonly [string, ...Array<unknown>]> }).events
      ?.map(([name]) => name),
    ended: span.status._tag === "Ended" ? span.status.exit._tag : "open"
  })

  const scenarios: ReadonlyArray<{
    readonly name: string
    readonly call: Effect.Effect<unknown, unknown, Stacks>
    readonly script: ReadonlyArray<Reply>
    readonly attributes: Record<string, unknown>
    /** The SDK's log lines: one per failed attempt that went to the retry policy. */
    readonly logged: number
  }> = [
    { name: "a GET's success", logged: 0, call: Stacks.get({ stackId: STACK_ID }), script: [], attributes: { "http.response.status_code": 200, "stax.attempts": 1 } },
    {
      name: "a GET after a 503", logged: 1,
      call: Stacks.get({ stackId: STACK_ID }),
      script: [answer(503, { success: false, error: "busy" })],
      attributes: { "http.response.status_code": 200, "stax.attempts": 2 }
    },
    {
      name: "a GET after a dropped connection", logged: 1,
      call: Stacks.get({ stackId: STACK_ID }),
      script: [destroy],
      attributes: { "http.response.status_code": 200, "stax.attempts": 2 }
    },
    {
      name: "a GET after a redirect", logged: 0,
      call: Stacks.get({ stackId: STACK_ID }),
      script: [redirect(307, "/stack/get?stackTag=Invoices")],
      attributes: { "http.response.status_code": 200, "stax.attempts": 1 }
    },
    {
      name: "a GET's 400", logged: 0,
      call: Stacks.get({ stackId: STACK_ID }),
      script: [answer(400, { success: false, error: "bad" })],
      attributes: { "http.response.status_code": 400, "stax.attempts": 1 }
    },
    {
      name: "a GET's HTML 502, three times", logged: 3,
      call: Stacks.get({ stackId: STACK_ID }),
      script: [html(502), html(502), html(502)],
      attributes: { "http.response.status_code": 502, "stax.attempts": 3 }
    },
    {
      name: "a GET's redirect to another origin", logged: 0,
      call: Stacks.get({ stackId: STACK_ID }),
      script: [redirect(307, "http://localhost:1/stack/get")],
      attributes: { "stax.attempts": 1 }
    },
    {
      name: "a POST's success", logged: 0,
      call: Stacks.create({ stackPath: "New" }),
      script: [],
      attributes: { "http.request.method": "POST", "url.path": "/stack/create", "http.response.status_code": 200, "stax.attempts": 1 }
    },
    {
      name: "a POST after a 503", logged: 1,
      call: Stacks.create({ stackPath: "New" }),
      script: [answer(503, { success: false, error: "busy" })],
      attributes: { "http.request.method": "POST", "url.path": "/stack/create", "http.response.status_code": 200, "stax.attempts": 2 }
    },
    {
      name: "a POST's 500", logged: 1,
      call: Stacks.create({ stackPath: "New" }),
      script: [answer(500, { success: false, error: "boom" })],
      attributes: { "http.request.method": "POST", "url.path": "/stack/create", "http.response.status_code": 500, "stax.attempts": 1 }
    }
  ]

  for (const scenario of scenarios) {
    it.scopedLive(`${scenario.name}: the general path's span and trace headers`, () =>
      Effect.gen(function*() {
        const server = yield* serve(seed)
        const shown: Array<ReturnType<typeof shownBy>> = []
        // At debug level the SDK's log lines (one per failed attempt) become events of the call's span.
        const options: Options = { logLevel: "debug" }
        for (const layer of [undiciFixed(server, options), undiciProvider(server, options), overFetch(server, options)]) {
          const { spans, tracer } = yield* recordingTracer
          server.script.push(...scenario.script)
          const sent = server.seen.length
          yield* Effect.exit(scenario.call.pipe(Effect.withTracer(tracer), Effect.provide(layer)))
          const span = callSpan(spans)
          expect(span.kind).toBe("client")
          shown.push(shownBy(span))
          // Every attempt carries the call's trace context (a redirect's second hop aside).
          const first = server.seen[sent]!
          expect(first.headers["traceparent"]).toBe(traceparentOf(span))
          for (const seen of server.seen.slice(sent)) {
            if (seen.headers["traceparent"] !== undefined) expect(seen.headers["traceparent"]).toBe(traceparentOf(span))
          }
        }
        // The same span as the general path's over the same transport; over fetch only a transport
        // failure's wording (in a log line) differs.
        expect(shown[0]).toEqual(shown[1])
        expect({ ...shown[0], events: shown[0]!.events?.length }).toEqual({ ...shown[2], events: shown[2]!.events?.length })
        expect(shown[0]!.attributes).toEqual({ "http.request.method": "GET", "url.path": "/stack/get", ...scenario.attributes })
        expect(shown[0]!.events).toHaveLength(scenario.logged)
      }))
  }

  it.scopedLive("a POST's span; an invalid input's span has 0 attempts and no status", () =>
    Effect.gen(function*() {
      const server = yield* serve()
      const { spans, tracer } = yield* recordingTracer
      yield* Stacks.create({ stackPath: "New" }).pipe(Effect.withTracer(tracer), Effect.provide(undiciFixed(server)))
      expect(Object.fromEntries(callSpan(spans).attributes)).toEqual({
        "http.request.method": "POST",
        "url.path": "/stack/create",
        "http.response.status_code": 200,
        "stax.attempts": 1
      })
      spans.length = 0
      yield* Effect.exit(Documents.get({ docId: "nope" }).pipe(Effect.withTracer(tracer), Effect.provide(undiciFixed(server))))
      const span = callSpan(spans)
      expect(span.name).toBe("Stax.Documents.get")
      expect(Object.fromEntries(span.attributes)).toEqual({
        "http.request.method": "GET",
        "url.path": "/document/get",
        "stax.attempts": 0
      })
      assert(span.status._tag === "Ended")
      expect(Exit.isFailure(span.status.exit)).toBe(true)
    }))

  it.scopedLive("no trace headers when propagation is off, on any attempt", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      server.script.push(answer(503, { success: false, error: "busy" }))
      yield* Stacks.get({ stackId: STACK_ID }).pipe(
        Effect.locally(HttpClient.currentTracerPropagation, false),
        Effect.provide(undiciFixed(server))
      )
      expect(server.seen).toHaveLength(2)
      for (const seen of server.seen) {
        expect(seen.headers["traceparent"]).toBeUndefined()
        expect(seen.headers["b3"]).toBeUndefined()
      }
    }))
  // Found by this file: with tracing off, the call's span is Effect's no-op span (`_tag: "Span"`, ids
  // "noop"), and both paths send it: `traceparent: 00-noop-noop-00`, `b3: noop-noop-0` (not valid trace
  // context). The platform's own client sends no trace header when tracing is off.
  it.scopedLive("with tracing off, no trace header is sent (there is no span to propagate), on either path", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      for (const layer of [undiciFixed(server), overFetch(server)]) {
        yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.withTracerEnabled(false), Effect.provide(layer))
      }
      expect(server.seen).toHaveLength(2)
      expect(server.seen.map((s) => [s.headers["traceparent"], s.headers["b3"]])).toEqual([
        [undefined, undefined],
        [undefined, undefined]
      ])
    }))
})

// ---------------------------------------------------------------------------------------------
// 9. Interruption
// ---------------------------------------------------------------------------------------------

describe("one road: interruption", () => {
  it.scopedLive("interrupting a call in flight ends its span, closes the connection, and the next call works", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const { spans, tracer } = yield* recordingTracer
      const layer = undiciFixed(server)
      yield* Effect.gen(function*() {
        server.script.push({ _tag: "Late", millis: 2_000 })
        const result = yield* Stacks.get({ stackId: STACK_ID }).pipe(Effect.withTracer(tracer), Effect.timeout("100 millis"), Effect.either)
        assert(result._tag === "Left")
        expect(result.left._tag).toBe("TimeoutException")
        const span = callSpan(spans)
        assert(span.status._tag === "Ended")
        expect(Exit.isInterrupted(span.status.exit)).toBe(true)
        yield* Deferred.await(server.abandonedOnce).pipe(Effect.timeoutFail({ duration: "1 second", onTimeout: () => "not closed" }))
        expect(server.abandoned()).toBe(1)
        // The next call, on the same client, works.
        const stack = yield* Stacks.get({ stackId: STACK_ID })
        expect(stack._id).toBe(STACK_ID)
        expect(server.seen).toHaveLength(2)
      }).pipe(Effect.provide(layer))
    }))

  // Found by this file: the express path sets `stax.attempts` only on success, and leaves an attempt it
  // was interrupted in uncounted; the general path's `runBody` annotates the attempts on every exit.
  it.scopedLive("a call interrupted in flight: its span says 1 attempt, as on the general path", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const shown: Array<Record<string, unknown>> = []
      for (const layer of [undiciFixed(server), undiciProvider(server), overFetch(server)]) {
        const { spans, tracer } = yield* recordingTracer
        server.script.push(hang)
        const result = yield* Stacks.get({ stackId: STACK_ID }).pipe(
          Effect.withTracer(tracer),
          Effect.timeout("100 millis"),
          Effect.either,
          Effect.provide(layer)
        )
        expect(result._tag).toBe("Left")
        const span = callSpan(spans)
        assert(span.status._tag === "Ended")
        expect(Exit.isInterrupted(span.status.exit)).toBe(true)
        shown.push(Object.fromEntries(span.attributes))
      }
      expect(shown[1]).toEqual({ "http.request.method": "GET", "url.path": "/stack/get", "stax.attempts": 1 })
      expect(shown[2]).toEqual(shown[1])
      expect(shown[0]).toEqual(shown[1])
    }))

  it.scopedLive("interrupting a call during the resumed retries (after a 503) stops them: nothing more is sent", () =>
    Effect.gen(function*() {
      const server = yield* serve(seed)
      const { spans, tracer } = yield* recordingTracer
      server.script.push(answer(503, { success: false, error: "busy" }, { "retry-after": "5" }))
      const patient = RetryPolicy.default.with({ maxDelay: 5, jitter: 0 })
      const fiber = yield* Effect.fork(
        Stacks.get({ stackId: STACK_ID }).pipe(
          Effect.withTracer(tracer),
          Effect.provide(undiciFixed(server, { retry: patient, logLevel: "debug" }))
        )
      )
      // Once the first attempt's failure is logged, the call waits 5 s (Retry-After) before the next.
      yield* Effect.gen(function*() {
        while ((spans[0] as { events?: ReadonlyArray<unknown> } | undefined)?.events?.length !== 1) yield* Effect.sleep("5 millis")
      }).pipe(Effect.timeoutFail({ duration: "2 seconds", onTimeout: () => "no retry wait" }))
      yield* Fiber.interrupt(fiber)
      const span = callSpan(spans)
      assert(span.status._tag === "Ended")
      expect(Exit.isInterrupted(span.status.exit)).toBe(true)
      expect(span.attributes.get("stax.attempts")).toBe(1)
      expect(server.seen).toHaveLength(1)
    }))
})
