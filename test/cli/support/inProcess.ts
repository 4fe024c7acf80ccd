// Runs the `stax` program in the test's own process (no child process, no tsx start per case): the
// command line is given as an argument, the environment as a ConfigProvider holding only the variables
// given (as a child started with an empty environment would see), and what it prints is captured from its
// Console (stdout: log/info; stderr: error/warn, the logger's lines, and with `stderrWrites` what is
// written to process.stderr directly: the progress bars).
import { vi } from "@effect/vitest"
import { ConfigProvider, Effect } from "effect"
import type * as Console from "effect/Console"
import { inspect } from "node:util"
import * as App from "../../../src/cli/app.js"
import * as Runner from "../../../src/cli/runner.js"

/** What one run of `stax` did. */
export interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const format = (args: ReadonlyArray<unknown>): string => args.map((a) => (typeof a === "string" ? a : inspect(a))).join(" ")

/** Runs `stax args...` with the environment `vars` (undefined values left out), to its exit code. */
export const runStax = (
  args: ReadonlyArray<string>,
  vars: Readonly<Record<string, string | undefined>>,
  options: { readonly stderrWrites?: boolean } = {}
): Effect.Effect<Run> =>
  Effect.gen(function*() {
    const stdout: Array<string> = []
    const stderr: Array<string> = []
    const base = yield* Effect.console
    const out = (...a: ReadonlyArray<unknown>) => void stdout.push(format(a))
    const err = (...a: ReadonlyArray<unknown>) => void stderr.push(format(a))
    const console: Console.Console = {
      ...base,
      log: (...a) => Effect.sync(() => out(...a)),
      info: (...a) => Effect.sync(() => out(...a)),
      error: (...a) => Effect.sync(() => err(...a)),
      warn: (...a) => Effect.sync(() => err(...a)),
      unsafe: { ...base.unsafe, log: out, info: out, error: err, warn: err }
    }
    const written: Array<string> = []
    const spy = options.stderrWrites === true
      ? vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
        written.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"))
        return true
      })
      : undefined
    const env = new Map(Object.entries(vars).filter((e): e is [string, string] => e[1] !== undefined))
    const code = yield* Runner.exitCode(App.program(["node", "stax", ...args])).pipe(
      Effect.withConsole(console),
      Effect.withConfigProvider(ConfigProvider.fromMap(env)),
      Effect.ensuring(Effect.sync(() => spy?.mockRestore()))
    )
    return { code, stdout: stdout.join("\n"), stderr: [...stderr, written.join("")].join("\n") }
  })
