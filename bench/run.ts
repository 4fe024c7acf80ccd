/**
 * `npm run bench`: the SDK against raw undici, fetch and axios, doing the same call
 * (`GET /document/get`, a ~4 KB `{success, doc}` envelope) against the stand-in served by another
 * process on 127.0.0.1. Figures are ratios against undici measured in the same run; results go to
 * bench/results.json.
 */
import { FetchHttpClient, HttpClient } from "@effect/platform"
import axios from "axios"
import { Effect, Layer, ManagedRuntime } from "effect"
import { spawn } from "node:child_process"
import { writeFileSync } from "node:fs"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { Agent, request } from "undici"
import { Documents, RetryPolicy, Stax, StaxConfig } from "../src/index.js"

const SEQUENTIAL = Number(process.env["BENCH_SEQUENTIAL"] ?? 2000)
const CONCURRENT = Number(process.env["BENCH_CONCURRENT"] ?? 3000)
const CONCURRENCY = 32
const WARMUP = 300

interface Server { baseUrl: string; email: string; apiKey: string; docId: string }

const startServer = () =>
  new Promise<{ server: Server; stop: () => void }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./server.ts", import.meta.url))], {
      stdio: ["ignore", "pipe", "inherit"]
    })
    child.once("error", reject)
    createInterface({ input: child.stdout! }).once("line", (line) =>
      resolve({ server: JSON.parse(line) as Server, stop: () => child.kill() }))
  })

type Call = () => Promise<unknown>

const percentile = (sorted: Array<number>, p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

const measure = async (call: Call) => {
  for (let i = 0; i < WARMUP; i++) await call()
  const times: Array<number> = []
  for (let i = 0; i < SEQUENTIAL; i++) {
    const start = process.hrtime.bigint()
    await call()
    times.push(Number(process.hrtime.bigint() - start) / 1000)
  }
  times.sort((a, b) => a - b)
  let next = 0
  const start = process.hrtime.bigint()
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < CONCURRENT) await call()
  }))
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return { p50_us: Math.round(percentile(times, 0.5)), p99_us: Math.round(percentile(times, 0.99)), rps_at_32: Math.round(CONCURRENT / seconds) }
}

const main = async () => {
  const { server, stop } = await startServer()
  try {
    const url = `${server.baseUrl}/document/get?docId=${server.docId}`
    const headers = { email: server.email, authorization: `Bearer ${server.apiKey}`, accept: "application/json" }
    const agent = new Agent({ connections: CONCURRENCY })
    const check = (body: { success?: boolean }) => {
      if (body.success !== true) throw new Error("benchmark call failed")
    }
    const runtime = ManagedRuntime.make(
      Stax.layer.pipe(
        Layer.provide(StaxConfig.layer({ email: server.email, apiKey: server.apiKey, baseUrl: server.baseUrl, retry: RetryPolicy.none })),
        Layer.provide(FetchHttpClient.layer)
      )
    )
    const sdkCall = Documents.get({ docId: server.docId })
    // The platform's own client with no SDK pipeline: what the SDK adds is the difference.
    const platformCall = Effect.flatMap(HttpClient.HttpClient, (client) =>
      client.get(url, { headers }).pipe(Effect.flatMap((r) => r.json), Effect.map((body) => check(body as { success: boolean })))
    ).pipe(Effect.provide(FetchHttpClient.layer))
    const clients: Record<string, Call> = {
      undici: async () => check(await (await request(url, { headers, dispatcher: agent })).body.json() as { success: boolean }),
      fetch: async () => check(await (await fetch(url, { headers })).json() as { success: boolean }),
      axios: async () => check((await axios.get(url, { headers })).data as { success: boolean }),
      "@effect/platform FetchHttpClient alone": () => Effect.runPromise(platformCall),
      "stax-effect (FetchHttpClient, Schema decode)": () => runtime.runPromise(sdkCall)
    }
    const results: Record<string, { p50_us: number; p99_us: number; rps_at_32: number }> = {}
    for (const [name, call] of Object.entries(clients)) {
      results[name] = await measure(call)
      console.log(name, results[name])
    }
    const base = results["undici"]!
    const ratios = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, {
      p50_vs_undici: +(r.p50_us / base.p50_us).toFixed(2),
      p99_vs_undici: +(r.p99_us / base.p99_us).toFixed(2),
      throughput_vs_undici: +(r.rps_at_32 / base.rps_at_32).toFixed(2)
    }]))
    const out = {
      date: new Date().toISOString(),
      node: process.version,
      call: "GET /document/get (~4 KB envelope), stand-in in a child process on 127.0.0.1",
      sequential: SEQUENTIAL,
      concurrent: { requests: CONCURRENT, concurrency: CONCURRENCY },
      results,
      ratios
    }
    writeFileSync(new URL("./results.json", import.meta.url), JSON.stringify(out, null, 2) + "\n")
    console.log(JSON.stringify(ratios, null, 2))
    await runtime.dispose()
    await agent.close()
  } finally {
    stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
