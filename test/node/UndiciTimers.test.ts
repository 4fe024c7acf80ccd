/**
 * Every timer the Node transport arms ends with its call: after a download, read whole or streamed,
 * to its end or abandoned early, no `Timeout` is left keeping the process alive for the deadline.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import type * as http from "node:http"
import * as zlib from "node:zlib"
import * as UndiciHttpClient from "../../src/node/UndiciHttpClient.js"
import { serve, writeBlocks } from "./server.js"

/** Timers keeping the event loop alive (unref'd ones are not listed). */
const armedTimers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length

/** A few loop turns, so that whatever ends "one turn later" has ended (no timer of its own). */
const settle = Effect.promise(() =>
  new Promise<void>((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve))))
)

const SMALL = Buffer.from("x".repeat(96))
const LARGE = 8 * 1024 * 1024
const GZIPPED_SMALL = zlib.gzipSync(SMALL)
const GZIPPED_LARGE = zlib.gzipSync(Buffer.alloc(LARGE, 1))

/**
 * `/small` answers 96 bytes in one write; `/large` 8 MiB in 64 KiB writes, honouring backpressure;
 * `/gzip/small` and `/gzip/large` the same bytes gzipped, in one write.
 */
const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
  if (req.url?.startsWith("/gzip/")) {
    const body = req.url === "/gzip/small" ? GZIPPED_SMALL : GZIPPED_LARGE
    res.writeHead(200, { "content-encoding": "gzip", "content-length": String(body.length) })
    res.end(body)
    return
  }
  if (req.url === "/small") {
    res.writeHead(200, { "content-type": "application/pdf", "content-length": String(SMALL.length) })
    res.end(SMALL)
    return
  }
  const block = Buffer.alloc(64 * 1024, 1)
  res.writeHead(200, { "content-type": "application/pdf", "content-length": String(LARGE) })
  writeBlocks(res, block, LARGE / block.length)
}

/** The bytes of a stream, the reader lagging after its first chunk (so the socket is paused and resumed). */
const lagging = (stream: Stream.Stream<Uint8Array, unknown>) =>
  Effect.scoped(Effect.gen(function*() {
    const pull = yield* Stream.toPull(stream)
    let bytes = Chunk.reduce(yield* pull, 0, (n, c) => n + c.byteLength)
    yield* Effect.sleep("100 millis")
    for (;;) {
      const next = yield* Effect.option(pull)
      if (next._tag === "None") return bytes
      bytes += Chunk.reduce(next.value, 0, (n, c) => n + c.byteLength)
    }
  }))

type Read = (response: { readonly stream: Stream.Stream<Uint8Array, unknown>; readonly text: Effect.Effect<string, unknown> }) => Effect.Effect<number, unknown>

const reads: ReadonlyArray<readonly [string, string, Read, number]> = [
  ["a one-chunk body streamed to its end", "/small", (r) => Stream.runFold(r.stream, 0, (n, c) => n + c.byteLength), SMALL.length],
  ["a one-chunk body read whole", "/small", (r) => Effect.map(r.text, (t) => t.length), SMALL.length],
  ["a one-chunk body abandoned after its first chunk", "/small", (r) => Stream.runCount(Stream.take(r.stream, 1)), 1],
  ["a many-chunk body streamed to its end while the reader lags", "/large", (r) => lagging(r.stream), LARGE],
  ["a many-chunk body read whole", "/large", (r) => Effect.map(r.text, (t) => t.length), LARGE],
  ["a many-chunk body abandoned after its first chunk", "/large", (r) => Stream.runCount(Stream.take(r.stream, 1)), 1],
  ["a gzip body streamed to its end", "/gzip/small", (r) => Stream.runFold(r.stream, 0, (n, c) => n + c.byteLength), SMALL.length],
  ["a large gzip body streamed to its end while the reader lags", "/gzip/large", (r) => lagging(r.stream), LARGE],
  ["a large gzip body read whole", "/gzip/large", (r) => Effect.map(r.text, (t) => t.length), LARGE],
  ["a large gzip body abandoned after its first chunk", "/gzip/large", (r) => Stream.runCount(Stream.take(r.stream, 1)), 1]
]

describe("UndiciHttpClient timers", () => {
  for (const [name, path, read, expected] of reads) {
    it.scopedLive(`no timer stays armed after ${name}`, () =>
      Effect.gen(function*() {
        const server = yield* serve(handler)
        const client = yield* UndiciHttpClient.make()
        // Warm up: the agent's connection and the server's socket exist before counting.
        yield* client.get(`${server.url}/small`).pipe(Effect.flatMap((r) => r.text))
        yield* settle
        const before = armedTimers()
        const got = yield* client.get(`${server.url}${path}`).pipe(
          Effect.flatMap(read),
          UndiciHttpClient.withDeadline("30 seconds")
        )
        expect(got).toBe(expected)
        yield* settle
        expect(armedTimers()).toBeLessThanOrEqual(before)
      }), 30_000)
  }
})
