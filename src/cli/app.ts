/**
 * The `stax` program: its commands, `--help` and the way it prints, without running it (`main.ts` runs
 * it as the process; tests run it in their own process with `program(argv)`).
 *
 * Each command group lives in its own file exporting `command`, listed once in `groups` below; the
 * environment variables each API's commands read are listed once in `variables` (shown in `--help`).
 *
 * @since 0.2.0
 */
import * as Command from "@effect/cli/Command"
import * as HelpDoc from "@effect/cli/HelpDoc"
import * as Span from "@effect/cli/HelpDoc/Span"
import * as NodeContext from "@effect/platform-node/NodeContext"
import * as Effect from "effect/Effect"
import * as Logger from "effect/Logger"
import { VERSION } from "../core/version.js"
import * as Cloud from "./cloud.js"
import * as Docs from "./docs.js"
import * as ExitCodes from "./exitCodes.js"
import * as Local from "./local.js"
import * as LogLevel from "./logLevel.js"
import * as Output from "./output.js"
import * as Runner from "./runner.js"
import * as Search from "./search.js"
import * as Stacks from "./stacks.js"
import * as StaxAi from "./staxAi.js"
import * as StaxCloud from "./staxCloud.js"
import * as Tpa from "./tpa.js"

/** The command groups, in the order `--help` lists them. */
const groups = [
  Stacks.command,
  Docs.command,
  Search.command,
  Tpa.command,
  Cloud.command,
  Local.command
] as const

/** The environment variables of every API, for `--help`. */
const variables: ReadonlyArray<readonly [string, string]> = [
  ...StaxAi.variables,
  ...StaxCloud.variables
]

const list = (rows: ReadonlyArray<readonly [string, string]>): HelpDoc.HelpDoc =>
  HelpDoc.descriptionList(
    rows.map(([name, meaning]) => [Span.code(name), HelpDoc.p(meaning)] as [Span.Span, HelpDoc.HelpDoc]) as [
      [Span.Span, HelpDoc.HelpDoc],
      ...Array<[Span.Span, HelpDoc.HelpDoc]>
    ]
  )

const footer = HelpDoc.blocks([
  HelpDoc.h1("ENVIRONMENT"),
  list(variables),
  HelpDoc.h1("EXIT CODES"),
  list(ExitCodes.table)
])

const stax = Command.make("stax").pipe(
  Command.withDescription("Stax.ai and Stax cloud from the command line: stacks, documents, search, trust accounting, cloud accounts"),
  Command.withSubcommands(groups)
)

const cli = Command.run(stax, {
  name: "stax",
  version: `v${VERSION}`,
  summary: Span.text("the stax-effect CLI"),
  footer
})

/** Log lines (warnings, `STAX_LOG_LEVEL=debug`) go to stderr: stdout is the command's output (`--json`). */
const logToStderr = Logger.replace(Logger.defaultLogger, Logger.withConsoleError(Logger.logfmtLogger))

/**
 * The `stax` program for a command line (`process.argv`: the node binary, the script, then the
 * arguments): parses it, runs the command, prints plain text where no terminal reads it, logs on stderr.
 *
 * @since 0.2.0
 * @category Running
 */
export const program = (argv: ReadonlyArray<string>): Effect.Effect<void, unknown, Runner.Shutdown> =>
  cli(argv).pipe(
    Output.withPlainText,
    LogLevel.withCommandLine(argv),
    Effect.provide(logToStderr),
    Effect.provide(NodeContext.layer)
  )
