/**
 * What the `stax` commands print, and where.
 *
 * - The result goes to stdout: one JSON document with `--json`, text for people otherwise (tables,
 *   `name: value` lines).
 * - Errors go to stderr: `stax: <Tag>: <message>` (or `{"error": {...}, "exitCode": n}` with
 *   `--json`), with the exit code of {@link exitCodeOf}. Errors are printed through their messages,
 *   which the SDK scrubs of secrets; as a second guard, the values of the secret environment
 *   variables (`STAX_API_KEY`, `STAX_SECRET_KEY`) are replaced by `<redacted>` in anything printed to
 *   stderr.
 * - Progress goes to stderr, on a terminal only (see `progress.ts`).
 *
 * A command's handler runs inside {@link run}, which provides `Output` and `Progress`.
 *
 * @example
 * ```ts
 * Command.make("list", { json: Output.json }, ({ json }) =>
 *   Output.run(json, Effect.gen(function*() {
 *     const stacks = yield* Stacks.list()
 *     yield* Output.result(stacks, () => Output.table(["ID", "PATH"], stacks.map((s) => [s._id, s.path])))
 *   }).pipe(Effect.provide(StaxAi.layer))))
 * ```
 *
 * @since 0.2.0
 */
import * as Options from "@effect/cli/Options"
import * as Cause from "effect/Cause"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Console from "effect/Console"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import { scrub } from "../core/StaxError.js"
import { exitCodeOf } from "./exitCodes.js"
import { Progress } from "./progress.js"

/**
 * The `--json` option every command has.
 *
 * @since 0.2.0
 * @category Options
 */
export const json: Options.Options<boolean> = Options.boolean("json").pipe(
  Options.withDescription("Print the result as one JSON document on stdout (errors as JSON on stderr)")
)

/**
 * The output of one command run.
 *
 * @since 0.2.0
 * @category Models
 */
export interface OutputService {
  /** Whether `--json` was given. */
  readonly json: boolean
  /** Prints the command's result: `value` as JSON with `--json`, else the text of `human()`. */
  readonly result: (value: unknown, human: () => string) => Effect.Effect<void>
}

/**
 * The `Output` service tag and its accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Output extends Context.Tag("stax-effect/cli/Output")<Output, OutputService>() {
  /** The output for `--json` (`true`) or people (`false`). */
  static make(json: boolean): OutputService {
    return {
      json,
      result: (value, human) => json ? Console.log(toJson(value)) : Console.log(human())
    }
  }

  /** Accessor for {@link OutputService.result}. */
  static readonly result = (value: unknown, human: () => string) =>
    Effect.flatMap(Output, (output) => output.result(value, human))
}

/** JSON with two spaces; `bigint`s as strings, `Redacted`s as `<redacted>` (never their value). */
const toJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "bigint" ? v.toString() : Redacted.isRedacted(v) ? "<redacted>" : v, 2)

/**
 * A failure that has been printed already; `exitCode` is the code to exit with.
 *
 * @since 0.2.0
 * @category Errors
 */
export class Reported extends Data.TaggedError("Reported")<{ readonly exitCode: number }> {}

/**
 * The environment variables whose values are never printed to stderr.
 *
 * @since 0.2.0
 * @category Security
 */
export const secretVariables: ReadonlyArray<string> = ["STAX_API_KEY", "STAX_SECRET_KEY"]

const secretValues: Effect.Effect<ReadonlyArray<string>> = Effect.forEach(
  secretVariables,
  (name) => Config.option(Config.redacted(name)).pipe(Effect.orElseSucceed(() => Option.none()))

).pipe(
  Effect.map((values) =>
    // Values shorter than 8 characters are no real keys, and replacing them would garble messages.
    values.flatMap((v) => Option.isSome(v) && Redacted.value(v.value).length >= 8 ? [Redacted.value(v.value)] : [])
  )
)

/**
 * An error as printed: its tag, its message, and its other plain fields (endpoint, status, ...).
 *
 * @since 0.2.0
 * @category Models
 */
export interface ErrorReport {
  readonly _tag: string
  readonly message: string
  readonly [field: string]: unknown
}

/**
 * The report of a failure.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const describeError = (error: unknown): ErrorReport => {
  if (ConfigError.isConfigError(error)) return { _tag: "ConfigError", message: configMessage(error) }
  const tag = Predicate.hasProperty(error, "_tag") && typeof error._tag === "string"
    ? error._tag
    : error instanceof Error ? error.name : "Error"
  const message = Predicate.hasProperty(error, "message") && typeof error.message === "string"
    ? error.message
    : String(error)
  const fields: Record<string, unknown> = {}
  if (Predicate.isObject(error)) {
    for (const [key, value] of Object.entries(error)) {
      if (key === "_tag" || key === "message" || key === "stack") continue
      if (value === undefined || typeof value === "object" || typeof value === "function") continue
      fields[key] = value
    }
  }
  return { _tag: tag, message, ...fields }
}

/** A configuration error for people: `STAX_EMAIL is not set; STAX_API_URL: must be https ...`. */
const configMessage = (error: ConfigError.ConfigError): string => {
  const problems: Array<string> = []
  const visit = (e: ConfigError.ConfigError): void => {
    switch (e._op) {
      case "And":
      case "Or":
        visit(e.left)
        visit(e.right)
        return
      case "MissingData":
        problems.push(`${e.path.join(".")} is not set`)
        return
      case "InvalidData":
        problems.push(`${e.path.join(".")}: ${e.message}`)
        return
      default:
        problems.push(e.message)
    }
  }
  visit(error)
  return [...new Set(problems)].join("; ")
}

