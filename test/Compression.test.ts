/**
 * Compressed answers through the public SDK: the loopback stand-in answers gzip, deflate or br, and
 * both transports ask for compression and decode it (a big search answer, and a download).
 */
import { FetchHttpClient } from "@effect/platform"
import { expect, layer } from "@effect/vitest"
import { Chunk, Effect, Layer, Stream } from "effect"
import { Documents, RetryPolicy, Search, Stax } from "stax-effect"
import { UndiciHttpClient } from "stax-effect/node"
import { type Compression, StaxLocal } from "stax-effect/testing"

const HITS = 500
const FILE = new Uint8Array(512 * 1024).map((_, i) => i % 7)

const seed = {
  documents: [
    ...Array.from({ length: HITS }, (_, i) => ({ name: `invoice-${i}.pdf`, content: "x" })),
    { name: "scan.tif", content: FILE }
  ]
}

const transports = [
  ["UndiciHttpClient", UndiciHttpClient.layer],
  ["FetchHttpClient", FetchHttpClient.layer]
] as const
const encodings: ReadonlyArray<Compression.Encoding> = ["gzip", "deflate", "br"]

for (const [transport, http] of transports) {
  for (const encoding of encodings) {
    const Served = Stax.layer.pipe(
      Layer.provideMerge(StaxLocal.layerServer({ seed, client: { retry: RetryPolicy.none }, compress: { encoding } })),
      Layer.provideMerge(http)
    )
    layer(Served, { excludeTestServices: true })(`${encoding} answers over ${transport}`, (it) => {
      it.effect("decodes a search answer with many hits, sent compressed", () =>
        Effect.gen(function*() {
          const local = yield* StaxLocal
          const result = yield* Search.search({ query: "invoice", size: HITS })
          expect(result.total).toBe(HITS)
          expect(result.hits.length).toBe(HITS)
          expect(new Set(result.hits.map((h) => h._source.name)).size).toBe(HITS)
          const request = local.model.requests.filter((r) => r.route === "GET /document/search").at(-1)
          // The client asked for compression, so the stand-in answered with the coding under test.
          expect(request?.headerNames).toContain("accept-encoding")
        }))

      it.effect("downloads a file sent compressed, byte for byte", () =>
        Effect.gen(function*() {
          const local = yield* StaxLocal
          const docId = [...local.model.documents.entries()].find(([, d]) => d["name"] === "scan.tif")![0]
          const chunks = yield* Stream.runCollect(Documents.download({ docId }))
          const bytes = Buffer.concat(Chunk.toReadonlyArray(chunks))
          expect(bytes.equals(Buffer.from(FILE))).toBe(true)
          const request = local.model.requests.filter((r) => r.route === "GET /document/download").at(-1)
          expect(request?.headerNames).toContain("accept-encoding")
        }))
    })
  }
}
