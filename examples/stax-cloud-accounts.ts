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
import { FetchHttpClient } from "@effect/platform"
import { Console, Effect, Layer } from "effect"
import { Accounts, StaxCloud, StaxCloudConfig } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
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

const useRealApi = Boolean(process.env["STAX_ACCESS_KEY"] && process.env["STAX_SECRET_KEY"])

const MainLayer = (
  useRealApi
    ? StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudConfig.layerFromEnv))
    : StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layerServer()))
).pipe(Layer.provideMerge(FetchHttpClient.layer))

const main = Effect.gen(function*() {
  const config = yield* StaxCloudConfig
  yield* Console.log(
    useRealApi
      ? `Running against the Stax cloud API at ${config.baseUrl}.`
      : `STAX_ACCESS_KEY/STAX_SECRET_KEY not set: running against the local Stax cloud stand-in at ${config.baseUrl}.`
  )
  yield* program
}).pipe(Effect.provide(MainLayer))

runMain(import.meta, main)
