/**
 * `npm run bench` (`-- --quick` for a short run with the same keys): the SDK against raw undici,
 * fetch and axios, all making the same call (`GET /document/get`, a fixed ~3.9 KB `{success, doc}`
 * envelope) to a lean `node:http` server in its own process on 127.0.0.1 (bench/lean-server.ts).
 *
 * Clients: `undici.request` + `JSON.parse`; `fetch` + `json()`; `axios.get`; the SDK set up as the
 * README's first example (bench/sdk-setup.ts, one runtime built once); the SDK over `FetchHttpClient`;
 * and `effect_floor`, the undici call inside `Effect.promise` run by a `ManagedRuntime` per call, no SDK
 * code: the floor of any Effect client (results.json's `sdk_vs_effect_floor` compares the SDK with it).
 * After a warm-up of every client, each round measures every client in an order that rotates each
 * round: a warm-up (2,000 calls sequential, then 2,000 concurrent), then N sequential
 * calls (p50/p99), then M calls at concurrency 32 (req/s, and this process's CPU per call from
 * `process.cpuUsage`; the server reports its own). Ratios against undici and axios are taken within
 * each round, then summarised as min/median/max over rounds; the SDK over `FetchHttpClient` is also
 * compared with `fetch` + `json()` (`ratios.sdk_fetch.p50_vs_fetch`, `rps_vs_fetch`), as is the SDK over
 * `FetchTransport.layer`, its own sender over `fetch` (`ratios.sdk_fetch_transport.*`). The SDK's stand-in
 * (`StaxLocal.serve`, bench/server.ts) is measured in the same rotation as its own line, with raw undici:
 * its throughput caps any benchmark run against it.
 *
 * In the same rounds, a Stax cloud call with warm credentials (bench/cloud.ts): `Accounts.readAccounts({})`
 * from `stax-effect/cloud` set up as the README's Stax cloud example over `UndiciHttpClient` (`cloud_sdk`),
 * against `undici.request` of the same `GET /20190206/accounts` signed with `@smithy/signature-v4` with the
 * same temporary credentials and region, + `JSON.parse` (`cloud_undici_sigv4`); `ratios.cloud_sdk` compares
 * them. How it is served: the Stax cloud stand-in (`StaxCloudLocal.serve`) runs in this process for the
 * login only (once, before the rounds; its credentials outlast the run); the lean server answers
 * `GET /20190206/public/config` with the stand-in's public config (handed to it at start) and
 * `GET /20190206/accounts` with a fixed ~4.1 KB answer, the signature not checked (both clients sign).
 *
 * Then, each in a child process: decode (bench/decode.ts), startup (bench/startup.ts), memory
 * (bench/memory.ts). Everything goes to bench/results.json; a table is printed.
 *
 * The SDK measured is the built package, as users install it: `npm run bench` builds dist/ (tsc) and
 * runs with bench/tsconfig.json, which leaves out the `paths` mapping `stax-effect` to src/, so the
 * import resolves through the package's `exports`; the children inherit that setting. Run another way
 * (plain `tsx bench/run.ts`), it measures src/ as tsx transpiles it, and `sdk_module` in the results says so.
 *
 * Environment overrides: BENCH_ROUNDS, BENCH_WARMUP, BENCH_SEQUENTIAL, BENCH_CONCURRENT.
 */
import axios from "axios"
import { Effect, Layer, ManagedRuntime } from "effect"
import { writeFileSync } from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import * as v8 from "node:v8"
import * as vm from "node:vm"
import { Documents } from "stax-effect"
import { Agent, request } from "undici"
import { runJsonChild, startLeanServer, startStandIn } from "./children.js"
import { cloudClients, startCloudStandIn } from "./cloud.js"
import { concurrently } from "./load.js"
import { CLOUD_API_PREFIX, DOC_ID } from "./fixtures.js"
import { readmeTransportName, sdkEnv, sdkFetchLayer, sdkFetchTransportLayer, sdkReadmeLayer } from "./sdk-setup.js"
import { percentile, type Spread, summary } from "./stats.js"

const QUICK = process.argv.includes("--quick")

