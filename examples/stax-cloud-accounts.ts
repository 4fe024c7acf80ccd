/**
 * The Stax cloud client: staxapp's README example in TypeScript.
 *
 * ```python
 * accounts = StaxClient("accounts")
 * accounts.ReadAccounts(filter="ACTIVE", include_tags=True)
 * ```
 *
 * With STAX_ACCESS_KEY and STAX_SECRET_KEY set, it runs against the Stax cloud API (STAX_REGION, default
 * au1.staxapp.cloud). Otherwise it starts the local Stax cloud stand-in on 127.0.0.1, says so, and runs
 * the same program against it, through the real login path: SRP → identity pool → SigV4.
 */
import { Console, Effect } from "effect"
import { Accounts } from "stax-effect/cloud"
import { announce, layer, useRealApi } from "./cloud/run.js"
import { runMain } from "./runMain.js"

/** The README's two `ReadAccounts` calls: every account, then the active ones with their tags. */
export const program = Effect.gen(function*() {
  const all = yield* Accounts.readAccounts()
  yield* Console.log(`${all.Accounts.length} accounts:`)
  for (const account of all.Accounts) {
    yield* Console.log(`  ${account.AwsAccountId ?? "-"}  ${account.Status ?? "-"}  ${account.Name ?? "-"}`)
  }
  const active = yield* Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
  yield* Console.log(`${active.Accounts.length} active, with tags:`)
  for (const account of active.Accounts) {
    yield* Console.log(`  ${account.Name ?? "-"}  ${JSON.stringify(account.Tags ?? {})}`)
  }
  return { all, active }
})

const real = useRealApi()

const main = Effect.gen(function*() {
  yield* announce(real)
  yield* program
}).pipe(Effect.provide(layer(real)))

runMain(import.meta, main)
