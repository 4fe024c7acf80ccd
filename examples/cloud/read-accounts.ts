/**
 * Reads the organisation's accounts: all of them, then the active ones with their tags, then one by id.
 * Mirrors staxapp's `examples/accounts/read_accounts.py`.
 *
 * staxapp sends `include_tags=True` (Python's spelling of a boolean); we send `include_tags=true`, as the
 * document says. Its answers are undecoded dicts; ours are typed, and a new field never breaks them.
 */
import { Console, Effect } from "effect"
import { Accounts } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** All accounts, the active ones with tags, and the first active one read by its id. */
export const program = Effect.gen(function*() {
  const all = yield* Accounts.readAccounts()
  yield* Console.log(`${all.Accounts.length} accounts`)
  const active = yield* Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
  for (const account of active.Accounts) {
    yield* Console.log(`  ${account.Name}  ${account.Status ?? "-"}  ${JSON.stringify(account.Tags ?? {})}`)
  }
  const first = active.Accounts[0]
  const one = first === undefined ? undefined : yield* Accounts.readAccounts({ accountId: first.Id })
  return { all: all.Accounts, active: active.Accounts, one: one?.Accounts }
})

/** The active accounts are among all accounts, all ACTIVE, and the one read by id is the first of them. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("some accounts are active", r.active.length > 0),
  claim("every account of filter=ACTIVE is ACTIVE", r.active.every((a) => a.Status === "ACTIVE")),
  claim("the active accounts are among all accounts", r.active.every((a) => r.all.some((b) => b.Id === a.Id))),
  claim("reading one account by id gives that account", r.one?.[0]?.Id === r.active[0]?.Id && r.one?.length === 1)
]

run(import.meta, program, claims)
