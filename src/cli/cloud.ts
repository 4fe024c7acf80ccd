/**
 * `stax cloud ...`: the Stax cloud API (stax.io) from the command line.
 *
 * @since 0.2.0
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Accounts } from "../cloud/generated/Accounts.js"
import { cloudOperations } from "../cloud/generated/registry.js"
import type { ReadAccountsInput } from "../cloud/schema/Account.js"
import { serviceCommands } from "./cloudOperations.js"
import * as Output from "./output.js"
import * as StaxCloud from "./staxCloud.js"


const listAccounts = Command.make(
  "list",
  {
    filter: Options.text("filter").pipe(
      Options.withDescription("Only accounts in these statuses, comma-separated (e.g. ACTIVE or ACTIVE,SUSPENDED)"),
      Options.optional
    ),
    includeTags: Options.boolean("include-tags").pipe(Options.withDescription("Show each account's tags")),
    json: Output.json
  },
  ({ filter, includeTags, json }) =>
    StaxCloud.run(
      json,
      Effect.gen(function*() {
        // Checked by the SDK before anything is sent: an unknown status is an InputError naming `filter`.
        const input = {
          includeTags,
          ...Option.match(filter, {
            onNone: () => ({}),
            onSome: (text) => ({ filter: text.split(",").map((s) => s.trim()).filter((s) => s !== "") })
          })
        } as unknown as ReadAccountsInput
        const answer = yield* Accounts.readAccounts(input)
        yield* Output.Output.result(answer, () =>
          Output.table(
            includeTags ? ["ID", "AWS ACCOUNT", "STATUS", "NAME", "TAGS"] : ["ID", "AWS ACCOUNT", "STATUS", "NAME"],
            answer.Accounts.map((a) => {
              const row = [a.Id, a.AwsAccountId, a.Status, a.Name]
              return includeTags ? [...row, JSON.stringify(a.Tags ?? {})] : row
            })
          ))
      })
    )
).pipe(Command.withDescription("List the AWS accounts Stax governs (accounts.ReadAccounts)"))


/**
 * The `cloud` command group.
 *
 * @since 0.2.0
 * @category Commands
 */
export const command = Command.make("cloud").pipe(
  Command.withDescription("The Stax cloud API (stax.io): every operation, by service (stax cloud <service> <operation>)"),
  Command.withSubcommands(serviceCommands(cloudOperations, { accounts: [listAccounts] }) as [Command.Command<any, any, any, any>])
)
