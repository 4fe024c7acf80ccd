/**
 * `npx tsx --tsconfig bench/tsconfig.json bench/probes/gc-probe.ts` (after `npm run build`): how much of what a
 * call allocates the garbage collector promotes to the old generation, and what that costs, for:
 *
 * - `undici`: raw `undici.request` + `JSON.parse`;
 * - `effect_promise`: the same call inside an Effect (`ManagedRuntime.runPromise(Effect.promise(...))`),
 *   no SDK code, the answer returned through `runPromise`; `effect_promise_void`: the same, answer dropped;
 * - `sdk`: the SDK set up as the README does (bench/sdk-setup.ts); `sdk_no_pretenuring`: the same under
 *   `--no-allocation-site-pretenuring`; `sdk_void`: the same, its answer dropped (`Effect.asVoid`);
 *   `sdk_untraced`: the same under `Effect.withTracerEnabled(false)` (no span, no trace headers);
 * - diagnosis only, not something a user can do: `effect_promise_no_roots` and `sdk_no_roots`, the same
 *   with Effect's global set of root fibers (`FiberScope.globalScope`, internal) not told about new fibers.
 *
 * Each case runs in its own process (`--trace-gc-nvp`), against the lean server (bench/lean-server.ts): a
 * warm-up of 3,000 calls, then `PROBE_CALLS` calls at concurrency 32, rounds rotated. Prints, per case, the
 * median over rounds of req/s, client CPU µs per call, bytes promoted per call and young-generation pause
 * µs per call; then one JSON line.
 *
 * What it found (figures in bench/probes/README.md and the CHANGELOG): a call lasts far less than the
 * time between young collections, yet the SDK and the bare Effect wrapper promote most of each answer.
 * The span kept its success exit (spans now end with `Exit.void`), the transport's canceler kept the
 * fiber (now `core/internal/cancellable.ts`), and what is left is Effect's: every root fiber (each
 * `runPromise`/`runFork`) is added to one long-lived `Set` and deleted when it ends; once V8 has moved
 * that set's table to the old generation, each rehash leaves the replaced table, its entries still in it,
 * linked to its successor, so every fiber entered since, with its exit value, stays reachable until the
 * next full collection (bench/probes/set-churn-probe.ts shows it with a plain `Set`; the `*_no_roots`
 * cases show the difference). With that set out of the way, the SDK costs what the bare wrapper costs.
 * Every Promise-driven Effect program pays it: material for an issue upstream.
 */
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { concurrently } from "../load.js"
import { median } from "../stats.js"

const CALLS = Number(process.env["PROBE_CALLS"] ?? 30_000)
const ROUNDS = Number(process.env["PROBE_ROUNDS"] ?? 3)
const CONCURRENCY = 32
const WARMUP = 3_000
const MARK = "pretenure-probe: measuring"

const child = async (client: string, noRoots: boolean) => {
  if (noRoots) {
    // Diagnosis: Effect's global root-fiber set no longer hears of new fibers (see the header).
    const scope = await import(new URL("../../node_modules/effect/dist/esm/internal/fiberScope.js", import.meta.url).href)
    ;(scope.globalScope as { add: (...args: ReadonlyArray<unknown>) => void }).add = () => {}
  }
  const { Effect, Layer, ManagedRuntime } = await import("effect")
  const { Documents } = await import("stax-effect")
  const { Agent, request } = await import("undici")
  const { startLeanServer } = await import("../children.js")
  const { DOC_ID } = await import("../fixtures.js")
  const { sdkEnv, sdkReadmeLayer } = await import("../sdk-setup.js")
  const lean = await startLeanServer()
  Object.assign(process.env, sdkEnv(lean.baseUrl))
  const url = `${lean.baseUrl}/document/get?docId=${DOC_ID}`
  const headers = { email: "bench@example.com", authorization: "Bearer bench-api-key-0123456789", accept: "application/json" }
  const agent = new Agent()
  const runtime = ManagedRuntime.make(sdkReadmeLayer)
  const bare = ManagedRuntime.make(Layer.empty)
  const raw = async () => JSON.parse(await (await request(url, { headers, dispatcher: agent })).body.text()) as unknown
  const calls: Record<string, () => Promise<unknown>> = {
    undici: raw,
    // No SDK code: the same undici call inside an Effect, its answer returned (or not) through `runPromise`.
    effect_promise: () => bare.runPromise(Effect.promise(raw)),
    effect_promise_void: () => bare.runPromise(Effect.asVoid(Effect.promise(raw))),
    sdk: () => runtime.runPromise(Documents.get({ docId: DOC_ID })),
    sdk_notrace: () => runtime.runPromise(Effect.withTracerEnabled(Documents.get({ docId: DOC_ID }), false)),
    sdk_void: () => runtime.runPromise(Effect.asVoid(Documents.get({ docId: DOC_ID })))
  }
  const call = calls[client]!
  await concurrently(call, WARMUP, CONCURRENCY)
  // V8 writes its trace to stdout too: the parent counts only the collections after this line.
  console.log(MARK)
  const cpu = process.cpuUsage()
  const start = performance.now()
  await concurrently(call, CALLS, CONCURRENCY)
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  console.log(JSON.stringify({ rps: CALLS / seconds, cpu_us: (used.user + used.system) / CALLS }))
  await runtime.dispose()
  await bare.dispose()
  await agent.close()
  lean.stop()
}