/** Where `stax-effect` resolved from (dist/index.js when run as `npm run bench`), relative to the repository. */
const sdkModule = path.relative(fileURLToPath(new URL("..", import.meta.url)), fileURLToPath(import.meta.resolve("stax-effect")))
if (!sdkModule.startsWith("dist")) {
  console.error(`note: stax-effect resolved to ${sdkModule}, not the built package; \`npm run bench\` measures dist/`)
}
const setting = (name: string, full: number, quick: number) => Number(process.env[name] ?? (QUICK ? quick : full))
const ROUNDS = setting("BENCH_ROUNDS", 5, 2)
// After the full collection that starts each client's turn, a client needs enough calls to be back in its
// steady state: with a short warm-up the SDK's p50 stayed above its steady value while undici's did not
// (figures in the CHANGELOG). A service calls in its steady state.
const WARMUP = setting("BENCH_WARMUP", 2000, 300)
const SEQUENTIAL = setting("BENCH_SEQUENTIAL", 2000, 300)
// 10,000 calls at concurrency 32: fewer last a fraction of a second for the fast clients, a few young
// collections, so one full collection more or less moved a round's req/s (figures in the CHANGELOG).
const CONCURRENT = setting("BENCH_CONCURRENT", 10_000, 640)
const CONCURRENCY = 32

v8.setFlagsFromString("--expose-gc")
const gc = vm.runInNewContext("gc") as () => void

type Call = () => Promise<unknown>

interface Case {
  readonly id: string
  readonly label: string
  readonly call: Call
  /** The server's `/__stats` URL, when it has one. */
  readonly statsUrl?: string
}

interface Round {
  readonly p50_us: number
  readonly p99_us: number
  readonly rps_at_32: number
  readonly client_cpu_us_per_call: number
  readonly server_cpu_us_per_call: number | null
}

const serverStats = async (url: string | undefined) => {
  if (url === undefined) return undefined
  const response = await request(url)
  return await response.body.json() as { cpuMicros: number; requests: number }
}

/**
 * One client's round: a full collection first (the previous client's garbage is not this one's), then a
 * warm-up (sequential, then concurrent), then the measurements, with no collection forced in between: a
 * forced full collection also shrinks the young generation, so the calls right after it would run in a
 * heap no long-running program has (it cost the SDK much of its measured throughput; see the CHANGELOG).
 */
const measure = async (c: Case): Promise<Round> => {
  gc()
  for (let i = 0; i < WARMUP; i++) await c.call()
  await concurrently(c.call, WARMUP, CONCURRENCY)
  const times: Array<number> = []
  for (let i = 0; i < SEQUENTIAL; i++) {
    const start = process.hrtime.bigint()
    await c.call()
    times.push(Number(process.hrtime.bigint() - start) / 1000)
  }
  times.sort((a, b) => a - b)
  const serverBefore = await serverStats(c.statsUrl)
  const cpuBefore = process.cpuUsage()
  const start = process.hrtime.bigint()
  await concurrently(c.call, CONCURRENT, CONCURRENCY)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const cpu = process.cpuUsage(cpuBefore)
  const serverAfter = await serverStats(c.statsUrl)
  return {
    p50_us: Math.round(percentile(times, 0.5)),
    p99_us: Math.round(percentile(times, 0.99)),
    rps_at_32: Math.round(CONCURRENT / seconds),
    client_cpu_us_per_call: Math.round((cpu.user + cpu.system) / CONCURRENT),
    server_cpu_us_per_call: serverBefore === undefined || serverAfter === undefined
      ? null
      : Math.round((serverAfter.cpuMicros - serverBefore.cpuMicros) / Math.max(1, serverAfter.requests - serverBefore.requests - 1))
  }
}

const rotate = <A>(items: ReadonlyArray<A>, by: number): Array<A> => items.map((_, i) => items[(i + by) % items.length]!)

const fmtSpread = (s: Spread | undefined, digits = 0) =>
  s === undefined ? "" : `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]`

