/**
 * Streams the organisation's insights (what happened, by whom, to what), filtered by target kinds and
 * statuses, five per request. staxapp has no example for the `insights` class. `source_kind` and
 * `target_kind` are arrays with `explode: false` in the document: one comma-separated value
 * (`target_kind=ACCOUNT,POLICY`), where staxapp would send repeated keys.
 */
import { Chunk, Console, Effect, Stream } from "effect"
import { Insights } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** The insights streamed with and without the target filter. */
export const program = Effect.gen(function*() {
  const all = Chunk.toReadonlyArray(yield* Stream.runCollect(Insights.readInsightsAll({ limit: 5 })))
  const filtered = Chunk.toReadonlyArray(
    yield* Stream.runCollect(Insights.readInsightsAll({ targetKind: ["ACCOUNT", "POLICY"], sourceKind: ["TASKS"], limit: 5 }))
  )
  for (const i of filtered.slice(0, 10)) yield* Console.log(`  ${i.CreatedTS}  ${i.Action}  ${i.TargetKind}  ${i.Status}`)
  yield* Console.log(`${all.length} insights, ${filtered.length} about accounts or policies`)
  return { all: all.length, filtered: filtered.map((i) => i.TargetKind), ids: all.map((i) => i.Id) }
})

/** The filter keeps only the kinds asked for; paging yields each insight once. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("there are insights", r.all > 0),
  claim("no insight is streamed twice", new Set(r.ids).size === r.ids.length),
  claim("target_kind=ACCOUNT,POLICY keeps only those kinds", r.filtered.every((k) => k === "ACCOUNT" || k === "POLICY")),
  claim("the filter keeps no more than all", r.filtered.length <= r.all)
]

run(import.meta, program, claims)