interface Figures {
  readonly rps: number
  readonly cpu_us: number
  readonly promoted_bytes: number
  readonly scavenge_pause_us: number
}

const measure = (client: string, flags: ReadonlyArray<string>, noRoots: boolean): Figures => {
  const out = execFileSync(
    process.execPath,
    [...flags, "--trace-gc-nvp", ...process.execArgv, fileURLToPath(import.meta.url), "child", client, String(noRoots)],
    { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }
  )
  const lines = out.split("\n")
  const from = lines.indexOf(MARK)
  let promoted = 0
  let pauseMs = 0
  let result: { rps: number; cpu_us: number } | undefined
  for (const line of lines.slice(from + 1)) {
    if (line.startsWith("{")) result = JSON.parse(line) as { rps: number; cpu_us: number }
    // Young collections: `gc=s` (scavenge) or `gc=mmc` (minor mark-compact, when enabled).
    if (!/\bgc=(s|mmc)\b/.test(line)) continue
    for (const field of line.split(/\s+/)) {
      const [key, value] = field.split("=")
      if (key === "promoted") promoted += Number(value)
      if (key === "pause") pauseMs += Number(value)
    }
  }
  if (from < 0 || result === undefined) throw new Error(`${client} printed no result: ${out.slice(-500)}`)
  return { rps: result.rps, cpu_us: result.cpu_us, promoted_bytes: promoted / CALLS, scavenge_pause_us: (pauseMs * 1000) / CALLS }
}

if (process.argv[2] === "child") {
  await child(process.argv[3]!, process.argv[4] === "true")
  process.exit(0)
} else {
  const cases = [
    { id: "undici", client: "undici", flags: [] },
    { id: "effect_promise", client: "effect_promise", flags: [] },
    { id: "effect_promise_void", client: "effect_promise_void", flags: [] },
    { id: "sdk", client: "sdk", flags: [] },
    { id: "sdk_no_pretenuring", client: "sdk", flags: ["--no-allocation-site-pretenuring"] },
    { id: "sdk_void", client: "sdk_void", flags: [] },
    { id: "sdk_untraced", client: "sdk_notrace", flags: [] },
    { id: "effect_promise_no_roots", client: "effect_promise", flags: [], noRoots: true },
    { id: "sdk_no_roots", client: "sdk", flags: [], noRoots: true }
  ]
  const rounds: Record<string, Array<Figures>> = {}
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[(i + round) % cases.length]!
      const figures = measure(c.client, c.flags, "noRoots" in c && c.noRoots === true)
      ;(rounds[c.id] ??= []).push(figures)
      console.error(`round ${round + 1} ${c.id}: ${Math.round(figures.rps)} req/s, ${figures.cpu_us.toFixed(0)} µs CPU/call, ${Math.round(figures.promoted_bytes)} B promoted/call, ${figures.scavenge_pause_us.toFixed(1)} µs scavenge/call`)
    }
  }
  const summary = Object.fromEntries(cases.map(({ id }) => {
    const of = (key: keyof Figures) => median(rounds[id]!.map((f) => f[key]))
    return [id, {
      rps: Math.round(of("rps")),
      cpu_us_per_call: Math.round(of("cpu_us")),
      promoted_bytes_per_call: Math.round(of("promoted_bytes")),
      scavenge_pause_us_per_call: +of("scavenge_pause_us").toFixed(1)
    }]
  }))
  console.log(JSON.stringify({ calls: CALLS, rounds: ROUNDS, concurrency: CONCURRENCY, medians: summary }))
}
