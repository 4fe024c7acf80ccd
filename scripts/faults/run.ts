/**
 * `npm run faults` (`-- --quick` for a smaller load phase): the SDK against the stand-in served on
 * 127.0.0.1, under every fault of a matrix (fault × operation × retry policy), then a load phase
 * (10,000 calls at concurrency 64 with random faults). For each scenario: the outcome (success, a
 * typed error's tag, or an untyped defect), lost writes (the SDK said it failed without saying it may
 * have been applied, yet the stand-in applied it), duplicated writes (applied twice), secret leaks (the
 * canary key in an error's serialisations or a captured log line) and RSS growth. Prints a table and
 * writes scripts/faults/faults-report.json (generated, not committed: see .gitignore).
 */
import { UndiciHttpClient } from "../../src/node/index.js"
import { Cause, Chunk, type Duration, Effect, Exit, Layer, Logger, ManagedRuntime, Scope, Stream } from "effect"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Documents, RetryPolicy, Stacks, Stax, StaxConfig } from "../../src/index.js"
import { Fault, StaxLocal } from "../../src/testing/index.js"
import { type BodyFault, type Proxy, startProxy } from "./proxy.js"

const QUICK = process.argv.includes("--quick")
const VERBOSE = process.argv.includes("--verbose")
/** `--policies=none,default` runs part of the matrix. */
const ONLY = process.argv.find((a) => a.startsWith("--policies="))?.slice("--policies=".length).split(",")
const LOAD_CALLS = QUICK ? 1_000 : 10_000
const LOAD_CONCURRENCY = 64
/** The canary: the team's API key. It must never appear in an error or a log line. */
const CANARY = "sk_canary_7d1e5f9a3c0b4e82a6f1"
const WRONG_KEY = "sk_wrong_canary_52b8e0c4d7a1f369"
const DOC_ID = "65a1f0c2000000000000d0c0"
const TIMEOUT = "700 millis"
const CASE_DEADLINE_MILLIS = 4_000
const MiB = 1024 * 1024
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

const uploadDir = mkdtempSync(join(tmpdir(), "stax-faults-"))
const uploadPath = join(uploadDir, "invoice.pdf")
writeFileSync(uploadPath, Buffer.alloc(16 * 1024, 0x25))
let counter = 0

interface Operation {
  readonly name: string
  readonly route: string
  readonly write: boolean
  readonly run: () => Effect.Effect<unknown, unknown, any>
}

const operations: ReadonlyArray<Operation> = [
  { name: "get", route: "GET /stack/get", write: false, run: () => Stacks.get({ stackTag: "Faults" }) },
  {
    name: "create",
    route: "POST /stack/create",
    write: true,
    run: () => Stacks.create({ stackPath: `Faults-${++counter}` })
  },
  {
    name: "upload-file",
    route: "POST /document/upload",
    write: true,
    run: () => Documents.upload({ files: [Documents.file(uploadPath)] })
  },
  {
    name: "upload-stream",
    route: "POST /document/upload",
    write: true,
    run: () =>
      Documents.upload({
        files: [{ name: "stream.bin", stream: Stream.make(new Uint8Array(8 * 1024).fill(7), new Uint8Array(8 * 1024)) }]
      })
  },
  {
    name: "download",
    route: "GET /document/download",
    write: false,
    run: () => Stream.runDrain(Documents.download({ docId: DOC_ID }))
  }
]

// ---------------------------------------------------------------------------------------------
// Faults
// ---------------------------------------------------------------------------------------------

interface Env {
  readonly local: StaxLocal["Type"]
  readonly proxy: Proxy
}

interface FaultCase {
  readonly name: string
  /** Arms the fault for the first request of `route`. */
  readonly arm: (env: Env, route: string) => void
  /** Runs the call with refused credentials, failures reported this way. */
  readonly auth?: "always-200" | "http"
  /** Body faults go through the proxy; the others straight to the stand-in (a refused connection stays one). */
  readonly viaProxy?: boolean
  /** Wait this long after the call before counting writes (a delayed answer applies its write late). */
  readonly settleMillis?: number
}

const httpDate = (secondsAhead: number) => new Date(Date.now() + secondsAhead * 1000).toUTCString()
const status = (name: string, code: number, options: Parameters<typeof Fault.status>[2] = {}): FaultCase => ({
  name,
  arm: ({ local }, route) => local.faults.add(Fault.status(route, code, options))
})
const body = (fault: BodyFault): FaultCase => ({
  name: `body-${fault}`,
  arm: ({ proxy }, route) => proxy.arm(route, fault),
  viaProxy: true
})

