/**
 * `npx tsx bench/async-probe.ts`: what waiting for the next event-loop turn costs an Effect program,
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
 * On the 2-core machine (2026-11-24), medians of 3 rounds of 100,000 calls: a plain Promise 6.4 µs per
 * call, `Effect.async` 36.9 (33.2 in another run), `Effect.promise` 35.6, `yieldNow` 8.8; without the
 * objects 0.3, 4.7, 5.1 and 2.4. Objects made by the fiber after it resumed cost the same (35.2), while
 * waiting outside Effect and then running the Effect does not (7.7). The difference is the garbage
 * collector: what a fiber allocates once it has waited for a later turn survives young collections
 * (`--trace-gc`: 7-10 ms scavenges that promote, against 0.2 ms). Every HTTP call of an Effect client
 * waits that way, so this is a floor under any of them.
 *
 * Taken further (`effect-async-at-once`, and `--trace-gc-nvp`): the later turn is not needed. An
 * `Effect.async` whose register function resumes at once costs as much, and so does `Effect.runSync` of
 * one in a plain loop (33 µs against 8 for `Effect.sync`): every object a call returns is promoted
 * (1.8 GB for 120,000 calls against 11 MB). `node --no-allocation-site-pretenuring` brings it to 10 µs,
 * as does, in a patched runtime, dropping the fiber from the callback `Effect.async` hands its register
 * function once that callback has run (8.5 µs): once V8 pretenures the sites of some of the fiber's
 * bookkeeping (its `_stack` and `_observers` arrays are then born old), an old object still reaches that
 * callback after the fiber has ended, and through it the fiber and its exit value, until the next full
 * collection. Effect's internal `unsafeAsync` does not show it. Material for an issue upstream.
 *
 * Later the same day: in the SDK's own setting (a `ManagedRuntime`, undici) most of what is promoted is
 * kept by Effect's global set of root fibers instead (bench/gc-probe.ts, bench/set-churn-probe.ts); here,
 * with that set disabled, a call still promotes ~7.6 KB against ~10.4, so this probe shows a second retainer.
 */
import { Effect } from "effect"
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { concurrently } from "./load.js"
import { median } from "./stats.js"

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
