/**
 * Streams the workload catalogue, one item per request. Mirrors staxapp's
 * `examples/workloads/read_catalogue_items.py`. `ReadCatalogueItems` nests its `Paging` inside each entry
 * of `WorkloadCatalogues` rather than at the top: the SDK's `readCatalogueItemsAll` follows it there.
 */
import { Chunk, Console, Effect, Stream } from "effect"
import { Workloads } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { catalogueItemId } from "./support/fixtures.js"

/** The catalogue items streamed one per page, and those one unpaged read returns. */
export const program = Effect.gen(function*() {
  yield* catalogueItemId
  const streamed = Chunk.toReadonlyArray(yield* Stream.runCollect(Workloads.readCatalogueItemsAll({ limit: 1 })))
  const whole = yield* Workloads.readCatalogueItems()
  const unpaged = whole.WorkloadCatalogues.flatMap((c) => c.WorkloadCatalogueItems)
  for (const item of unpaged) yield* Console.log(`  ${item.Name}  ${item.Status}`)
  yield* Console.log(`${streamed.length} entries streamed one per request, ${unpaged.length} catalogue items in one read`)
  return { streamed: streamed.length, unpaged: unpaged.length }
})

/** Paging one at a time reaches as many entries as one read without paging. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the catalogue is not empty", r.unpaged > 0),
  claim("streaming one per page yields every item", r.streamed === r.unpaged)
]

run(import.meta, program, claims)
