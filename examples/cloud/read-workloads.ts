/**
 * Streams the organisation's workloads, two per request, and reads the first one again by its id with its
 * tags. Mirrors staxapp's `examples/workloads/read_workloads.py`, which reads one page and leaves paging to
 * the caller.
 */
import { Chunk, Console, Effect, Stream } from "effect"
import { Workloads } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { workloadId } from "./support/fixtures.js"

/** Every workload streamed, and the first one read by id. */
export const program = Effect.gen(function*() {
  yield* workloadId
  const all = Chunk.toReadonlyArray(yield* Stream.runCollect(Workloads.readWorkloadsAll({ limit: 2 })))
  for (const w of all) yield* Console.log(`  ${w.Name}  ${w.Status ?? "-"}  ${w.Region}`)
  const first = all[0]
  const one = first === undefined ? [] : (yield* Workloads.readWorkloads({ workloadId: first.Id, includeTags: true })).Workloads
  return { ids: all.map((w) => w.Id), one: one[0] }
})

/** Something was streamed, each workload once, and the read by id gives the first. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("at least one workload is streamed", r.ids.length > 0),
  claim("no workload is streamed twice", new Set(r.ids).size === r.ids.length),
  claim("reading the first by id gives it", r.one?.Id === r.ids[0])
]

run(import.meta, program, claims)
