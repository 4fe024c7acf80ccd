/**
 * `stax stacks`: get a stack by id or tag, create one, list them.
 *
 * ```sh
 * stax stacks get --tag Invoices
 * stax stacks get --id 65a1f0c2ffffffffffff0002 --json
 * stax stacks create "Invoices/2024"
 * stax stacks list
 * ```
 *
 * @since 0.2.0
 */
import * as Args from "@effect/cli/Args"
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { Stacks } from "../ai/api/Stacks.js"
import type { Stack } from "../ai/schema/Stack.js"
import * as Output from "./output.js"
import * as StaxAi from "./staxAi.js"

/**
 * A stack's main fields, for people.
 *
 * @since 0.2.0
 * @category Formatting
 */
export const describeStack = (stack: Stack): string =>
  Output.fields([
    ["id", stack._id],
    ["path", stack.path],
    ["documents", stack.numDocuments],
    ["unread", stack.numUnread],
    ["pinned", stack.pinned],
    ["enabled", stack.enabled],
    ["keys", stack.keys !== undefined && stack.keys.length > 0 ? stack.keys : undefined],
    ["last modified", stack.lastModified]
  ])

const selector = Options.text("id").pipe(
  Options.withDescription("The stack's id (24 hexadecimal characters)"),
  Options.orElseEither(Options.text("tag").pipe(Options.withDescription("The stack's tag (or path)")))
)

const get = Command.make("get", { selector, json: Output.json }, ({ json, selector }) =>
  StaxAi.run(
    json,
    Effect.gen(function*() {
      const stack = yield* Stacks.get(Either.match(selector, {
        onLeft: (stackId) => ({ stackId }),
        onRight: (stackTag) => ({ stackTag })
      }))
      yield* Output.Output.result(stack, () => describeStack(stack))
    })
  )).pipe(Command.withDescription("Get a stack by --id or by --tag"))

const create = Command.make(
  "create",
  { path: Args.text({ name: "path" }).pipe(Args.withDescription("The new stack's path, e.g. Invoices/2024")), json: Output.json },
  ({ json, path }) =>
    StaxAi.run(
      json,
      Effect.gen(function*() {
        const stack = yield* Stacks.create({ stackPath: path })
        yield* Output.Output.result(stack, () => describeStack(stack))
      })
    )
).pipe(Command.withDescription("Create a stack"))

const list = Command.make("list", { json: Output.json }, ({ json }) =>
  StaxAi.run(
    json,
    Effect.gen(function*() {
      const stacks = yield* Stacks.list()
      yield* Output.Output.result(stacks, () =>
        Output.table(
          ["ID", "PATH", "DOCUMENTS", "LAST MODIFIED"],
          stacks.map((s) => [s._id, s.path, s.numDocuments, s.lastModified])
        ))
    })
  )).pipe(Command.withDescription("List the team's stacks"))

/**
 * The `stacks` command group.
 *
 * @since 0.2.0
 * @category Commands
 */
export const command = Command.make("stacks").pipe(
  Command.withDescription("Stacks (smart folders): get, create, list"),
  Command.withSubcommands([get, create, list])
)
