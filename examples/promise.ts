/**
 * The Promise facade (`stax-effect/promise`): the SDK for code that does not use Effect.
 *
 * Runs against the in-memory stand-ins (`stax-effect/testing`), so it needs no network and no account:
 * create a stack and read it back, page through search hits with `for await`, catch a typed error with
 * `instanceof`, cancel a call with an `AbortSignal`, and read Stax cloud accounts. Against the real APIs,
 * drop `layer` and give credentials (or set STAX_EMAIL/STAX_API_KEY, STAX_ACCESS_KEY/STAX_SECRET_KEY).
 *
 * `npx tsx examples/promise.ts`
 */
import { pathToFileURL } from "node:url"
import { AbortError, AuthError, createStaxClient, createStaxCloudClient } from "stax-effect/promise"
import { StaxCloudLocal, StaxLocal } from "stax-effect/testing"

export const main = async (log: (line: string) => void = console.log): Promise<void> => {
  // `await using` closes the client (its runtime, its connections) at the end of the block.
  await using stax = createStaxClient({
    layer: StaxLocal.layer({
      seed: { documents: [{ name: "invoice-1.pdf", content: "a" }, { name: "invoice-2.pdf", content: "b" }] }
    })
  })

  const created = await stax.stacks.create({ stackPath: "Invoices/2026" })
  const found = await stax.stacks.get({ stackTag: "Invoices/2026" })
  log(`created stack ${created._id}, read back by tag: ${found._id}`)

  // Streams are async iterables: each hit as it comes, pages fetched as the loop asks for them.
  for await (const hit of stax.search.searchAll({ query: "invoice" })) log(`hit: ${hit._id}`)

  // Failures are the SDK's own Error classes.
  await using wrongKey = createStaxClient({ layer: StaxLocal.layer({ clientCredentials: { apiKey: "wrong-key" } }) })
  try {
    await wrongKey.stacks.get({ stackTag: "Invoices/2026" })
  } catch (e) {
    if (e instanceof AuthError) log(`AuthError from ${e.endpoint}: ${e.message}`)
    else throw e
  }

  // Every method takes `{ signal }` last: an aborted call rejects with AbortError.
  const aborted = await stax.stacks.list({ signal: AbortSignal.abort() }).then(() => "not aborted", (e: unknown) => e)
  log(`aborted: ${aborted instanceof AbortError}`)

  // The Stax cloud client, over its stand-in (SRP login, identity pool and SigV4 included).
  await using cloud = createStaxCloudClient({ layer: StaxCloudLocal.layer() })
  const active = await cloud.accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
  log(`${active.Accounts.length} active Stax cloud accounts`)
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
}
