/**
 * `npx tsx bench/probes/set-churn-probe.ts`: no Effect, no I/O. 32 calls at a time, 300,000 in all; each
 * call registers a holder in a long-lived collection, makes ~6 KB of objects one event-loop turn later,
 * unregisters the holder, and returns the objects (which the caller drops). The collection is:
 *
 * - `none`: nothing (the floor);
 * - `set`: a `Set` (`add`, then `delete`), as Effect's global set of root fibers is used per `runPromise`;
 * - `list`: the Promise runner's doubly linked list, whose removed nodes are emptied (`Running`,
 *   src/promise/internal/running.ts).
 *
 * Before the calls, the collection's backing store is aged into the old generation (one entry kept while
 * young collections run), as a full collection does in a long-running program. Each case runs in its own
 * process under `--trace-gc-nvp`; prints, per case, µs per call and the bytes young collections copied
 * (survived) per call, then one JSON line.
 *
 * What it found (figures in bench/probes/README.md): a `Set` keeps a large share of every call's objects
 * alive through young collections, up to all of them, and makes full collections run; with the list as
 * little survives as with no collection at all. V8 rehashes a `Set` as entries come and go and leaves
 * each replaced table linked to its successor with its entries in place: an old replaced table keeps
 * every later table, and what their entries point at, alive through young collections until the next
 * full one.
 */
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Running } from "../../src/promise/internal/running.js"
import { concurrently } from "../load.js"

const CALLS = 300_000
const CONCURRENCY = 32
const MARK = "set-churn-probe: measuring"

interface Holder {
  value: unknown
}

interface Registry {
  readonly add: (holder: Holder) => () => void
}

const registries: Record<string, () => Registry> = {
  none: () => ({ add: () => () => {} }),
  set: () => {
    const set = new Set<Holder>()
    return {
      add: (holder) => {
        set.add(holder)
        return () => void set.delete(holder)
      }
    }
  },
  list: () => {
    const running = new Running<Holder>()
    return {
      add: (holder) => {
        const node = running.add(holder)
        return () => running.remove(node)
      }
    }
  }
}

const make = () => {
  const out: Array<{ readonly index: number; readonly text: string }> = []
  for (let i = 0; i < 100; i++) out.push({ index: i, text: `value ${i}` })
  return out
}

const child = async (name: string) => {
  const registry = registries[name]!()
  // Age the collection: one entry kept while ~20 MB of garbage makes young collections run.
  const remove = registry.add({ value: undefined })
  let junk: unknown
  for (let i = 0; i < 400_000; i++) junk = { i, list: [i] }
  void junk
  remove()
  const call = () =>
    new Promise<unknown>((resolve) => {
      const holder: Holder = { value: undefined }
      const done = registry.add(holder)
      setImmediate(() => {
        holder.value = make()
        done()
        resolve(holder.value)
      })
    })
  console.log(MARK)
  const start = performance.now()
  await concurrently(call, CALLS, CONCURRENCY)
  console.log(JSON.stringify({ us_per_call: ((performance.now() - start) * 1000) / CALLS }))
}

if (process.argv[2] === "child") {
  await child(process.argv[3]!)
} else {
  const results: Record<string, { us_per_call: number; survived_bytes_per_call: number; full_collections: number }> = {}
  for (const name of Object.keys(registries)) {
    const out = execFileSync(process.execPath, ["--trace-gc-nvp", ...process.execArgv, fileURLToPath(import.meta.url), "child", name], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024
    })
    const lines = out.split("\n")
    let survived = 0
    let full = 0
    let us = NaN
    for (const line of lines.slice(lines.indexOf(MARK) + 1)) {
      if (line.startsWith("{")) us = (JSON.parse(line) as { us_per_call: number }).us_per_call
      if (/\bgc=(s|mmc)\b/.test(line)) survived += Number(/\bnew_space_survived=(\d+)/.exec(line)?.[1] ?? 0)
      else if (/\bgc=mc\b/.test(line)) full++
    }
    results[name] = { us_per_call: Number(us.toFixed(2)), survived_bytes_per_call: Math.round(survived / CALLS), full_collections: full }
    console.error(`${name}: ${us.toFixed(2)} µs/call, ${Math.round(survived / CALLS)} B survived young collections per call, ${full} full collections`)
  }
  console.log(JSON.stringify({ calls: CALLS, concurrency: CONCURRENCY, results }))
}
