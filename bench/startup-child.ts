/**
 * Run by bench/startup.ts, transpiled to JS next to a `tsc` build of the package, in a fresh `node`:
 * times importing the SDK as the README does (the SDK's layers from bench/sdk-setup.ts, which import
 * `stax-effect`, `effect` and `@effect/platform`), then the first call (`Documents.get` against the
 * lean server named by `STAX_API_URL`, layers built on that call as the README does). Prints one JSON
 * line. `--undici`: the same for `undici.request` + `JSON.parse`, the baseline.
 */
const docId = process.argv[2] ?? ""

if (process.argv.includes("--undici")) {
  const t0 = performance.now()
  const { request } = await import("undici")
  const t1 = performance.now()
  const response = await request(`${process.env["STAX_API_URL"]}/document/get?docId=${docId}`)
  const body = JSON.parse(await response.body.text()) as { success: boolean }
  const t2 = performance.now()
  if (body.success !== true) throw new Error("first call failed")
  console.log(JSON.stringify({ import_ms: t1 - t0, first_call_ms: t2 - t1, process_start_to_answer_ms: t2 }))
} else {
  const t0 = performance.now()
  const { sdkReadmeLayer } = await import("./sdk-setup.js")
  const { Documents } = await import("stax-effect")
  const { Effect } = await import("effect")
  const t1 = performance.now()
  const doc = await Effect.runPromise(Documents.get({ docId }).pipe(Effect.provide(sdkReadmeLayer)))
  const t2 = performance.now()
  if (doc._id !== docId) throw new Error("first call failed")
  console.log(JSON.stringify({ import_ms: t1 - t0, first_call_ms: t2 - t1, process_start_to_answer_ms: t2 }))
}
export {}