const main = async () => {
  const startedAt = Date.now()
  const loadBefore = os.loadavg()
  const cloudStandIn = await startCloudStandIn()
  const lean = await startLeanServer(cloudStandIn.publicConfig)
  const standIn = await startStandIn()
  const stops = [lean.stop, standIn.stop, () => void cloudStandIn.stop()]
  try {
    Object.assign(process.env, sdkEnv(lean.baseUrl))
    const url = `${lean.baseUrl}/document/get?docId=${DOC_ID}`
    const headers = { email: "bench@example.com", authorization: "Bearer bench-api-key-0123456789", accept: "application/json" }
    const check = (body: unknown) => {
      const b = body as { success?: boolean; doc?: { _id?: string } }
      if (b.success !== true || b.doc?._id !== DOC_ID) throw new Error("benchmark call failed")
    }
    /** The baseline call: `undici.request` + `JSON.parse` over `dispatcher`. */
    const undiciGet = (dispatcher: Agent) => async (): Promise<unknown> =>
      JSON.parse(await (await request(url, { headers, dispatcher })).body.text())
    const undiciAgent = new Agent()
    const standInAgent = new Agent()
    const readmeRuntime = ManagedRuntime.make(sdkReadmeLayer)
    const fetchRuntime = ManagedRuntime.make(sdkFetchLayer)
    const fetchTransportRuntime = ManagedRuntime.make(sdkFetchTransportLayer)
    // The floor of any Effect client: the undici call inside `Effect.promise`, run per call like the SDK's.
    const bareRuntime = ManagedRuntime.make(Layer.empty)
    const floorAgent = new Agent()
    const viaUndici = undiciGet(undiciAgent)
    const viaFloor = undiciGet(floorAgent)
    const sdkCheck = (doc: { _id: string }) => {
      if (doc._id !== DOC_ID) throw new Error("benchmark call failed")
    }
    const standInUrl = `${standIn.baseUrl}/document/get?docId=${standIn.docId}`
    const standInHeaders = { email: standIn.email, authorization: `Bearer ${standIn.apiKey}`, accept: "application/json" }
    const stats = `${lean.baseUrl}/__stats`
    const cloud = await cloudClients(lean.baseUrl, cloudStandIn)
    const cases: Array<Case> = [
      {
        id: "undici",
        label: "undici.request + JSON.parse",
        statsUrl: stats,
        call: async () => check(await viaUndici())
      },
      { id: "fetch", label: "fetch + json()", statsUrl: stats, call: async () => check(await (await fetch(url, { headers })).json()) },
      { id: "axios", label: "axios.get", statsUrl: stats, call: async () => check((await axios.get(url, { headers })).data) },
      {
        id: "sdk",
        label: `stax-effect, README setup (${readmeTransportName})`,
        statsUrl: stats,
        call: async () => sdkCheck(await readmeRuntime.runPromise(Documents.get({ docId: DOC_ID })))
      },
      {
        id: "sdk_fetch",
        label: "stax-effect over FetchHttpClient",
        statsUrl: stats,
        call: async () => sdkCheck(await fetchRuntime.runPromise(Documents.get({ docId: DOC_ID })))
      },
      {
        id: "sdk_fetch_transport",
        label: "stax-effect over FetchTransport (its fetch sender)",
        statsUrl: stats,
        call: async () => sdkCheck(await fetchTransportRuntime.runPromise(Documents.get({ docId: DOC_ID })))
      },
      {
        id: "effect_floor",
        label: "Effect.promise(undici + JSON.parse), no SDK",
        statsUrl: stats,
        call: async () => check(await bareRuntime.runPromise(Effect.promise(viaFloor)))
      },
      { id: "cloud_undici_sigv4", label: "Stax cloud: undici.request + SignatureV4 + JSON.parse", statsUrl: stats, call: cloud.baseline },
      { id: "cloud_sdk", label: "Stax cloud: stax-effect/cloud, README setup (UndiciHttpClient)", statsUrl: stats, call: cloud.sdk },
      {
        id: "stand_in",
        label: "stand-in server (StaxLocal.serve), undici",
        call: async () => {
          const body = JSON.parse(await (await request(standInUrl, { headers: standInHeaders, dispatcher: standInAgent })).body.text()) as { success?: boolean }
          if (body.success !== true) throw new Error("stand-in call failed")
        }
      }
    ]

    // Every client once before the first round, so the first round's first client is not the only cold one.
    for (const c of cases) for (let i = 0; i < WARMUP; i++) await c.call()
    const rounds: Array<Record<string, Round>> = []
    for (let r = 0; r < ROUNDS; r++) {
      const round: Record<string, Round> = {}
      const order = rotate(cases, r)
      for (const c of order) {
        round[c.id] = await measure(c)
        const m = round[c.id]!
        console.error(`round ${r + 1}/${ROUNDS} ${c.id}: p50 ${m.p50_us} µs, ${m.rps_at_32} req/s, ${m.client_cpu_us_per_call} µs CPU/call`)
      }
      rounds.push(round)
    }
    await readmeRuntime.dispose()
    await fetchRuntime.dispose()
    await fetchTransportRuntime.dispose()
    await bareRuntime.dispose()
    await floorAgent.close()
    await undiciAgent.close()
    await standInAgent.close()
    standIn.stop()
    await cloud.dispose()
    const cloudLogins = cloud.logins()
    await cloudStandIn.stop()

    const cloudIds = ["cloud_undici_sigv4", "cloud_sdk"]
    // The clients of the document call (the Stax cloud call is another call: compared with its own baseline).
    const clientIds = cases.filter((c) => c.id !== "stand_in" && !cloudIds.includes(c.id)).map((c) => c.id)
    const caseFigures = (id: string) => {
      const of = (key: keyof Round) => rounds.map((round) => round[id]![key]).filter((v): v is number => v !== null)
      const server = of("server_cpu_us_per_call")
      return {
        label: cases.find((c) => c.id === id)!.label,
        p50_us: summary(of("p50_us")),
        p99_us: summary(of("p99_us")),
        rps_at_32: summary(of("rps_at_32")),
        client_cpu_us_per_call: summary(of("client_cpu_us_per_call")),
        ...(server.length > 0 ? { server_cpu_us_per_call: summary(server) } : {}),
        rounds: rounds.map((round) => round[id]!)
      }
    }
    const within = (id: string, base: string) => {
      const per = (f: (a: Round, b: Round) => number) => summary(rounds.map((round) => f(round[id]!, round[base]!)), 2)
      return {
        p50: per((a, b) => a.p50_us / b.p50_us),
        rps: per((a, b) => a.rps_at_32 / b.rps_at_32),
        cpu: per((a, b) => a.client_cpu_us_per_call / b.client_cpu_us_per_call)
      }
    }
    /** `{p50_vs_<base>, rps_vs_<base>, cpu_vs_<base>}` (medians) and their spreads, for `id` against `base`. */
    const against = (id: string, base: string) => {
      const r = within(id, base)
      return {
        medians: { [`p50_vs_${base}`]: r.p50.median, [`rps_vs_${base}`]: r.rps.median, [`cpu_vs_${base}`]: r.cpu.median },
        spread: { [`p50_vs_${base}`]: r.p50, [`rps_vs_${base}`]: r.rps, [`cpu_vs_${base}`]: r.cpu }
      }
    }
    const ratios = Object.fromEntries(clientIds.map((id) => {
      const u = within(id, "undici")
      const a = within(id, "axios")
      return [id, {
        p50_vs_undici: u.p50.median,
        rps_vs_undici: u.rps.median,
        cpu_vs_undici: u.cpu.median,
        p50_vs_axios: a.p50.median,
        rps_vs_axios: a.rps.median,
        spread: { p50_vs_undici: u.p50, rps_vs_undici: u.rps, cpu_vs_undici: u.cpu, p50_vs_axios: a.p50, rps_vs_axios: a.rps }
      }]
    }))
    const withoutSpread = <A extends { readonly spread: unknown }>({ spread: _, ...medians }: A) => medians
    // The SDK over FetchHttpClient against fetch + json(): what the SDK adds over the platform's own fetch.
    const fetchSdk = against("sdk_fetch", "fetch")
    // The SDK over its own fetch sender (FetchTransport) against fetch + json().
    const fetchTransportSdk = against("sdk_fetch_transport", "fetch")
    // The Stax cloud call against undici + SignatureV4: what the SDK adds over signing and sending it by hand.
    const cloudSdk = against("cloud_sdk", "cloud_undici_sigv4")
    // The SDK against the same call in a bare Effect: what the SDK itself costs over Effect's runtime.
    const overFloor = within("sdk", "effect_floor")
    const standInFigures = caseFigures("stand_in")
    const standInVsLean = within("stand_in", "undici")

    console.error("decode…")
    const decode = await runJsonChild("./decode.ts", QUICK ? ["--quick"] : [])
    console.error("startup…")
    const startup = await runJsonChild("./startup.ts", [...(QUICK ? ["--quick"] : []), "--base-url", lean.baseUrl])
    lean.stop()
    console.error("memory…")
    const memory = await runJsonChild("./memory.ts", QUICK ? ["--quick"] : [])

    const results = {
      date: new Date().toISOString(),
      quick: QUICK,
      node: process.version,
      sdk_module: sdkModule,
      machine: {
        cpus: os.cpus().length,
        loadavg_before: loadBefore.map((x) => +x.toFixed(2)),
        loadavg_after: os.loadavg().map((x) => +x.toFixed(2)),
        note: "a shared machine: figures from one run compare with each other, not across runs"
      },
      call: `GET /document/get, a fixed ${lean.bytes}-byte {success, doc} envelope from a node:http server in its own process on 127.0.0.1 (bench/lean-server.ts)`,
      cloud: {
        call: `GET ${CLOUD_API_PREFIX}/accounts signed with SigV4 (warm credentials), a fixed ${lean.accountsBytes}-byte {Accounts} answer from the same lean server, signature not checked`,
        served: "login once against the Stax cloud stand-in (StaxCloudLocal.serve, in the benchmark's process); public/config and accounts from the lean server",
        logins: cloudLogins
      },
      settings: { rounds: ROUNDS, warmup: WARMUP, sequential: SEQUENTIAL, concurrent: CONCURRENT, concurrency: CONCURRENCY, order: "rotated each round" },
      cases: Object.fromEntries([...clientIds, ...cloudIds].map((id) => [id, caseFigures(id)])),
      ratios: {
        ...ratios,
        sdk_fetch: { ...withoutSpread(ratios["sdk_fetch"]!), ...fetchSdk.medians, spread: { ...ratios["sdk_fetch"]!.spread, ...fetchSdk.spread } },
        sdk_fetch_transport: {
          ...withoutSpread(ratios["sdk_fetch_transport"]!),
          ...fetchTransportSdk.medians,
          spread: { ...ratios["sdk_fetch_transport"]!.spread, ...fetchTransportSdk.spread }
        },
        cloud_sdk: { ...cloudSdk.medians, spread: cloudSdk.spread }
      },
      sdk_vs_effect_floor: { p50: overFloor.p50, rps: overFloor.rps, cpu: overFloor.cpu },
      stand_in: { ...standInFigures, rps_vs_lean_server: standInVsLean.rps, p50_vs_lean_server: standInVsLean.p50 },
      decode,
      startup,
      memory,
      seconds: Math.round((Date.now() - startedAt) / 1000)
    }
    writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`)

    // The table: median [min–max] over rounds.
    const rows = [
      ["client", "p50 µs", "p99 µs", "req/s @32", "client CPU µs/call", "p50 × undici", "req/s × undici", "p50 × axios", "req/s × axios"],
      ...clientIds.map((id) => {
        const f = results.cases[id]!
        const r = ratios[id]!
        return [
          f.label, fmtSpread(f.p50_us), fmtSpread(f.p99_us), fmtSpread(f.rps_at_32), fmtSpread(f.client_cpu_us_per_call),
          fmtSpread(r.spread.p50_vs_undici, 2), fmtSpread(r.spread.rps_vs_undici, 2),
          fmtSpread(r.spread.p50_vs_axios, 2), fmtSpread(r.spread.rps_vs_axios, 2)
        ]
      }),
      [standInFigures.label, fmtSpread(standInFigures.p50_us), fmtSpread(standInFigures.p99_us), fmtSpread(standInFigures.rps_at_32),
        fmtSpread(standInFigures.client_cpu_us_per_call), fmtSpread(standInVsLean.p50, 2), fmtSpread(standInVsLean.rps, 2), "", ""],
      // Another call (GET /20190206/accounts, signed): compared with its own baseline below, not with undici's document call.
      ...cloudIds.map((id) => {
        const f = results.cases[id]!
        return [f.label, fmtSpread(f.p50_us), fmtSpread(f.p99_us), fmtSpread(f.rps_at_32), fmtSpread(f.client_cpu_us_per_call), "", "", "", ""]
      })
    ]
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
    const line = (row: Array<string>) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`
    console.log(`\n${QUICK ? "QUICK run: " : ""}${ROUNDS} rounds; median [min–max] over rounds; ratios taken within each round; load average ${loadBefore[0]!.toFixed(1)} on ${os.cpus().length} CPUs\n`)
    console.log(line(rows[0]!))
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`)
    for (const row of rows.slice(1)) console.log(line(row))
    const leanServerCpu = results.cases["undici"]!.server_cpu_us_per_call
    console.log(`\nthe SDK over the bare Effect wrapper of the same call (effect_floor): p50 × ${fmtSpread(overFloor.p50, 2)}, req/s × ${fmtSpread(overFloor.rps, 2)}, CPU × ${fmtSpread(overFloor.cpu, 2)}`)
    console.log(`the SDK over FetchHttpClient over fetch + json(): p50 × ${fmtSpread(fetchSdk.spread["p50_vs_fetch"], 2)} (target ≤ 1.5), req/s × ${fmtSpread(fetchSdk.spread["rps_vs_fetch"], 2)} (target ≥ 0.6)`)
    console.log(`the SDK over FetchTransport over fetch + json(): p50 × ${fmtSpread(fetchTransportSdk.spread["p50_vs_fetch"], 2)} (target ≤ 1.5), req/s × ${fmtSpread(fetchTransportSdk.spread["rps_vs_fetch"], 2)} (target ≥ 0.6)`)
    console.log(`Stax cloud readAccounts, warm credentials (${cloudLogins} login${cloudLogins === 1 ? "" : "s"}), over undici + SignatureV4: p50 × ${fmtSpread(cloudSdk.spread["p50_vs_cloud_undici_sigv4"], 2)} (target ≤ 1.3), req/s × ${fmtSpread(cloudSdk.spread["rps_vs_cloud_undici_sigv4"], 2)}, CPU × ${fmtSpread(cloudSdk.spread["cpu_vs_cloud_undici_sigv4"], 2)}`)
    console.log(`lean server CPU per request (under undici): ${fmtSpread(leanServerCpu)} µs; the stand-in's line is its own server, measured with undici.`)
    const d = decode as { search: { body_bytes: number; json_parse_ms: Spread; sdk_decode_ms: Spread; ratio: Spread }; document: { json_parse_us: Spread; sdk_decode_us: Spread; ratio: Spread } }
    console.log(`decode, 10,000-hit search (${(d.search.body_bytes / 1e6).toFixed(1)} MB): JSON.parse ${fmtSpread(d.search.json_parse_ms)} ms, SDK ${fmtSpread(d.search.sdk_decode_ms)} ms, × ${fmtSpread(d.search.ratio, 2)} (target ≤ 2)`)
    console.log(`decode, document envelope: JSON.parse ${fmtSpread(d.document.json_parse_us, 1)} µs, SDK ${fmtSpread(d.document.sdk_decode_us, 1)} µs, × ${fmtSpread(d.document.ratio, 2)}`)
    const s = startup as { build: string; sdk: { import_ms: Spread; first_call_ms: Spread }; undici: { import_ms: Spread; first_call_ms: Spread }; bundle: { minified_bytes: number; gzipped_bytes: number } }
    console.log(`startup (${s.build}): import ${fmtSpread(s.sdk.import_ms)} ms, first call ${fmtSpread(s.sdk.first_call_ms)} ms; undici import ${fmtSpread(s.undici.import_ms)} ms, first call ${fmtSpread(s.undici.first_call_ms)} ms`)
    console.log(`bundle (README example, esbuild minified): ${s.bundle.minified_bytes} bytes, ${s.bundle.gzipped_bytes} gzipped`)
    const m = memory as { sizes: string; upload: { growthMiB: number }; uploadStream: { growthMiB: number }; download: { growthMiB: number } }
    console.log(`memory (${m.sizes}): RSS growth upload ${m.upload.growthMiB} MiB, streamed upload ${m.uploadStream.growthMiB} MiB, download ${m.download.growthMiB} MiB (target < 64)`)
    console.log(`\nbench/results.json written in ${results.seconds} s`)
  } finally {
    for (const stop of stops) stop()
  }
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  }
)
