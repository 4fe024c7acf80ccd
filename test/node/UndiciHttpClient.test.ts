import {
  FetchHttpClient,
  Headers,
  HttpBody,
  HttpClient,
  HttpClientError,
  HttpClientRequest
} from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, Deferred, Duration, Effect, Exit, Fiber, Option, Ref, Stream } from "effect"
import * as crypto from "node:crypto"
import * as fs from "node:fs/promises"
import { openAsBlob } from "node:fs"
import * as http from "node:http"
import { buffer } from "node:stream/consumers"
import type * as net from "node:net"
import * as os from "node:os"
import * as path from "node:path"
import { Readable } from "node:stream"
import * as UndiciHttpClient from "../../src/node/UndiciHttpClient.js"
import { recordingTracer } from "../support/tracing.js"
import { serve, writeBlocks } from "./server.js"

const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex")

const withClient = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  effect.pipe(Effect.provide(UndiciHttpClient.layer))

/** The cause of a platform client error, with its `code`. */
const causeCode = (error: HttpClientError.HttpClientError): unknown => (error.cause as { code?: unknown } | undefined)?.code

describe("UndiciHttpClient", () => {
  it.scopedLive("GETs JSON with its status and lower-cased headers", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.writeHead(201, { "Content-Type": "application/json", "X-Custom": "value" })
        res.end(JSON.stringify({ ok: true, n: 42 }))
      })
      const response = yield* HttpClient.get(`${server.url}/thing`)
      expect(response.status).toBe(201)
      expect(response.headers["x-custom"]).toBe("value")
      expect(response.headers["content-type"]).toBe("application/json")
      expect(yield* response.json).toEqual({ ok: true, n: 42 })
    }).pipe(withClient))

  it.scopedLive("gives the body to two readers waiting at once", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.write("{\"a\":")
        setTimeout(() => res.end("1}"), 30)
      })
      const response = yield* HttpClient.get(server.url)
      const [text, json] = yield* Effect.all([response.text, response.json], { concurrency: 2 })
      expect({ text, json }).toEqual({ text: "{\"a\":1}", json: { a: 1 } })
    }).pipe(withClient))

  it.scopedLive("joins a repeated response header with a comma, as the platform does", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.setHeader("x-multi", ["a", "b"])
        res.setHeader("set-cookie", ["one=1", "two=2"])
        res.end()
      })
      const response = yield* HttpClient.get(server.url)
      expect(response.headers["x-multi"]).toBe("a, b")
      expect(Object.keys(response.cookies.cookies).sort()).toEqual(["one", "two"])
    }).pipe(withClient))

  it.scopedLive("POSTs a JSON body the server receives with its content type", () =>
    Effect.gen(function*() {
      const server = yield* serve((req, res) => {
        void buffer(req).then((body) => {
          res.setHeader("content-type", "application/json")
          res.end(JSON.stringify({ method: req.method, type: req.headers["content-type"], body: JSON.parse(body.toString()) }))
        })
      })
      const response = yield* HttpClient.execute(
        HttpClientRequest.post(`${server.url}/echo`).pipe(HttpClientRequest.bodyUnsafeJson({ a: [1, 2], b: "é" }))
      )
      expect(yield* response.json).toEqual({ method: "POST", type: "application/json", body: { a: [1, 2], b: "é" } })
    }).pipe(withClient))

  it.scopedLive("uploads a multipart form with a file-backed Blob byte-exact", () =>
    Effect.gen(function*() {
      const dir = yield* Effect.acquireRelease(
        Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "undici-upload-"))),
        (d) => Effect.promise(() => fs.rm(d, { recursive: true, force: true }))
      )
      const bytes = crypto.randomBytes(3_000_000)
      const file = path.join(dir, "scan.pdf")
      yield* Effect.promise(() => fs.writeFile(file, bytes))
      const received = yield* Deferred.make<{ file: string; name: string; field: string | null; length: string | undefined }>()
      const server = yield* serve((req, res) => {
        void buffer(req).then(async (body) => {
          const form = await new Response(body as unknown as BodyInit, { headers: { "content-type": req.headers["content-type"]! } }).formData()
          const part = form.get("file") as File
          Deferred.unsafeDone(received, Exit.succeed({
            file: sha256(new Uint8Array(await part.arrayBuffer())),
            name: part.name,
            field: form.get("name") as string | null,
            length: req.headers["content-length"]
          }))
          res.end("ok")
        })
      })
      const form = new FormData()
      form.append("name", "scan")
      form.append("file", yield* Effect.promise(() => openAsBlob(file)), "scan.pdf")
      const response = yield* HttpClient.execute(HttpClientRequest.post(server.url).pipe(HttpClientRequest.bodyFormData(form)))
      expect(yield* response.text).toBe("ok")
      const seen = yield* Deferred.await(received)
      expect(seen).toEqual({ file: sha256(bytes), name: "scan.pdf", field: "scan", length: expect.any(String) })
    }).pipe(withClient))

  it.scopedLive("streams a Stream body chunked: the server reads the first part before the second exists", () =>
    Effect.gen(function*() {
      const firstSeen = yield* Deferred.make<void>()
      const received = yield* Deferred.make<{ hash: string; encoding: string | undefined }>()
      const server = yield* serve((req, res) => {
        const chunks: Array<Buffer> = []
        req.on("data", (c: Buffer) => {
          chunks.push(c)
          Deferred.unsafeDone(firstSeen, Exit.void)
        })
        req.on("end", () => {
          Deferred.unsafeDone(received, Exit.succeed({
            hash: sha256(Buffer.concat(chunks)),
            encoding: req.headers["transfer-encoding"]
          }))
          res.end()
        })
      })
      const first = crypto.randomBytes(100_000)
      const second = crypto.randomBytes(50_000)
      // The second part is only produced once the server has received data of the first.
      const body = Stream.concat(Stream.make(first), Stream.fromEffect(Effect.as(Deferred.await(firstSeen), second)))
      const response = yield* HttpClient.execute(
        HttpClientRequest.post(server.url).pipe(HttpClientRequest.bodyStream(body))
      )
      expect(response.status).toBe(200)
      const seen = yield* Deferred.await(received)
      expect(seen).toEqual({ hash: sha256(Buffer.concat([first, second])), encoding: "chunked" })
    }).pipe(withClient))

  it.scopedLive("sends a Raw body holding a Node Readable", () =>
    Effect.gen(function*() {
      const server = yield* serve((req, res) => {
        void buffer(req).then((body) => res.end(sha256(body)))
      })
      const parts = [crypto.randomBytes(70_000), crypto.randomBytes(30_000)]
      const response = yield* HttpClient.execute(
        HttpClientRequest.post(server.url).pipe(
          HttpClientRequest.setBody(HttpBody.raw(Readable.from(parts), { contentType: "application/octet-stream" }))
        )
      )
      expect(yield* response.text).toBe(sha256(Buffer.concat(parts)))
    }).pipe(withClient))

  it.scopedLive("fails with a Transport RequestError carrying the error of a Stream body that fails", () =>
    Effect.gen(function*() {
      const server = yield* serve((req, res) => {
        req.resume()
        req.on("end", () => res.end())
      })
      const body = Stream.concat(Stream.make(new Uint8Array(10)), Stream.fail(new Error("disk gone")))
      const error = yield* Effect.flip(
        HttpClient.execute(HttpClientRequest.post(server.url).pipe(HttpClientRequest.bodyStream(body)))
      )
      assert(error._tag === "RequestError")
      expect(error.reason).toBe("Transport")
      expect(String((error.cause as Error | undefined)?.message)).toContain("disk gone")
    }).pipe(withClient))

  it.scopedLive("fails a header undici refuses to send with reason Encode", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.end()
      })
      const error = yield* Effect.flip(
        HttpClient.execute(HttpClientRequest.get(server.url).pipe(HttpClientRequest.setHeader("x-bad", "a\r\nb")))
      )
      assert(error._tag === "RequestError")
      expect(error.reason).toBe("Encode")
      expect(server.connections()).toBe(0)
    }).pipe(withClient))

  it.scopedLive("interrupting a body read aborts the request and closes its socket", () =>
    Effect.gen(function*() {
      const requestSocketClosed = yield* Deferred.make<void>()
      const server = yield* serve((req, res) => {
        req.socket.on("close", () => Deferred.unsafeDone(requestSocketClosed, Exit.void))
        res.writeHead(200, { "content-length": "1000" })
        res.write("some of it")
      })
      const response = yield* HttpClient.get(server.url)
      const reading = yield* Effect.fork(response.text)
      yield* Effect.sleep("50 millis")
      yield* Fiber.interrupt(reading)
      yield* Deferred.await(requestSocketClosed).pipe(
        Effect.timeoutFail({ duration: "2 seconds", onTimeout: () => "the request's socket is still open" })
      )
      const error = yield* Effect.flip(response.text)
      expect(error.reason).toBe("Decode")
    }).pipe(withClient))

  it.scopedLive("downloads 200 MB chunk by chunk, the server held back while the reader lags", () =>
    Effect.gen(function*() {
      const total = 200 * 1024 * 1024
      const block = Buffer.alloc(64 * 1024, 7)
      let written = 0
      const server = yield* serve((_req, res) => {
        res.setHeader("content-length", String(total))
        writeBlocks(res, block, total / block.length, (n) => written += n)
      })
      const response = yield* HttpClient.get(server.url)
      const pull = yield* Stream.toPull(response.stream)
      const firstChunk = yield* pull
      yield* Effect.sleep("250 millis")
      // Paused at the high-water mark: only socket buffers and one chunk's worth have left the server.
      const writtenWhileLagging = written
      expect(writtenWhileLagging).toBeLessThan(48 * 1024 * 1024)
      let bytes = Chunk.reduce(firstChunk, 0, (n, c) => n + c.byteLength)
      let largest = 0
      for (;;) {
        const next = yield* Effect.option(pull)
        if (Option.isNone(next)) break
        for (const chunk of next.value) {
          bytes += chunk.byteLength
          largest = Math.max(largest, chunk.byteLength)
          if (chunk[0] !== 7) return yield* Effect.die("corrupted chunk")
        }
      }
      expect(bytes).toBe(total)
      expect(largest).toBeLessThanOrEqual(1024 * 1024)
    }).pipe(withClient), 60_000)

  it.scopedLive("fails with the deadline's RequestError when the server never answers", () =>
    Effect.gen(function*() {
      const server = yield* serve(() => {})
      const started = Date.now()
      const error = yield* Effect.flip(HttpClient.get(server.url).pipe(UndiciHttpClient.withDeadline("200 millis")))
      const elapsed = Date.now() - started
      assert(error._tag === "RequestError")
      expect(error.reason).toBe("Transport")
      expect(causeCode(error)).toBe(UndiciHttpClient.DEADLINE_CODE)
      expect(UndiciHttpClient.isDeadlineExceeded(error)).toBe(true)
      expect(elapsed).toBeGreaterThanOrEqual(190)
      expect(elapsed).toBeLessThan(3000)
      // The request was aborted: the server sees its socket closed.
      yield* Deferred.await(server.socketClosed).pipe(Effect.timeoutFail({ duration: "2 seconds", onTimeout: () => "socket still open" }))
    }).pipe(withClient))

  it.scopedLive("bounds reading the body with text(): a slow body fails with the deadline", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.writeHead(200, { "content-length": "100" })
        res.write("partial")
      })
      // The deadline is set around sending only; it still bounds the body read afterwards.
      const response = yield* HttpClient.get(server.url).pipe(UndiciHttpClient.withDeadline("300 millis"))
      expect(response.status).toBe(200)
      const error = yield* Effect.flip(response.text)
      assert(error._tag === "ResponseError")
      expect(error.reason).toBe("Decode")
      assert(error.cause instanceof UndiciHttpClient.DeadlineExceededError)
      expect(error.cause.phase).toBe("response")
    }).pipe(withClient))

  it.scopedLive("applies the deadline between chunks when the body is streamed", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        let sent = 0
        const timer = setInterval(() => {
          res.write("x".repeat(10))
          if (++sent === 8) {
            clearInterval(timer)
            res.end()
          }
        }, 60)
        res.on("close", () => clearInterval(timer))
      })
      const started = Date.now()
      const body = yield* HttpClient.get(server.url).pipe(
        Effect.flatMap((r) => Stream.runFold(r.stream, 0, (n, c) => n + c.byteLength)),
        UndiciHttpClient.withDeadline("250 millis")
      )
      expect(body).toBe(80)
      // The whole body took longer than the deadline: only the gaps between chunks were bounded.
      expect(Date.now() - started).toBeGreaterThan(250)
    }).pipe(withClient))

  it.scopedLive("fails a streamed body that stalls with the idle deadline", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.writeHead(200)
        res.write("first")
      })
      const error = yield* HttpClient.get(server.url).pipe(
        Effect.flatMap((r) => Stream.runDrain(r.stream)),
        UndiciHttpClient.withDeadline("200 millis"),
        Effect.flip
      )
      assert(error._tag === "ResponseError")
      assert(error.cause instanceof UndiciHttpClient.DeadlineExceededError)
      expect(error.cause.phase).toBe("idle")
    }).pipe(withClient))

  it.scopedLive("interrupting a request in flight closes its socket on the server", () =>
    Effect.gen(function*() {
      const arrived = yield* Deferred.make<void>()
      const requestSocketClosed = yield* Deferred.make<void>()
      const server = yield* serve((req) => {
        req.socket.on("close", () => Deferred.unsafeDone(requestSocketClosed, Exit.void))
        Deferred.unsafeDone(arrived, Exit.void)
      })
      const fiber = yield* Effect.fork(HttpClient.get(server.url))
      yield* Deferred.await(arrived)
      yield* Fiber.interrupt(fiber)
      // The socket that carried the request is destroyed, not returned to the pool. (undici may open
      // a fresh idle socket afterwards, as it does after an AbortSignal abort.)
      yield* Deferred.await(requestSocketClosed).pipe(
        Effect.timeoutFail({ duration: "2 seconds", onTimeout: () => "the request's socket is still open" })
      )
      expect(server.connections()).toBeGreaterThanOrEqual(1)
    }).pipe(withClient))

  it.scopedLive("maps a refused connection to a Transport RequestError caused by ECONNREFUSED", () =>
    Effect.gen(function*() {
      const port = yield* Effect.async<number>((resume) => {
        const probe = http.createServer()
        probe.listen(0, "127.0.0.1", () => {
          const { port } = probe.address() as net.AddressInfo
          probe.close(() => resume(Effect.succeed(port)))
        })
      })
      const error = yield* Effect.flip(HttpClient.get(`http://127.0.0.1:${port}/`))
      assert(error._tag === "RequestError")
      expect(error.reason).toBe("Transport")
      expect(causeCode(error)).toBe("ECONNREFUSED")
    }).pipe(withClient))

  it.scopedLive("maps a connection reset after the request's headers to a Transport RequestError", () =>
    Effect.gen(function*() {
      const server = yield* serve((req) => {
        req.socket.destroy()
      })
      const error = yield* Effect.flip(HttpClient.get(server.url))
      assert(error._tag === "RequestError")
      expect(error.reason).toBe("Transport")
      expect(["UND_ERR_SOCKET", "ECONNRESET"]).toContain(causeCode(error))
    }).pipe(withClient))

  it.scopedLive("maps a connection reset in the middle of the body to a Decode ResponseError", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.writeHead(200, { "content-length": "1000" })
        res.write("abc", () => setTimeout(() => res.socket?.destroy(), 20))
      })
      const response = yield* HttpClient.get(server.url)
      const error = yield* Effect.flip(response.arrayBuffer)
      assert(error._tag === "ResponseError")
      expect(error.reason).toBe("Decode")
      expect(["UND_ERR_SOCKET", "ECONNRESET"]).toContain(causeCode(error))
    }).pipe(withClient))

  it.effect("fails an invalid URL with reason InvalidUrl", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(HttpClient.get("not a url"))
      assert(error._tag === "RequestError")
      expect(error.reason).toBe("InvalidUrl")
    }).pipe(withClient))

  it.scopedLive("does not follow redirects", () =>
    Effect.gen(function*() {
      const server = yield* serve((req, res) => {
        if (req.url === "/from") res.writeHead(302, { location: "/to" }).end()
        else res.end("target")
      })
      const response = yield* HttpClient.get(`${server.url}/from`)
      expect(response.status).toBe(302)
      expect(response.headers["location"]).toBe("/to")
    }).pipe(withClient))

  it.scopedLive("fails a redirect when FetchHttpClient.RequestInit says redirect: error", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.writeHead(307, { location: "/elsewhere" }).end()
      })
      const error = yield* Effect.flip(
        HttpClient.get(server.url).pipe(Effect.provideService(FetchHttpClient.RequestInit, { redirect: "error" }))
      )
      assert(error._tag === "RequestError")
      expect(error.reason).toBe("Transport")
      expect(causeCode(error)).toBe("ERR_UNEXPECTED_REDIRECT")
    }).pipe(withClient))

  it.scopedLive("reuses one keep-alive socket for sequential requests", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.end("hello")
      })
      const bodies = yield* Effect.forEach([1, 2, 3, 4], (i) =>
        HttpClient.get(`${server.url}/${i}`).pipe(Effect.flatMap((r) => r.text)))
      expect(bodies).toEqual(["hello", "hello", "hello", "hello"])
      expect(server.connections()).toBe(1)
    }).pipe(withClient))

  it.live("leaves no socket or timer behind once the client's scope closes", () =>
    Effect.gen(function*() {
      const count = () => {
        const resources = process.getActiveResourcesInfo()
        return {
          sockets: resources.filter((r) => r === "TCPSocketWrap").length,
          timers: resources.filter((r) => r === "Timeout").length
        }
      }
      const server = yield* serve((req, res) => {
        if (req.url === "/hang") return
        res.end("ok")
      })
      const before = count()
      yield* Effect.gen(function*() {
        const client = yield* UndiciHttpClient.make()
        yield* client.get(`${server.url}/a`).pipe(Effect.flatMap((r) => r.text), UndiciHttpClient.withDeadline("5 seconds"))
        yield* client.get(`${server.url}/b`).pipe(Effect.flatMap((r) => r.text), UndiciHttpClient.withDeadline("5 seconds"))
        yield* Effect.flip(client.get(`${server.url}/hang`).pipe(UndiciHttpClient.withDeadline("50 millis")))
        // Kept alive, until the agent is destroyed with the scope.
        yield* client.get(`${server.url}/c`).pipe(Effect.flatMap((r) => r.text))
        expect(server.openSockets()).toBeGreaterThan(0)
        expect(count().sockets).toBeGreaterThan(before.sockets)
      }).pipe(Effect.scoped)
      // The server sees the client's sockets close (asynchronously: give the loop a few turns).
      for (let i = 0; i < 40 && server.openSockets() > 0; i++) yield* Effect.sleep("25 millis")
      const after = count()
      expect(server.openSockets()).toBe(0)
      expect(after.sockets).toBeLessThanOrEqual(before.sockets)
      expect(after.timers).toBeLessThanOrEqual(before.timers)
    }).pipe(Effect.scoped))

  it.scopedLive("redacts the authorization header in the request span", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.end("ok")
      })
      const { spans, tracer } = yield* recordingTracer
      yield* HttpClient.execute(
        HttpClientRequest.get(server.url).pipe(HttpClientRequest.bearerToken("sk-secret-token"))
      ).pipe(Effect.withTracer(tracer))
      const span = spans.find((s) => s.kind === "client")
      assert(span !== undefined)
      expect(span.name).toBe("http.client GET")
      expect(span.attributes.get("http.request.header.authorization")).toBe("<redacted>")
      expect(span.attributes.get("http.response.status_code")).toBe(200)
      expect(JSON.stringify([...span.attributes.values()].map(String))).not.toContain("sk-secret-token")
    }).pipe(withClient))

  it.scopedLive("gives the span name generator the request with secret headers redacted", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.end("ok")
      })
      const seen = yield* Ref.make<string | undefined>(undefined)
      const client = (yield* HttpClient.HttpClient).pipe(
        HttpClient.withSpanNameGenerator((request) => {
          Effect.runSync(Ref.set(seen, request.headers["x-api-key"]))
          return "custom"
        })
      )
      const response = yield* client.execute(
        HttpClientRequest.get(server.url).pipe(HttpClientRequest.setHeader("x-api-key", "k-123"))
      )
      expect(response.status).toBe(200)
      expect(yield* Ref.get(seen)).toBe("<redacted>")
    }).pipe(withClient))

  it.scopedLive("sends a request's secret header to the server unredacted", () =>
    Effect.gen(function*() {
      const server = yield* serve((req, res) => {
        res.end(req.headers["authorization"])
      })
      const response = yield* HttpClient.execute(
        HttpClientRequest.get(server.url).pipe(HttpClientRequest.bearerToken("sk-secret-token"))
      ).pipe(Effect.locally(Headers.currentRedactedNames, ["authorization"]))
      expect(yield* response.text).toBe("Bearer sk-secret-token")
    }).pipe(withClient))

  it.scopedLive("closes the agent it owns with the layer, a user-supplied dispatcher stays open", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        res.end("ok")
      })
      const { Agent } = yield* Effect.promise(() => import("undici"))
      const agent = new Agent()
      yield* Effect.addFinalizer(() => Effect.promise(() => agent.close()))
      yield* HttpClient.get(server.url).pipe(
        Effect.flatMap((r) => r.text),
        Effect.provide(UndiciHttpClient.layerWith({ dispatcher: agent }))
      )
      expect(agent.closed).toBe(false)
      expect(agent.destroyed).toBe(false)
      expect(yield* Effect.promise(() => agent.request({ origin: server.url, path: "/", method: "GET" }).then((r) => r.body.text()))).toBe("ok")
    }))

  it.live("uses the options' connection limit", () =>
    Effect.gen(function*() {
      const server = yield* serve((_req, res) => {
        setTimeout(() => res.end("ok"), 30)
      })
      const layer = UndiciHttpClient.layerWith({ connections: 1, keepAliveTimeout: Duration.seconds(5) })
      yield* Effect.forEach([1, 2, 3], () => HttpClient.get(server.url).pipe(Effect.flatMap((r) => r.text)), {
        concurrency: "unbounded"
      }).pipe(Effect.provide(layer))
      expect(server.connections()).toBe(1)
    }).pipe(Effect.scoped))
})

