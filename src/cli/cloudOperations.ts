/**
 * `stax cloud <service> <operation>`: every operation of the Stax cloud API as a command, made from the
 * generated operations registry (no command written per operation). The input comes from flags named
 * after its fields (`--hub-id`, `--include-tags`), from a JSON file (`--input input.json`, `-` for
 * stdin), or both (flags win); the SDK validates it before anything is sent.
 *
 * ```sh
 * stax cloud networking read-vpcs --hub-id 6b5f... --json
 * stax cloud workloads create-workload --input workload.json
 * ```
 *
 * @since 0.2.0
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { readFile } from "node:fs/promises"
import { text as readAll } from "node:stream/consumers"
import type { Operation } from "../core/Operation.js"
import { InputError } from "../core/StaxError.js"
import { StaxCloudClient } from "../cloud/StaxCloudClient.js"
import { fieldsOf, flagOf, type InputField, valueOf } from "./inputFields.js"
import * as Output from "./output.js"
import * as StaxCloud from "./staxCloud.js"

/**
 * What a command needs of an operation of the registry.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CommandSpec {
  /** The API's id, `networking.ReadVpcs`. */
  readonly id: string
  /** The service, `Networking`. */
  readonly service: string
  /** The method, `readVpcs`. */
  readonly method: string
  readonly operation: Operation<any, any>
  readonly description: string
}

/** Names the CLI's own options take; a field with one of them gets a `field-` prefix. */
const RESERVED = new Set(["json", "input", "help", "version", "wizard", "log-level", "completions"])

const flagFor = (field: InputField): string => (RESERVED.has(field.flag) ? `field-${field.flag}` : field.flag)

const describe = (field: InputField): string => {
  const how = field.kind === "list"
    ? " (one value, or several separated by commas)"
    : field.kind === "json"
    ? " (JSON)"
    : ""
  return `${field.description ?? field.name}${how}${field.required ? "" : " (optional)"}`
}

/** The flag of one field: its text, or for a boolean `--flag`/`--no-flag`. */
const optionOf = (field: InputField): Options.Options<Option.Option<unknown>> =>
  field.kind === "boolean"
    ? Options.boolean(flagFor(field), { negationNames: [`no-${flagFor(field)}`] }).pipe(
      Options.withDescription(describe(field)),
      Options.optional
    )
    : Options.text(flagFor(field)).pipe(
      Options.withDescription(describe(field)),
      Options.optional,
      Options.map(Option.map((text) => valueOf(field, text)))
    )

const inputFile = Options.text("input").pipe(
  Options.withDescription("The input as a JSON object: a file's path, or - for stdin (flags given too win)"),
  Options.optional
)

/** The JSON object of `--input`, or an `InputError` naming `input`. */
const readInput = (endpoint: string, path: string): Effect.Effect<Record<string, unknown>, InputError> =>
  Effect.tryPromise({
    try: () => (path === "-" ? readAll(process.stdin) : readFile(path, "utf8")),
    catch: (e) => new InputError({ endpoint, field: "input", message: `input: cannot read ${path}: ${(e as Error).message}` })
  }).pipe(
    Effect.flatMap((text) =>
      Effect.try({
        try: () => JSON.parse(text) as unknown,
        catch: () => new InputError({ endpoint, field: "input", message: `input: ${path} is not JSON` })
      })
    ),
    Effect.filterOrFail(
      (value): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value),
      () => new InputError({ endpoint, field: "input", message: `input: ${path} must hold a JSON object` })
    )
  )

/**
 * The command of one operation: `read-vpcs`, its flags, `--input` and `--json`.
 *
 * @since 0.2.0
 * @category Commands
 */
export const operationCommand = (spec: CommandSpec) => {
  const fields = fieldsOf(spec.operation.input)
  const flags: Record<string, Options.Options<Option.Option<unknown>>> = {}
  for (const field of fields) flags[field.name] = optionOf(field)
  return Command.make(
    flagOf(spec.method),
    {
      // `Options.all` of no options fails: an operation without input (`teams.FetchCurrentUser`) has none.
      flags: fields.length === 0
        ? Options.map(Options.none, (): Record<string, Option.Option<unknown>> => ({}))
        : Options.all(flags),
      input: inputFile,
      json: Output.json
    },
    ({ flags, input, json }) =>
      StaxCloud.run(
        json,
        Effect.gen(function*() {
          const fromFile = Option.isSome(input) ? yield* readInput(spec.operation.name, input.value) : {}
          const given: Record<string, unknown> = { ...fromFile }
          for (const [name, value] of Object.entries(flags)) if (Option.isSome(value)) given[name] = value.value
          const client = yield* StaxCloudClient
          const answer = yield* client.call(spec.operation, given)
          yield* Output.Output.result(answer, () => JSON.stringify(answer, null, 2))
        })
      )
  ).pipe(Command.withDescription(`${spec.description} (${spec.id})`))
}

/**
 * One command per service (`networking`, `workloads`, ...), each with a command per operation, plus the
 * hand-written commands given for a service (`accounts list`).
 *
 * @since 0.2.0
 * @category Commands
 */
export const serviceCommands = (
  specs: ReadonlyArray<CommandSpec>,
  extra: Readonly<Record<string, ReadonlyArray<Command.Command<any, any, any, any>>>> = {}
): ReadonlyArray<Command.Command<any, any, any, any>> => {
  const byService = new Map<string, Array<CommandSpec>>()
  for (const spec of specs) byService.set(spec.service, [...(byService.get(spec.service) ?? []), spec])
  return [...byService.entries()].map(([service, ops]) => {
    const name = flagOf(service)
    const [first, ...rest] = [...(extra[name] ?? []), ...ops.map(operationCommand)]
    return Command.make(name).pipe(
      Command.withDescription(`${service}: ${ops.length} operation${ops.length === 1 ? "" : "s"}`),
      Command.withSubcommands([first!, ...rest])
    )
  })
}