const faults: ReadonlyArray<FaultCase> = [
  { name: "none", arm: () => undefined },
  status("429", 429),
  status("429-retry-after-1s", 429, { retryAfter: "1" }),
  {
    name: "503-retry-after-date",
    arm: ({ local }, route) => local.faults.add(Fault.status(route, 503, { retryAfter: httpDate(1) }))
  },
  status("500", 500),
  status("502-html", 502, { body: "html" }),
  status("504-empty", 504, { body: "empty" }),
  status("200-truncated", 200, { body: "truncated" }),
  status("200-html", 200, { body: "html" }),
  status("200-malformed", 200, { body: "malformed" }),
  { name: "reset-refuse", arm: ({ local }, route) => local.faults.add(Fault.reset(route, "refuse")) },
  { name: "reset-before", arm: ({ local }, route) => local.faults.add(Fault.reset(route, "before")) },
  { name: "reset-after", arm: ({ local }, route) => local.faults.add(Fault.reset(route, "after")) },
  { name: "hang-1s", arm: ({ local }, route) => local.faults.add(Fault.delay(route, "1 second")), settleMillis: 1_100 },
  body("slow"),
  body("endless"),
  body("endless-binary"),
  body("oversized"),
  body("bomb"),
  body("echo"),
  { name: "auth-always-200", arm: () => undefined, auth: "always-200" },
  { name: "auth-http", arm: () => undefined, auth: "http" }
]

const policies = { default: RetryPolicy.default, staxapp: RetryPolicy.staxapp, none: RetryPolicy.none } as const
type PolicyName = keyof typeof policies

// ---------------------------------------------------------------------------------------------
// Runs and classification
// ---------------------------------------------------------------------------------------------

const captured: Array<string> = []
const captureLogs = Logger.replace(
  Logger.defaultLogger,
  Logger.map(Logger.logfmtLogger, (line) => {
    captured.push(line)
  })
)

const runtimeFor = (baseUrl: string, policy: RetryPolicy, apiKey: string, timeout: Duration.DurationInput = TIMEOUT) =>
  ManagedRuntime.make(
    Stax.layer.pipe(
      // `downloadTimeout` bounds a download whose data never stops (the SDK has no default total for
      // downloads: a large file may take long); the README's transport, UndiciHttpClient.
      Layer.provide(StaxConfig.layer({
        email: "admin@stax.local",
        apiKey,
        baseUrl,
        timeout,
        downloadTimeout: "3 seconds",
        retry: policy,
        logLevel: "debug"
      })),
      Layer.provide(UndiciHttpClient.layer),
      Layer.provide(captureLogs)
    )
  )

type Outcome =
  | { readonly kind: "success" }
  | { readonly kind: "typed"; readonly tag: string; readonly maybeApplied: boolean; readonly shown: string }
  | { readonly kind: "untyped"; readonly shown: string }

const runOnce = async (runtime: ManagedRuntime.ManagedRuntime<any, any>, effect: Effect.Effect<unknown, unknown, any>): Promise<Outcome> => {
  let timer: NodeJS.Timeout | undefined
  const controller = new AbortController()
  const exit = await Promise.race([
    runtime.runPromiseExit(effect, { signal: controller.signal }),
    new Promise<"hang">((resolve) => {
      timer = setTimeout(() => resolve("hang"), CASE_DEADLINE_MILLIS)
    })
  ])
  clearTimeout(timer)
  if (exit === "hang") {
    controller.abort()
    return { kind: "untyped", shown: `no outcome within ${CASE_DEADLINE_MILLIS} ms` }
  }
  if (Exit.isSuccess(exit)) return { kind: "success" }
  const pretty = Cause.pretty(exit.cause)
  const failure = Cause.failureOption(exit.cause)
  if (Chunk.size(Cause.defects(exit.cause)) > 0 || failure._tag === "None") return { kind: "untyped", shown: pretty }
  const error = failure.value as { _tag?: unknown; maybeSent?: unknown; maybeApplied?: unknown }
  const tag = typeof error._tag === "string" ? error._tag : "?"
  if (!["AuthError", "ApiError", "TransportError", "DecodeError", "InputError"].includes(tag)) {
    return { kind: "untyped", shown: pretty }
  }
  return {
    kind: "typed",
    tag,
    // The SDK's only way to say "this may have been applied" today.
    // A write's error says it in `maybeApplied`; a read's (no such field) may have been "applied" only if sent.
    maybeApplied: error.maybeApplied === true || (error.maybeApplied === undefined && tag === "TransportError" && error.maybeSent === true),
    shown: `${JSON.stringify(error)}\n${String(error)}\n${pretty}`
  }
}

