/**
 * `npx tsx bench/probes/async-probe.ts`: what waiting for the next event-loop turn costs an Effect program,
 * with no I/O and no SDK code. Each call makes `OBJECTS` small objects in a later turn (`setImmediate`,
 * as a socket's data would arrive) and hands them back; 32 calls run at a time, `CALLS` in all:
 *
 * - `promise`: a plain `Promise` (the floor);
 * - `effect-async`: `Effect.runPromise(Effect.async(...))`, resumed from that turn;
 * - `effect-promise`: `Effect.runPromise(Effect.promise(...))`;
 * - `effect-async-then`: `Effect.async` resumed from that turn with nothing, the objects made after;
 * - `promise-then-effect`: the wait in a plain Promise, then `Effect.runPromise(Effect.sync(make))`;
 * - `effect-yield`: `Effect.runPromise(yieldNow, then make the objects)` (no later turn: microtasks only);
 * - `effect-async-at-once`: `Effect.async` whose register function resumes at once (no wait at all).
 *
 * Each case runs in its own process (warmed up, then measured), in rotated rounds; prints µs per call
 * per round, then one JSON line of medians (`node --trace-gc` on a child shows the collections).
 *
 * What it found (figures in bench/probes/README.md): the cost is the garbage collector, not the wait.
 * What a fiber allocates once it has resumed, even at once with no later turn, survives young collections
 * (it is promoted to the old generation), while the same wait outside Effect followed by the Effect does
 * not. Every HTTP call of an Effect client waits that way, so this is a floor under any of them. In the
 * SDK's own setting most of what is promoted is kept by Effect's global set of root fibers
 * (bench/probes/gc-probe.ts, bench/probes/set-churn-probe.ts); with that set disabled this probe still
 * shows a second retainer: the callback `Effect.async` hands its register function keeps the fiber, and
 * its exit value, reachable from old objects. Material for an issue upstream.
 */
import { Effect } from "effect"
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { concurrently } from "../load.js"
import { median } from "../stats.js"

const OBJECTS = Number(process.env["PROBE_OBJECTS"] ?? 300)
const CALLS = Number(process.env["PROBE_CALLS"] ?? 100_000)
const ROUNDS = 3
const CONCURRENCY = 32

const make = () => {
  const out: Array<{ readonly index: number; readonly text: string }> = []
  for (let i = 0; i < OBJECTS; i++) out.push({ index: i, text: `value ${i}` })
  return out
}

const cases: Record<string, () => Promise<unknown>> = {
  "promise": () => new Promise((resolve) => setImmediate(() => resolve(make()))),
  "effect-async": () => Effect.runPromise(Effect.async<unknown>((resume) => void setImmediate(() => resume(Effect.succeed(make()))))),
  "effect-promise": () => Effect.runPromise(Effect.promise(() => new Promise((resolve) => setImmediate(() => resolve(make()))))),
  "effect-async-then": () => Effect.runPromise(Effect.zipRight(Effect.async<void>((resume) => void setImmediate(() => resume(Effect.void))), Effect.sync(make))),
  "promise-then-effect": () => new Promise((resolve) => setImmediate(() => resolve(undefined))).then(() => Effect.runPromise(Effect.sync(make))),
  "effect-yield": () => Effect.runPromise(Effect.zipRight(Effect.yieldNow(), Effect.sync(make))),
  "effect-async-at-once": () => Effect.runPromise(Effect.async<unknown>((resume) => resume(Effect.succeed(make()))))
}

const run = async (call: () => Promise<unknown>) => {
  const start = performance.now()
  await concurrently(call, CALLS, CONCURRENCY)
  return ((performance.now() - start) * 1000) / CALLS
}

const only = process.argv[2]
if (only !== undefined) {
  // A child: one case, warmed up, then measured once; prints µs per call.
  const call = cases[only]!
  await run(call)
  console.log(JSON.stringify(await run(call)))
} else {
  // Each case in a fresh process (one case's garbage must not slow the next), rounds rotated.
  const names = Object.keys(cases)
  const results: Record<string, Array<number>> = {}
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { encoding: "utf8" })
      const us = JSON.parse(out.trim().split("\n").pop()!) as number
      ;(results[name] ??= []).push(us)
      console.error(`round ${round + 1} ${name}: ${us.toFixed(1)} µs/call`)
    }
  }
  console.log(JSON.stringify({
    objects: OBJECTS,
    calls: CALLS,
    concurrency: CONCURRENCY,
    us_per_call: Object.fromEntries(names.map((name) => [name, Number(median(results[name]!).toFixed(1))]))
  }))
}
