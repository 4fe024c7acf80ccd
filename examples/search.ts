/**
 * Search, against the local stand-in served on 127.0.0.1: one page of hits, every hit page by page
 * (a `Stream`), and the archive.
 *
 * Run it with `npx tsx examples/search.ts`. Against the real API, replace
 * `StaxLocal.layerServer({ seed })` with `StaxConfig.layerFromEnv` (and check the query parameter
 * names: see `Search.layerWith`).
 *
 * @since 0.1.0
 */
import { FetchHttpClient } from "@effect/platform"
import { Console, Effect, Layer, Stream } from "effect"
import { Search, StaxClient } from "stax-effect"
import { StaxLocal, type StaxLocalOptions } from "stax-effect/testing"
import { runMain } from "./runMain.js"

const invoice = (name: string, vendor: string, total: string, archived = false) => ({
  name,
  archived,
  metadata: [{ key: "Vendor", value: vendor }, { key: "Total", value: total }]
})

/**
 * The documents the example searches.
 *
 * @since 0.1.0
 * @category Examples
 */
export const seed: NonNullable<StaxLocalOptions["seed"]> = {
  documents: [
    invoice("invoice-2024-001.pdf", "Acme Corp", "1200.00"),
    invoice("invoice-2024-002.pdf", "Acme Corp", "310.50"),
    invoice("invoice-2024-003.pdf", "Globex", "99.99"),
    invoice("receipt-acme-lunch.pdf", "Acme Corp", "42.00"),
    invoice("invoice-2019-117.pdf", "Acme Corp", "870.00", true),
    { name: "contract-globex.pdf", metadata: [{ key: "Party", value: "Globex" }] }
  ]
}

/**
 * The search flow. Needs `Search`. Returns what it found, for tests.
 *
 * @since 0.1.0
 * @category Examples
 */
export const program = Effect.gen(function*() {
  const page = yield* Search.search({ query: "acme invoice", size: 2 })
  yield* Console.log(`"acme invoice": ${page.total} documents, first page:`)
  for (const hit of page.hits) yield* Console.log(`  ${hit._score}  ${hit._source.name}`)

  const all = yield* Search.searchAll({ query: "acme" }, { pageSize: 2 }).pipe(Stream.runCollect)
  yield* Console.log(`"acme", every hit (pages of 2):`)
  for (const hit of all) {
    const total = hit._source.metadata?.find((m) => m.key === "Total")?.value ?? "?"
    yield* Console.log(`  ${hit._score}  ${hit._source.name}  total ${total}`)
  }

  const archive = yield* Search.searchArchive({ query: "acme" })
  yield* Console.log(`"acme" in the archive: ${archive.hits.map((hit) => hit._source.name).join(", ")}`)
  return { page, all: [...all], archive }
})

/**
 * `Search` over the stand-in served on 127.0.0.1, called through real HTTP (`fetch`).
 *
 * @since 0.1.0
 * @category Examples
 */
export const MainLayer = Search.layer.pipe(
  Layer.provideMerge(StaxClient.layer),
  Layer.provideMerge(StaxLocal.layerServer({ seed })),
  Layer.provide(FetchHttpClient.layer)
)

runMain(import.meta, program.pipe(Effect.provide(MainLayer)))
