/**
 * Checks whether company aliases are free: a fresh one, those the organisation and its accounts use, and
 * one with `/` and `?` in it.
 *
 * staxapp has no example for the `public` class; its `CheckAlias` raises on the documented 409 (the alias
 * is taken, answered with the normal body), and inserts the alias into the path unencoded, so
 * `CheckAlias("my alias/x?y")` asks about `my alias/x` with a query string `y`. Here the 409 is an answer,
 * and the path parameter is URL-encoded.
 */
import { Console, Effect } from "effect"
import { Public } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { aliasInUse } from "./support/fixtures.js"

/** `Alias.Status` of an alias nobody uses. */
const AVAILABLE = "The company alias provided is available"

/** The answer for a fresh alias, for one in use, and for an odd one. */
export const program = Effect.gen(function*() {
  const taken = yield* aliasInUse
  const free = yield* Public.checkAlias({ alias: `examples-${Date.now().toString(36)}` })
  const used = yield* Public.checkAlias({ alias: taken })
  const odd = yield* Public.checkAlias({ alias: "my alias/x?y" })
  yield* Console.log(`fresh: ${free.Alias.Status}\n${taken}: ${used.Alias.Status}\n"my alias/x?y": ${odd.Alias.Status}`)
  return { free: free.Alias.Status, used: used.Alias.Status, odd: odd.Alias.Status }
})

/** A fresh alias is available; an alias in use is reported taken (a 409, answered, not raised). */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("a fresh alias is available", r.free === AVAILABLE),
  claim("an alias the organisation uses is reported in use, not raised", r.used !== AVAILABLE),
  claim("an alias with / and ? is checked as one alias", r.odd === AVAILABLE)
]

run(import.meta, program, claims)
