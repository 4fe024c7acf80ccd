/**
 * `stax tpa`: trust accounting (plans and their accounts).
 *
 * ```sh
 * stax tpa plans list
 * stax tpa accounts list --plan 65a1f0c2ffffffffffff0009 --json
 * ```
 *
 * @since 0.2.0
 */
import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import { Tpa } from "../ai/api/Tpa.js"
import * as Output from "./output.js"
import * as StaxAi from "./staxAi.js"

const listPlans = Command.make("list", { json: Output.json }, ({ json }) =>
  StaxAi.run(
    json,
    Effect.gen(function*() {
      const plans = yield* Tpa.listPlans()
      yield* Output.Output.result(plans, () =>
        Output.table(
          ["PLAN ID", "NAME", "INTERNAL ID", "TYPE", "ACTIVE"],
          plans.map((p) => [p._id, p.planName, p.internalPlanId, p.planType, p.active])
        ))
    })
  )).pipe(Command.withDescription("List the team's plans"))

const listAccounts = Command.make(
  "list",
  {
    plan: Options.text("plan").pipe(Options.withDescription("Only the accounts of this plan (its id)"), Options.optional),
    json: Output.json
  },
  ({ json, plan }) =>
    StaxAi.run(
      json,
      Effect.gen(function*() {
        const accounts = yield* Tpa.listAccounts(Option.match(plan, { onNone: () => ({}), onSome: (planId) => ({ planId }) }))
        yield* Output.Output.result(accounts, () =>
          Output.table(
            ["ACCOUNT ID", "PLAN ID", "NUMBER", "PROVIDER", "TYPE", "ACTIVE"],
            accounts.map((a) => [a._id, a.planId, a.number, a.provider, a.accountType, a.active])
          ))
      })
    )
).pipe(Command.withDescription("List accounts, of one plan or all"))

const plans = Command.make("plans").pipe(
  Command.withDescription("Plans"),
  Command.withSubcommands([listPlans])
)

const accounts = Command.make("accounts").pipe(
  Command.withDescription("Accounts of plans"),
  Command.withSubcommands([listAccounts])
)

/**
 * The `tpa` command group.
 *
 * @since 0.2.0
 * @category Commands
 */
export const command = Command.make("tpa").pipe(
  Command.withDescription("Trust accounting: plans and accounts"),
  Command.withSubcommands([plans, accounts])
)
