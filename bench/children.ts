/**
 * Child processes of the benchmark: the servers (each in its own process, so their CPU is not the
 * client's) and the sub-benchmarks that print one JSON line (decode, startup, memory).
 */
import { type ChildProcess, spawn } from "node:child_process"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/** A child started with tsx (with `env` added to this process's environment); resolves with its first stdout line. */
const startPrinting = (script: string, args: ReadonlyArray<string> = [], env: Readonly<Record<string, string>> = {}) =>
  new Promise<{ line: string; child: ChildProcess }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", here(script), ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...env }
    })
    child.once("error", reject)
    child.once("exit", (code) => reject(new Error(`${script} exited (${code}) before it was ready`)))
    createInterface({ input: child.stdout! }).once("line", (line) => resolve({ line, child }))
  })

/** A running server. */
export interface Served {
  readonly baseUrl: string
  readonly stop: () => void
}

/**
 * The lean server (bench/lean-server.ts) in a child process; `cloudPublicConfig`, the Stax cloud
 * stand-in's `public/config` answer, is what it serves as its own.
 */
export const startLeanServer = async (
  cloudPublicConfig?: string
): Promise<Served & { readonly bytes: number; readonly accountsBytes: number }> => {
  const env: Record<string, string> = cloudPublicConfig === undefined ? {} : { BENCH_CLOUD_PUBLIC_CONFIG: cloudPublicConfig }
  const { child, line } = await startPrinting("./lean-server.ts", [], env)
  const { accountsBytes, bytes, port } = JSON.parse(line) as { port: number; bytes: number; accountsBytes: number }
  child.removeAllListeners("exit")
  return { baseUrl: `http://127.0.0.1:${port}`, bytes, accountsBytes, stop: () => child.kill() }
}

/** The SDK's stand-in (`StaxLocal.serve`, bench/server.ts) in a child process. */
export const startStandIn = async (): Promise<Served & { readonly email: string; readonly apiKey: string; readonly docId: string }> => {
  const { child, line } = await startPrinting("./server.ts")
  const info = JSON.parse(line) as { baseUrl: string; email: string; apiKey: string; docId: string }
  child.removeAllListeners("exit")
  return { ...info, stop: () => child.kill() }
}

/** Runs a sub-benchmark with tsx and parses the last line it prints as JSON. */
export const runJsonChild = (script: string, args: ReadonlyArray<string>, nodeArgs: ReadonlyArray<string> = []) =>
  new Promise<unknown>((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", here(script), ...args], { stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => { out += chunk })
    child.once("error", reject)
    child.once("close", (code) => {
      const last = out.trim().split("\n").pop() ?? ""
      try {
        if (code !== 0) throw new Error(`exit code ${code}`)
        resolve(JSON.parse(last))
      } catch (error) {
        reject(new Error(`${script} failed (${String(error)}): ${out.slice(-500)}`))
      }
    })
  })
