// The `stax` CLI against the Stax.ai stand-in served on 127.0.0.1 by this test process, run in this
// process (support/inProcess.ts: its command line, its environment, what it prints), except the test of
// the signals, which needs a process of its own (`node --import tsx src/cli/main.ts`). Each run's stdout
// and stderr are checked for the API keys in use (canaries): neither may ever be printed.
import * as Command from "@effect/platform/Command"
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as FileSystem from "@effect/platform/FileSystem"
import * as NodeContext from "@effect/platform-node/NodeContext"
import { describe, expect, layer } from "@effect/vitest"
import { Effect, Fiber, Layer, Option, Stream } from "effect"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { Stax, Tpa } from "stax-effect"
import { documentState, Fault, StaxCloudLocal, StaxLocal } from "stax-effect/testing"
import { type Run, runStax } from "./support/inProcess.js"

const ROOT = fileURLToPath(new URL("../..", import.meta.url))
const MAIN = path.join(ROOT, "src/cli/main.ts")

/** The stand-in team's key: the key every successful run uses. */
const CANARY_KEY = "canary0cli0key0must0never0be0printed0000"
/** A key the stand-in refuses. */
const WRONG_KEY = "wrong0canary0key0must0never0be0printed00"

const STACK_ID = "5eed000000000000000000aa"
const DOC_ID = "5eed000000000000000000bb"
/** Deterministic bytes, not all alike. */
const DOC_BYTES = Uint8Array.from({ length: 150_000 }, (_, i) => (i * 31 + 7) % 251)

const Env = Stax.layer.pipe(
  Layer.provideMerge(StaxLocal.layerServer({
    team: { apiKey: CANARY_KEY },
    seed: {
      stacks: [{ _id: STACK_ID, path: "Invoices", tag: "invoices" }],
      documents: [{
        _id: DOC_ID,
        name: "acme-invoice.pdf",
        stack: STACK_ID,
        content: DOC_BYTES,
        metadata: [{ key: "Vendor", value: "Acme" }]
      }]
    }
  })),
  Layer.provideMerge(FetchHttpClient.layer),
  Layer.provideMerge(NodeContext.layer)
)


const text = <E>(stream: Stream.Stream<Uint8Array, E>) => stream.pipe(Stream.decodeText(), Stream.mkString)

/** The environment of a child process: only what it needs, nothing inherited from this one. */
const childEnv = (vars: Readonly<Record<string, string | undefined>>) => ({
  PATH: process.env["PATH"],
  HOME: process.env["HOME"],
  TMPDIR: process.env["TMPDIR"],
  NO_COLOR: "1",
  ...vars
})

const staxCommand = (args: ReadonlyArray<string>, vars: Readonly<Record<string, string | undefined>>) =>
  Command.make(process.execPath, "--import", "tsx", MAIN, ...args).pipe(
    Command.workingDirectory(ROOT),
    Command.env(childEnv(vars), { extendEnv: false })
  )

const expectNoKeys = (output: string) => {
  expect(output).not.toContain(CANARY_KEY)
  expect(output).not.toContain(WRONG_KEY)
}

/**
 * Runs `stax args...` in this process to its end with the stand-in's environment (`vars` added or
 * replacing; `stderrWrites`: also capture what is written to process.stderr directly, the progress bars).
 */
const stax = (
  args: ReadonlyArray<string>,
  vars: Readonly<Record<string, string | undefined>> = {},
  options: { readonly stderrWrites?: boolean } = {}
) =>
  Effect.gen(function*() {
    const local = yield* StaxLocal
    const run = yield* runStax(args, {
      STAX_API_URL: local.baseUrl,
      STAX_EMAIL: local.email,
      STAX_API_KEY: CANARY_KEY,
      NO_COLOR: "1",
      ...vars
    }, options)
    expectNoKeys(run.stdout + run.stderr)
    return run
  })

const parse = (run: Run): any => {
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout)
}

