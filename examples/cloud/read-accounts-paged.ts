/**
 * Streams every account a page at a time (`offset`/`limit`, following `Paging.NextOffset`) and checks the
 * count against `Paging.Total`. Mirrors staxapp's `examples/accounts/read_accounts.py`, which reads one
 * answer: staxapp has no paging helper, so a caller loops over `offset` by hand (and the document calls
 * `offset` a page number while `NextOffset` is an item offset).
 */
import { Chunk, Console, Effect, Stream } from "effect"
import { Accounts } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** Every account through `readAccountsAll`, three per page, and the `Total` the first page reports. */
export const program = Effect.gen(function*() {
  const firstPage = yield* Accounts.readAccounts({ limit: 3 })
  const streamed = Chunk.toReadonlyArray(yield* Stream.runCollect(Accounts.readAccountsAll({ limit: 3 })))
  yield* Console.log(`${streamed.length} accounts streamed, three per request; Paging.Total says ${firstPage.Paging?.Total}`)
  return { total: firstPage.Paging?.Total, ids: streamed.map((a) => a.Id) }
})

/** The stream yields each account once, as many as `Paging.Total`. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the stream yields as many accounts as Paging.Total", r.ids.length === r.total),
  claim("no account is yielded twice", new Set(r.ids).size === r.ids.length)
]

run(import.meta, program, claims)
