/**
 * `npx tsx bench/probes/transport-probe.ts`: the transport alone. `UndiciHttpClient` against raw
 * `undici.request` and @effect/platform's `FetchHttpClient`, each doing `GET` + JSON parse of a
 * fixed ~3.5 KB answer from a lean node:http server in another process on 127.0.0.1. Per client:
 * p50 of sequential calls, and req/s at concurrency 32; clients interleaved, 3 rounds. Prints only.
 * What it found: bench/probes/README.md.
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import { Effect, Layer, ManagedRuntime } from "effect"
import { spawn } from "node:child_process"
import { createInterface } from "node:readline"
import { Agent, request } from "undici"
import { concurrently } from "../load.js"
import { median } from "../stats.js"
import { UndiciHttpClient } from "stax-effect/node"

const ROUNDS = 3
const SEQUENTIAL = Number(process.env["PROBE_SEQUENTIAL"] ?? 2000)
const CONCURRENT = Number(process.env["PROBE_CONCURRENT"] ?? 3000)
const CONCURRENCY = 32
const WARMUP = 300

const SERVER = `
const http = require("node:http")
const body = JSON.stringify({ success: true, doc: { _id: "d".repeat(24), metadata: Array.from({ length: 30 }, (_, i) => ({
  key: "Field " + i, value: "Value number " + i + " of the benchmark document", class: "text", pages: [1], confidence: 0.97 })) } })
const server = http.createServer((req, res) => { res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }); res.end(body) })
server.keepAliveTimeout = 60000
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ url: "http://127.0.0.1:" + server.address().port + "/document/get", bytes: body.length })))
`

const startServer = () =>
  new Promise<{ url: string; bytes: number; stop: () => void }>((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] })
    child.once("error", reject)
    createInterface({ input: child.stdout! }).once("line", (line) =>
      resolve({ ...(JSON.parse(line) as { url: string; bytes: number }), stop: () => child.kill() }))
  })

type Call = () => Promise<unknown>

const measure = async (call: Call) => {
  for (let i = 0; i < WARMUP; i++) await call()
  const times: Array<number> = []
  for (let i = 0; i < SEQUENTIAL; i++) {
    const start = process.hrtime.bigint()
    await call()
    times.push(Number(process.hrtime.bigint() - start) / 1000)
  }
  times.sort((a, b) => a - b)
  const start = process.hrtime.bigint()
  await concurrently(call, CONCURRENT, CONCURRENCY)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { p50: times[Math.floor(times.length / 2)]!, rps: CONCURRENT / seconds }
}

const main = async () => {
  const server = await startServer()
  const agent = new Agent()
  const undiciRuntime = ManagedRuntime.make(UndiciHttpClient.layer)
  const fetchRuntime = ManagedRuntime.make(FetchHttpClient.layer as Layer.Layer<HttpClient.HttpClient>)
  const getJson = HttpClient.get(server.url).pipe(Effect.flatMap((r) => r.json))
  const clients: Record<string, Call> = {
    "undici.request + body.json()": () => request(server.url, { dispatcher: agent }).then((r) => r.body.json()),
    "UndiciHttpClient": () => undiciRuntime.runPromise(getJson),
    "UndiciHttpClient + withDeadline": () => undiciRuntime.runPromise(UndiciHttpClient.withDeadline(getJson, "10 seconds")),
    "FetchHttpClient": () => fetchRuntime.runPromise(getJson)
  }
  const names = Object.keys(clients)
  const results: Record<string, Array<{ p50: number; rps: number }>> = Object.fromEntries(names.map((n) => [n, []]))
  console.log(`server answer ${server.bytes} B; ${SEQUENTIAL} sequential + ${CONCURRENT} at concurrency ${CONCURRENCY} per client per round`)
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, in a rotated order each round.
      for (let i = 0; i < names.length; i++) {
        const name = names[(i + round) % names.length]!
        results[name]!.push(await measure(clients[name]!))
      }
    }
  } finally {
    await undiciRuntime.dispose()
    await fetchRuntime.dispose()
    await agent.close()
    server.stop()
  }
  const base = results["undici.request + body.json()"]!
  const baseP50 = median(base.map((r) => r.p50))
  const baseRps = median(base.map((r) => r.rps))
  console.log(`| client | p50 µs (rounds) | req/s @32 (rounds) | p50 / undici | req/s / undici |`)
  console.log(`|---|---|---|---|---|`)
  for (const name of names) {
    const rs = results[name]!
    const p50 = rs.map((r) => Math.round(r.p50))
    const rps = rs.map((r) => Math.round(r.rps))
    console.log(
      `| ${name} | ${p50.join(" / ")} | ${rps.join(" / ")} | ${(median(p50) / baseP50).toFixed(2)} | ${(median(rps) / baseRps).toFixed(2)} |`
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