describe("stax CLI", () => {
  layer(Env, { excludeTestServices: true })((it) => {
    it.effect("lists every command group and the exit codes in --help", () =>
      Effect.gen(function*() {
        const run = yield* stax(["--help"])
        expect(run.code).toBe(0)
        for (const group of ["stacks", "docs", "search", "tpa", "local"]) expect(run.stdout).toContain(`- ${group}`)
        expect(run.stdout).toContain("EXIT CODES")
        expect(run.stdout).not.toContain("\x1b[")
      }))

    it.effect("prints a stack found by tag for people", () =>
      Effect.gen(function*() {
        const run = yield* stax(["stacks", "get", "--tag", "invoices"])
        expect(run.code, run.stderr).toBe(0)
        expect(run.stdout).toMatch(new RegExp(`^id:\\s+${STACK_ID}$`, "m"))
        expect(run.stdout).toMatch(/^path:\s+Invoices$/m)
      }))

    it.effect("prints a stack found by tag as one JSON document with --json", () =>
      Effect.gen(function*() {
        const stack = parse(yield* stax(["stacks", "get", "--tag", "invoices", "--json"]))
        expect(stack._id).toBe(STACK_ID)
        expect(stack.path).toBe("Invoices")
      }))

    it.effect("uploads a file into a stack and waits until it is processed", () =>
      Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const dir = yield* fs.makeTempDirectoryScoped()
        const file = path.join(dir, "receipt.txt")
        const bytes = new TextEncoder().encode("1 flat white 3.50\n".repeat(500))
        yield* fs.writeFile(file, bytes)
        const out = parse(yield* stax(["docs", "upload", file, "--stack", STACK_ID, "--wait", "--json"]))
        const docId: string = out.uploads[0].docId
        expect(out.documents.map((d: any) => [d._id, d.stack, d.job.success])).toEqual([[docId, STACK_ID, true]])
        const stored = documentState((yield* StaxLocal).model).files.get(docId)
        expect(Buffer.from(stored!.bytes!).equals(Buffer.from(bytes))).toBe(true)
      }).pipe(Effect.scoped))

    it.effect("streams the upload through a byte bar on stderr when progress is on", () =>
      Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const dir = yield* fs.makeTempDirectoryScoped()
        const file = path.join(dir, "big.bin")
        yield* fs.writeFile(file, DOC_BYTES)
        const run = yield* stax(["docs", "upload", file], { STAX_PROGRESS: "always" }, { stderrWrites: true })
        expect(run.code, run.stderr).toBe(0)
        expect(run.stderr).toMatch(/uploading 1 file .*100% 146 KiB \/ 146 KiB/)
        const docId = /^([0-9a-f]{24})\s+big\.bin/m.exec(run.stdout)?.[1]
        const stored = documentState((yield* StaxLocal).model).files.get(docId ?? "")
        expect(Buffer.from(stored!.bytes!).equals(Buffer.from(DOC_BYTES))).toBe(true)
      }).pipe(Effect.scoped))

    it.effect("downloads a document's file to disk, byte for byte", () =>
      Effect.gen(function*() {
        const fs = yield* FileSystem.FileSystem
        const dir = yield* fs.makeTempDirectoryScoped()
        const file = path.join(dir, "out.pdf")
        const out = parse(yield* stax(["docs", "download", DOC_ID, "-o", file, "--json"]))
        expect(out.bytes).toBe(DOC_BYTES.byteLength)
        const written = yield* fs.readFile(file)
        expect(Buffer.from(written).equals(Buffer.from(DOC_BYTES))).toBe(true)
        expect(yield* fs.readDirectory(dir)).toEqual(["out.pdf"])
      }).pipe(Effect.scoped))

    it.effect("searches with --json", () =>
      Effect.gen(function*() {
        const result = parse(yield* stax(["search", "acme", "--json"]))
        expect(result.total).toBe(1)
        expect(result.hits.map((hit: any) => hit._id)).toEqual([DOC_ID])
      }))

    it.effect("lists trust-accounting plans with --json", () =>
      Effect.gen(function*() {
        const plan = yield* Tpa.createPlan({ planName: "CLI test plan", internalPlanId: "CLI-1" })
        const plans = parse(yield* stax(["tpa", "plans", "list", "--json"]))
        expect(plans.filter((p: any) => p._id === plan._id).map((p: any) => p.planName)).toEqual(["CLI test plan"])
      }))

    it.effect("exits 4 with an AuthError when the key is refused", () =>
      Effect.gen(function*() {
        const run = yield* stax(["stacks", "list"], { STAX_API_KEY: WRONG_KEY })
        expect(run.code).toBe(4)
        expect(run.stderr).toMatch(/^stax: AuthError: /m)
        expect(run.stdout).toBe("")
      }))

    it.effect("--log-level reaches the SDK: its debug lines (a retry) on stderr, stdout still JSON", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        // A route no other test of this file calls: they may run beside this one.
        local.faults.add(Fault.status("GET /tpa/account/list", 503, { retryAfter: "0" }))
        const run = yield* stax(["--log-level", "debug", "tpa", "accounts", "list", "--json"])
        expect(Array.isArray(parse(run))).toBe(true)
        expect(run.stderr).toContain("attempt 1 of 3 failed (HTTP 503)")
        expect(local.model.requests.filter((r) => r.route === "GET /tpa/account/list")).toHaveLength(2)
      }))

    it.effect("exits 3 naming the variable when STAX_API_KEY is not set", () =>
      Effect.gen(function*() {
        const run = yield* stax(["stacks", "list", "--json"], { STAX_API_KEY: undefined })
        expect(run.code).toBe(3)
        const report = JSON.parse(run.stderr)
        expect(report).toEqual({
          error: { _tag: "ConfigError", message: "STAX_API_KEY is not set" },
          exitCode: 3
        })
      }))

    it.effect("exits 2 with an InputError for an id that is not an ObjectId", () =>
      Effect.gen(function*() {
        const run = yield* stax(["stacks", "get", "--id", "not-an-id"])
        expect(run.code).toBe(2)
        expect(run.stderr).toMatch(/^stax: InputError: stackId: /m)
        // Caught before sending: the stand-in never saw the id.
        const requests = (yield* StaxLocal).model.requests
        expect(requests.filter((r) => r.query["stackId"] === "not-an-id")).toEqual([])
      }))

    it.effect("lists Stax cloud accounts with --filter and --include-tags through the real login path", () =>
      Effect.gen(function*() {
        const cloud = yield* StaxCloudLocal.serve({ users: [{ accessKey: "cli-access-key", secretKey: CANARY_KEY }] })
        const vars = {
          STAX_CLOUD_API_URL: cloud.baseUrl,
          STAX_CLOUD_AUTH_URL: cloud.authEndpoints.userPool,
          STAX_ACCESS_KEY: "cli-access-key",
          STAX_SECRET_KEY: CANARY_KEY
        }
        // A deprecated variable makes the client log a warning: on stderr, so stdout stays one JSON document.
        const run = yield* stax(["cloud", "accounts", "list", "--filter", "ACTIVE", "--include-tags", "--json"], {
          ...vars,
          TOKEN_EXPIRY_THRESHOLD_IN_MINS: "2"
        })
        expect(run.stderr).toContain("TOKEN_EXPIRY_THRESHOLD_IN_MINS")
        const listed = parse(run)
        expect(listed.Accounts.length).toBeGreaterThan(0)
        expect(listed.Accounts.every((a: any) => a.Status === "ACTIVE" && typeof a.Tags === "object")).toBe(true)
        expect(cloud.requests.some((r) => r.route === "GET /20190206/accounts" && r.signed === true)).toBe(true)
        const refused = yield* stax(["cloud", "accounts", "list"], { ...vars, STAX_SECRET_KEY: WRONG_KEY })
        expect(refused.code).toBe(4)
        expect(refused.stderr).toMatch(/^stax: AuthError: .*secret key/im)
      }).pipe(Effect.scoped))

    it.effect("serves the stand-in with stax local until SIGINT, then exits 0", () =>
      Effect.gen(function*() {
        const proc = yield* Command.start(staxCommand(["local", "--port", "0"], {}))
        const stderr = yield* Effect.fork(text(proc.stderr))
        const exportLine = yield* proc.stdout.pipe(
          Stream.decodeText(),
          Stream.splitLines,
          Stream.filter((line) => line.trim().startsWith("export ")),
          Stream.runHead,
          Effect.timeoutFail({ duration: "30 seconds", onTimeout: () => new Error("stax local printed no export line") })
        )
        const vars = Object.fromEntries(
          Option.getOrThrow(exportLine).trim().slice("export ".length).split(" ").map((kv) => kv.split("=", 2))
        )
        expect(vars["STAX_API_URL"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
        const run = yield* stax(["stacks", "list", "--json"], vars)
        expect(parse(run).map((s: any) => s.path).sort()).toEqual(["Invoices", "Receipts"])
        yield* proc.kill("SIGINT")
        expect(Number(yield* proc.exitCode)).toBe(0)
        const stopped = yield* Fiber.join(stderr)
        expect(stopped).toContain("SIGINT received")
      }).pipe(Effect.scoped))
  })
})