const leaks = (text: string): boolean => [CANARY, WRONG_KEY].some((key) => text.includes(key.slice(0, 12)))

interface Scenario {
  readonly fault: string
  readonly operation: string
  readonly policy: PolicyName
  readonly outcome: string
  readonly maybeApplied: boolean
  readonly applied: number
  readonly lostWrite: boolean
  readonly duplicatedWrite: boolean
  readonly untyped: boolean
  readonly secretLeak: boolean
  readonly rssGrowthMiB: number
  readonly millis: number
  readonly detail?: string
}

const appliedTotal = (local: Env["local"], route: string) => local.model.appliedCount(route)

const startEnv = async (scope: Scope.CloseableScope): Promise<Env> => {
  const local = await Effect.runPromise(Scope.extend(
    StaxLocal.serve({
      team: { apiKey: CANARY },
      keepFiles: false,
      seed: {
        stacks: [{ path: "Faults" }],
        documents: [{ _id: DOC_ID, name: "seeded.pdf", content: { syntheticSize: 16 * 1024 } }]
      }
    }),
    scope
  ))
  const proxy = await startProxy(local.baseUrl)
  return { local, proxy }
}

const runMatrix = async (policyName: PolicyName): Promise<Array<Scenario>> => {
  const scope = Effect.runSync(Scope.make())
  const env = await startEnv(scope)
  const policy = policies[policyName]
  const runtime = runtimeFor(env.local.baseUrl, policy, CANARY)
  const proxied = runtimeFor(env.proxy.baseUrl, policy, CANARY)
  const wrong = runtimeFor(env.local.baseUrl, policy, WRONG_KEY)
  const scenarios: Array<Scenario> = []
  for (const fault of faults) {
    for (const operation of operations) {
      env.local.faults.clear()
      env.proxy.disarm()
      env.local.settings.failureStatus = fault.auth ?? "always-200"
      fault.arm(env, operation.route)
      const before = appliedTotal(env.local, operation.route)
      const logsFrom = captured.length
      gc()
      const rss0 = process.memoryUsage().rss
      const started = performance.now()
      const outcome = await runOnce(
        fault.auth !== undefined ? wrong : fault.viaProxy === true ? proxied : runtime,
        operation.run()
      )
      const millis = Math.round(performance.now() - started)
      const rss1 = process.memoryUsage().rss
      const settling = performance.now()
      await env.proxy.settle()
      const late = (fault.settleMillis ?? 0) - (performance.now() - started)
      if (late > 0) await new Promise((r) => setTimeout(r, late))
      const settleMillis = Math.round(performance.now() - settling)
      const applied = appliedTotal(env.local, operation.route) - before
      const logs = captured.slice(logsFrom).join("\n")
      const saidNotApplied = outcome.kind !== "success" && !(outcome.kind === "typed" && outcome.maybeApplied)
      scenarios.push({
        fault: fault.name,
        operation: operation.name,
        policy: policyName,
        outcome: outcome.kind === "typed" ? outcome.tag : outcome.kind,
        maybeApplied: outcome.kind === "typed" && outcome.maybeApplied,
        applied,
        lostWrite: operation.write && ((saidNotApplied && applied > 0) || (outcome.kind === "success" && applied === 0)),
        duplicatedWrite: operation.write && applied > 1,
        untyped: outcome.kind === "untyped",
        secretLeak: leaks(logs) || (outcome.kind !== "success" && leaks(outcome.shown)),
        rssGrowthMiB: Math.max(0, Math.round((rss1 - rss0) / MiB)),
        millis,
        ...(outcome.kind === "untyped" ? { detail: outcome.shown.split("\n").slice(0, 2).join(" ").slice(0, 200) } : {})
      })
      if (VERBOSE) console.log(`  ${fault.name} ${operation.name}: ${short(scenarios[scenarios.length - 1]!)} ${millis} ms (settled in ${settleMillis} ms)`)
    }
  }
  env.local.faults.clear()
  env.proxy.disarm()
  await runtime.dispose()
  await proxied.dispose()
  await wrong.dispose()
  await env.proxy.close()
  await Effect.runPromise(Scope.close(scope, Exit.void))
  return scenarios
}

