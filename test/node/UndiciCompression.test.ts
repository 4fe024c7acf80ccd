/**
 * `UndiciHttpClient` asks for compressed answers and decodes them: whole reads and streamed reads,
 * with backpressure through the decoder, the size cap counted after decoding (bombs refused with
 * bounded memory), unknown or corrupt codings failing clearly.
 */
import { HttpClient, HttpClientRequest } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Option, Stream } from "effect"
import * as crypto from "node:crypto"
import type * as http from "node:http"
import * as zlib from "node:zlib"
import * as UndiciHttpClient from "../../src/node/UndiciHttpClient.js"
import { serve, writeBlocks } from "./server.js"

const withClient = <A, E, R>(effect: Effect.Effect<A, E, R>) => effect.pipe(Effect.provide(UndiciHttpClient.layer))

const JSON_BODY = JSON.stringify({ hits: Array.from({ length: 2000 }, (_, i) => ({ _id: `id-${i}`, name: `invoice ${i}` })) })

/** Content-Encoding, what the body is, and how it is made. */
const encoders: ReadonlyArray<readonly [string, string, (body: Buffer) => Buffer]> = [
  ["gzip", "gzip", (b) => zlib.gzipSync(b)],
  ["x-gzip", "gzip", (b) => zlib.gzipSync(b)],
  ["deflate", "zlib-wrapped deflate", (b) => zlib.deflateSync(b)],
  // Some servers send raw deflate (no zlib wrapper) as "deflate".
  ["deflate", "raw deflate", (b) => zlib.deflateRawSync(b)],
  ["br", "brotli", (b) => zlib.brotliCompressSync(b)],
  // Two codings, applied in the order listed.
  ["gzip, br", "gzip then brotli", (b) => zlib.brotliCompressSync(zlib.gzipSync(b))]
]

/** Answers `body` encoded with `encoding`, whatever the request accepts; records the request's headers. */
const encodedServer = (encoding: string, encoded: Buffer, seen: Array<http.IncomingHttpHeaders> = []) =>
  serve((req, res) => {
    seen.push(req.headers)
    res.writeHead(200, { "content-type": "application/json", "content-encoding": encoding, "content-length": String(encoded.length) })
    res.end(encoded)
  })

/** Bytes of a stream, counted. */
const byteCount = (stream: Stream.Stream<Uint8Array, unknown>) => Stream.runFold(stream, 0, (n, c) => n + c.byteLength)

/** A gzip body of `members` concatenated gzip members, each 16 MiB of zeros (about 16 KiB compressed). */
const zeroBomb = (members: number) => {
  const member = zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 })
  return { member, members, decodedSize: members * 16 * 1024 * 1024 }
}

/** Memory of this isolate (heap and buffers), sampled until `stop`; returns the peak growth. */
const peakGrowth = () => {
  const used = () => {
    const m = process.memoryUsage()
    return m.heapUsed + m.arrayBuffers
  }
  const base = used()
  let peak = base
  const timer = setInterval(() => peak = Math.max(peak, used()), 2)
  return () => {
    clearInterval(timer)
    return Math.max(peak, used()) - base
  }
}