const humanLine = (report: ErrorReport): string => {
  const hint = report._tag === "ConfigError"
    ? "\nhint: set the environment variables listed in `stax --help` (`stax local` starts a stand-in to try it offline)"
    : ""
  return `stax: ${report._tag}: ${report.message}${hint}`
}

/** Prints a failure on stderr and turns it into a `Reported` failure. */
const report = (json: boolean) => <E>(cause: Cause.Cause<E>): Effect.Effect<never, Reported> =>
  Effect.gen(function*() {
    const secrets = yield* secretValues
    const failure = Cause.failureOption(cause)
    const error: unknown = Option.isSome(failure)
      ? failure.value
      : new InternalError({ message: Cause.pretty(cause) })
    const exitCode = exitCodeOf(error)
    const described = describeError(error)
    const text = json ? toJson({ error: described, exitCode }) : humanLine(described)
    yield* Console.error(scrub(text, secrets))
    return yield* new Reported({ exitCode })
  })

class InternalError extends Data.TaggedError("InternalError")<{ readonly message: string }> {}

/**
 * Runs a command's work: provides `Output` and `Progress` for `json`, prints any failure on stderr
 * and fails with `Reported` (its exit code). An interruption stays an interruption.
 *
 * @since 0.2.0
 * @category Running
 */
export const run = <E, R>(
  json: boolean,
  effect: Effect.Effect<void, E, R>
): Effect.Effect<void, Reported, Exclude<Exclude<R, Output>, Progress>> =>
  effect.pipe(
    Effect.provideService(Output, Output.make(json)),
    Effect.provide(Progress.layer(json)),
    Effect.catchAllCause((cause) =>
      Cause.isInterruptedOnly(cause) ? Effect.failCause(Cause.map(cause, () => new Reported({ exitCode: 1 }))) : report(json)(cause)
    )
  )

/**
 * A table for people: a header row and aligned columns (cells are made single-line).
 *
 * @example
 * ```ts
 * table(["ID", "PATH"], [["65a1...", "Invoices"]])
 * // ID        PATH
 * // 65a1...   Invoices
 * ```
 *
 * @since 0.2.0
 * @category Formatting
 */
export const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<unknown>>): string => {
  const cells = [header, ...rows.map((row) => row.map(cell))]
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)))
  const lines = cells.map((row) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd())
  return rows.length === 0 ? `${lines[0]}\n(none)` : lines.join("\n")
}

/**
 * `name: value` lines for people, names aligned; `undefined` values are left out.
 *
 * @since 0.2.0
 * @category Formatting
 */
export const fields = (pairs: ReadonlyArray<readonly [string, unknown]>): string => {
  const shown = pairs.filter(([, value]) => value !== undefined)
  const width = Math.max(0, ...shown.map(([name]) => name.length))
  return shown.map(([name, value]) => `${`${name}:`.padEnd(width + 1)} ${cell(value)}`).join("\n")
}

/** One cell: dates as ISO strings, arrays joined, objects as JSON, all on one line. */
const cell = (value: unknown): string => {
  if (value === undefined || value === null) return ""
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString()
  if (Array.isArray(value)) return value.map(cell).join(", ")
  if (typeof value === "object") return JSON.stringify(value)
  return String(value).replace(/\s+/g, " ")
}

const ANSI = /\x1b\[[0-9;]*m/g

const plain = (args: ReadonlyArray<unknown>) => args.map((a) => (typeof a === "string" ? a.replace(ANSI, "") : a))

/**
 * Runs `effect` with a `Console` that drops colour codes from what goes to a stream that is not a
 * terminal, or everywhere when `NO_COLOR` is set (`@effect/cli` colours its help and its errors).
 *
 * @since 0.2.0
 * @category Running
 */
export const withPlainText = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.flatMap(Effect.console, (console) => {
    const noColor = (process.env["NO_COLOR"] ?? "") !== ""
    const stdoutPlain = noColor || process.stdout.isTTY !== true
    const stderrPlain = noColor || process.stderr.isTTY !== true
    if (!stdoutPlain && !stderrPlain) return effect
    return Effect.withConsole(effect, {
      ...console,
      log: (...args) => console.log(...(stdoutPlain ? plain(args) : args)),
      info: (...args) => console.info(...(stdoutPlain ? plain(args) : args)),
      error: (...args) => console.error(...(stderrPlain ? plain(args) : args)),
      warn: (...args) => console.warn(...(stderrPlain ? plain(args) : args))
    })
  })