// ---------------------------------------------------------------------------------------------
// Load phase
// ---------------------------------------------------------------------------------------------

const LOAD_FAULTS: ReadonlyArray<(route: string) => Fault.Fault> = [
  (route) => Fault.status(route, 429),
  (route) => Fault.status(route, 500),
  (route) => Fault.status(route, 502, { body: "html" }),
  (route) => Fault.status(route, 503, { retryAfter: "0" }),
  (route) => Fault.status(route, 200, { body: "truncated" }),
  (route) => Fault.reset(route, "refuse"),
  (route) => Fault.reset(route, "before"),
  (route) => Fault.reset(route, "after")
]

const runLoad = async () => {
  const scope = Effect.runSync(Scope.make())
  const env = await startEnv(scope)
  const runtime = runtimeFor(env.local.baseUrl, RetryPolicy.default.with({ backoffFactor: 0.01, jitter: 0 }), CANARY, "5 seconds")
  const writeRoutes = [...new Set(operations.filter((o) => o.write).map((o) => o.route))]
  const appliedNow = () => writeRoutes.reduce((n, r) => n + appliedTotal(env.local, r), 0)
  // Warm up the connection pool, then take the baselines.
  for (let i = 0; i < 64; i++) await runOnce(runtime, operations[0]!.run())
  gc()
  const baselineHandles = process.getActiveResourcesInfo().length
  const heapBefore = process.memoryUsage().heapUsed
  const appliedBefore = appliedNow()
  const count = { succeeded: 0, failedNotApplied: 0, failedMaybeApplied: 0, untyped: 0 }
  const writes = { succeeded: 0, failedNotApplied: 0, failedMaybeApplied: 0 }
  let leaked = 0
  const logsFrom = captured.length
  let seed = 42
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  const started = performance.now()
  const calls = Array.from({ length: LOAD_CALLS }, () => {
    const operation = operations[Math.floor(random() * operations.length)]!
    const fault = random() < 0.3 ? LOAD_FAULTS[Math.floor(random() * LOAD_FAULTS.length)]! : undefined
    return { operation, fault }
  })
  await runtime.runPromise(Effect.forEach(calls, ({ fault, operation }) =>
    Effect.gen(function*() {
      if (fault !== undefined) env.local.faults.add(fault(operation.route))
      const exit = yield* Effect.exit(operation.run())
      const kind = Exit.isSuccess(exit)
        ? "succeeded"
        : Chunk.size(Cause.defects(exit.cause)) > 0 || Cause.failureOption(exit.cause)._tag === "None"
        ? "untyped"
        : (() => {
          const error = Cause.failureOption(exit.cause).pipe((o) => o._tag === "Some" ? o.value as { _tag?: string; maybeSent?: boolean; maybeApplied?: boolean } : {})
          return error.maybeApplied === true || (error.maybeApplied === undefined && error._tag === "TransportError" && error.maybeSent === true)
            ? "failedMaybeApplied"
            : "failedNotApplied"
        })()
      count[kind] += 1
      if (operation.write && kind !== "untyped") writes[kind] += 1
      if (Exit.isFailure(exit) && leaks(Cause.pretty(exit.cause))) leaked += 1
    }), { concurrency: LOAD_CONCURRENCY, discard: true }))
  const millis = Math.round(performance.now() - started)
  const applied = appliedNow() - appliedBefore
  if (leaks(captured.slice(logsFrom).join("\n"))) leaked += 1
  const handlesRightAfter = process.getActiveResourcesInfo().length
  gc()
  const heapAfter = process.memoryUsage().heapUsed
  env.local.faults.clear()
  // Closing the client (its runtime: the transport's keep-alive pool) must leave no handle behind. Sockets
  // the server side still holds close when their peer does; give them a moment.
  await runtime.dispose()
  const until = Date.now() + 8_000
  while (process.getActiveResourcesInfo().length > baselineHandles && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200))
  }
  const handlesAfter = process.getActiveResourcesInfo().length
  const handleTypes = process.getActiveResourcesInfo().reduce<Record<string, number>>((acc, type) => {
    acc[type] = (acc[type] ?? 0) + 1
    return acc
  }, {})
  await env.proxy.close()
  await Effect.runPromise(Scope.close(scope, Exit.void))
  const accounted = count.succeeded + count.failedNotApplied + count.failedMaybeApplied + count.untyped
  return {
    calls: LOAD_CALLS,
    concurrency: LOAD_CONCURRENCY,
    millis,
    ...count,
    accounted,
    everyCallAccountedFor: accounted === LOAD_CALLS,
    writes,
    appliedWrites: applied,
    appliedWithinBound: applied <= writes.succeeded + writes.failedMaybeApplied,
    lostWritesAtLeast: Math.max(0, applied - (writes.succeeded + writes.failedMaybeApplied)),
    secretLeaks: leaked,
    handles: { baseline: baselineHandles, rightAfter: handlesRightAfter, afterClose: handlesAfter, afterCloseByType: handleTypes },
    handlesBackToBaseline: handlesAfter <= baselineHandles,
    heapGrowthMiB: Math.round(((heapAfter - heapBefore) / MiB) * 10) / 10,
    gcExposed: (globalThis as { gc?: unknown }).gc !== undefined
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const short = (s: Scenario): string => {
  const base = s.outcome === "success"
    ? "ok"
    : s.outcome === "untyped"
    ? "DEFECT"
    : `${s.outcome.replace("Error", "")}${s.maybeApplied ? "?" : ""}`
  const flags = `${s.lostWrite ? " LOST" : ""}${s.duplicatedWrite ? " DUP" : ""}${s.secretLeak ? " LEAK" : ""}`
  return `${base}${flags}`
}

const main = async () => {
  const started = performance.now()
  const scenarios: Array<Scenario> = []
  for (const policy of Object.keys(policies) as Array<PolicyName>) {
    if (ONLY !== undefined && !ONLY.includes(policy)) continue
    process.stdout.write(`matrix: policy ${policy}... `)
    const t = performance.now()
    scenarios.push(...await runMatrix(policy))
    console.log(`${Math.round((performance.now() - t) / 1000)} s`)
  }
  const byPolicy = Object.fromEntries((Object.keys(policies) as Array<PolicyName>).map((policy) => {
    const mine = scenarios.filter((s) => s.policy === policy)
    return [policy, {
      scenarios: mine.length,
      lostWrites: mine.filter((s) => s.lostWrite).length,
      duplicatedWrites: mine.filter((s) => s.duplicatedWrite).length,
      untypedFailures: mine.filter((s) => s.untyped).length,
      secretLeaks: mine.filter((s) => s.secretLeak).length,
      maxRssGrowthMiB: Math.max(0, ...mine.map((s) => s.rssGrowthMiB))
    }]
  }))

  const header = ["fault", "operation", "default", "staxapp", "none"]
  const rows: Array<Array<string>> = []
  for (const fault of faults) {
    for (const operation of operations) {
      const cell = (policy: PolicyName) => {
        const s = scenarios.find((x) => x.fault === fault.name && x.operation === operation.name && x.policy === policy)
        return s === undefined ? "-" : short(s)
      }
      rows.push([fault.name, operation.name, cell("default"), cell("staxapp"), cell("none")])
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: ReadonlyArray<string>) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ")
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`)
  for (const row of rows) console.log(line(row))
  console.log("\n(ok: success; Api/Auth/Decode/Transport: typed error, ? = says it may have been applied; LOST: write applied but not said so; DUP: applied twice; LEAK: canary key shown)")
  console.log("\ntotals by policy:")
  for (const [policy, totals] of Object.entries(byPolicy)) console.log(`  ${policy.padEnd(8)} ${JSON.stringify(totals)}`)

  process.stdout.write(`\nload: ${LOAD_CALLS} calls at concurrency ${LOAD_CONCURRENCY}... `)
  const load = await runLoad()
  console.log(`${load.millis} ms`)
  console.log(`  ${JSON.stringify(load)}`)

  const report = {
    generatedAt: new Date().toISOString(),
    quick: QUICK,
    node: process.version,
    totalMillis: Math.round(performance.now() - started),
    policies: byPolicy,
    scenarios,
    load
  }
  const out = fileURLToPath(new URL("./faults-report.json", import.meta.url))
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nwrote ${out} in ${Math.round(report.totalMillis / 1000)} s`)
  rmSync(uploadDir, { recursive: true, force: true })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