describe("UndiciHttpClient compression", () => {
  it.scopedLive("asks for gzip, deflate and br, unless the request sets its own Accept-Encoding", () =>
    Effect.gen(function*() {
      const seen: Array<http.IncomingHttpHeaders> = []
      const server = yield* serve((req, res) => {
        seen.push(req.headers)
        res.end("ok")
      })
      yield* HttpClient.get(server.url).pipe(Effect.flatMap((r) => r.text))
      yield* HttpClient.execute(HttpClientRequest.get(server.url, { headers: { "accept-encoding": "identity" } })).pipe(
        Effect.flatMap((r) => r.text)
      )
      expect(seen.map((h) => h["accept-encoding"])).toEqual(["gzip, deflate, br", "identity"])
    }).pipe(withClient))

  for (const [encoding, what, encode] of encoders) {
    it.scopedLive(`decodes a "${encoding}" JSON answer (${what}) read whole and streamed`, () =>
      Effect.gen(function*() {
        const server = yield* encodedServer(encoding, encode(Buffer.from(JSON_BODY)))
        const json = yield* HttpClient.get(server.url).pipe(Effect.flatMap((r) => r.json))
        expect(json).toEqual(JSON.parse(JSON_BODY))
        const streamed = yield* HttpClient.get(server.url).pipe(
          Effect.flatMap((r) => Stream.runCollect(r.stream)),
          Effect.map((chunks) => Buffer.concat(Chunk.toReadonlyArray(chunks)).toString())
        )
        expect(streamed).toBe(JSON_BODY)
      }).pipe(withClient))
  }

  it.scopedLive("streams a large gzip body with backpressure: the server is held back while the reader lags", () =>
    Effect.gen(function*() {
      // Stored (level 0): the compressed size tracks the decoded size, and compressing costs little.
      const block = crypto.randomBytes(64 * 1024)
      const blocks = 800 // 50 MiB
      let written = 0
      const server = yield* serve((_req, res) => {
        res.writeHead(200, { "content-encoding": "gzip" })
        const gzip = zlib.createGzip({ level: 0 })
        gzip.pipe(res)
        res.on("close", () => gzip.destroy())
        writeBlocks(gzip, block, blocks, (n) => written += n)
      })
      const response = yield* HttpClient.get(server.url)
      const pull = yield* Stream.toPull(response.stream)
      let bytes = Chunk.reduce(yield* pull, 0, (n, c) => n + c.byteLength)
      yield* Effect.sleep("250 millis")
      // Paused: the reader's buffer, the decoder's and the sockets' hold a few MiB, not the 50 MiB.
      expect(written).toBeLessThan(24 * 1024 * 1024)
      for (;;) {
        const next = yield* Effect.option(pull)
        if (Option.isNone(next)) break
        for (const chunk of next.value) bytes += chunk.byteLength
      }
      expect(bytes).toBe(blocks * block.length)
    }).pipe(Effect.scoped, withClient), 60_000)

  it.scopedLive("counts the size cap after decoding, not by the compressed content-length", () =>
    Effect.gen(function*() {
      const decoded = Buffer.alloc(2 * 1024 * 1024, 97)
      const server = yield* encodedServer("gzip", zlib.gzipSync(decoded))
      const read = <E>(effect: Effect.Effect<number, E, HttpClient.HttpClient>, cap: number) =>
        effect.pipe(UndiciHttpClient.withMaxResponseBytes(cap))
      const whole = HttpClient.get(server.url).pipe(Effect.flatMap((r) => Effect.map(r.arrayBuffer, (b) => b.byteLength)))
      const streamed = HttpClient.get(server.url).pipe(Effect.flatMap((r) => byteCount(r.stream)))
      expect(yield* read(whole, decoded.length)).toBe(decoded.length)
      expect(yield* read(streamed, decoded.length)).toBe(decoded.length)
      // The compressed answer is a few KiB, far under this cap; what it decodes to is over it.
      for (const effect of [whole, streamed]) {
        const error = yield* Effect.flip(read(effect, 1024 * 1024))
        expect(UndiciHttpClient.isResponseTooLarge(error)).toBe(true)
      }
    }).pipe(withClient))

  for (const [how, read] of [
    ["read whole", (r: { readonly arrayBuffer: Effect.Effect<ArrayBuffer, unknown> }) => Effect.map(r.arrayBuffer, (b) => b.byteLength)],
    ["streamed", (r: { readonly stream: Stream.Stream<Uint8Array, unknown> }) => byteCount(r.stream)]
  ] as const) {
    it.scopedLive(`refuses a gzip bomb ${how} with bounded memory, without decoding it all`, () =>
      Effect.gen(function*() {
        // 20 GiB of zeros in about 20 MiB of gzip, written as the client takes it.
        const bomb = zeroBomb(1280)
        let written = 0
        const server = yield* serve((_req, res) => {
          res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" })
          writeBlocks(res, bomb.member, bomb.members, (n) => written += n)
        })
        const cap = 16 * 1024 * 1024
        const growth = peakGrowth()
        const error = yield* HttpClient.get(server.url).pipe(
          Effect.flatMap((r) => read(r as never)),
          UndiciHttpClient.withMaxResponseBytes(cap),
          Effect.flip
        )
        const grown = growth()
        expect(UndiciHttpClient.isResponseTooLarge(error)).toBe(true)
        // The cap's 16 MiB and some decoder and socket buffers, not the 20 GiB (nor its 20 MiB on the wire).
        expect(grown).toBeLessThan(64 * 1024 * 1024)
        expect(written).toBeLessThan((bomb.member.length * bomb.members) / 2)
      }).pipe(withClient), 60_000)
  }

  it.scopedLive("fails a body in a coding it does not know, naming the coding", () =>
    Effect.gen(function*() {
      const server = yield* encodedServer("zstd", Buffer.from("(pretend zstd)"))
      const response = yield* HttpClient.get(server.url)
      expect(response.status).toBe(200)
      const error = yield* Effect.flip(response.text)
      assert(error._tag === "ResponseError")
      expect(error.reason).toBe("Decode")
      expect(String((error.cause as Error).message)).toContain("zstd")
      expect((error.cause as { code?: unknown }).code).toBe("ERR_UNSUPPORTED_CONTENT_ENCODING")
    }).pipe(withClient))

  it.scopedLive("fails a corrupt or truncated gzip body with a Decode error", () =>
    Effect.gen(function*() {
      const gzipped = zlib.gzipSync(Buffer.from(JSON_BODY))
      for (const body of [Buffer.from("not gzip at all"), gzipped.subarray(0, gzipped.length - 20)]) {
        const server = yield* encodedServer("gzip", body)
        const error = yield* Effect.flip(HttpClient.get(server.url).pipe(Effect.flatMap((r) => r.text)))
        assert(error._tag === "ResponseError")
        expect(error.reason).toBe("Decode")
      }
    }).pipe(withClient))

  it.scopedLive("reads an empty answer that names a coding as empty", () =>
    Effect.gen(function*() {
      const server = yield* serve((req, res) => {
        res.writeHead(req.url === "/none" ? 204 : 200, { "content-encoding": req.url === "/odd" ? "zstd" : "gzip" })
        res.end()
      })
      for (const path of ["/none", "/empty", "/odd"]) {
        expect(yield* HttpClient.get(`${server.url}${path}`).pipe(Effect.flatMap((r) => r.text))).toBe("")
      }
    }).pipe(withClient))
})
