/**
 * The served stand-in's `compress` option: which answers it compresses, and that they decode to the
 * same bytes. Off by default.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import * as http from "node:http"
import * as zlib from "node:zlib"
import { Compression, StaxLocal } from "stax-effect/testing"

/** A raw GET (no decoding by the client): status, headers and the bytes as sent. */
const get = (url: string, headers: Record<string, string>) =>
  Effect.async<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resume) => {
    http.get(url, { headers }, (res) => {
      const chunks: Array<Buffer> = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => resume(Effect.succeed({ headers: res.headers, body: Buffer.concat(chunks) })))
    })
  })

const decode: Record<string, (b: Buffer) => Buffer> = {
  gzip: (b) => zlib.gunzipSync(b),
  deflate: (b) => zlib.inflateSync(b),
  br: (b) => zlib.brotliDecompressSync(b)
}

const seed = { documents: Array.from({ length: 40 }, (_, i) => ({ name: `invoice-${i}.pdf`, content: "x" })) }

describe("the served stand-in's compression", () => {
  it("chooses a coding the request accepts, above the size threshold", () => {
    expect(Compression.choose(undefined, "gzip", "5000")).toBeUndefined()
    expect(Compression.choose(false, "gzip", "5000")).toBeUndefined()
    expect(Compression.choose(true, "gzip, deflate, br", "5000")).toBe("gzip")
    expect(Compression.choose(true, "br;q=1, gzip;q=0", "5000")).toBe("br")
    expect(Compression.choose(true, "*", null)).toBe("gzip")
    expect(Compression.choose(true, "identity", "5000")).toBeUndefined()
    expect(Compression.choose(true, undefined, "5000")).toBeUndefined()
    expect(Compression.choose(true, "gzip", "100")).toBeUndefined()
    expect(Compression.choose({ minBytes: 0 }, "gzip", "100")).toBe("gzip")
    expect(Compression.choose({ encoding: "deflate" }, "gzip, deflate", "5000")).toBe("deflate")
    expect(Compression.choose({ encoding: "br" }, "gzip", "5000")).toBeUndefined()
  })

  for (const encoding of ["gzip", "deflate", "br"] as const) {
    it.scopedLive(`answers ${encoding} when asked, the same answer as uncompressed`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal.serve({ seed, compress: { encoding } })
        const path = "/document/search?query=invoice&size=40"
        const auth = { email: local.email, authorization: `Bearer ${Redacted.value(local.apiKey)}` }
        const compressed = yield* get(`${local.baseUrl}${path}`, { ...auth, "accept-encoding": encoding })
        expect(compressed.headers["content-encoding"]).toBe(encoding)
        expect(compressed.headers["content-length"]).toBeUndefined()
        // Not asked for: sent as it is.
        const unasked = yield* get(`${local.baseUrl}${path}`, auth)
        expect(unasked.headers["content-encoding"]).toBeUndefined()
        type Answer = { total: number; hits: Array<{ _id: string }> }
        const decoded = JSON.parse(decode[encoding]!(compressed.body).toString()) as Answer
        const plain = JSON.parse(unasked.body.toString()) as Answer
        expect(decoded.total).toBe(40)
        expect(decoded.hits.map((h) => h._id)).toEqual(plain.hits.map((h) => h._id))
      }))
  }
})
