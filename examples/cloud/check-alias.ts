/**
 * Checks whether company aliases are free, including one that is taken and one with `/` and `?` in it.
 * staxapp has no example for the `public` class; its `CheckAlias` raises on the documented 409 (the alias
 * is taken, answered with the normal body), and inserts the alias into the path unencoded, so
 * `CheckAlias("my alias/x?y")` asks about `my alias/x` with a query string `y`. Here the 409 is an answer,
 * and the path parameter is URL-encoded.
 */
import { Console, Effect } from "effect"
import { Public } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** The answer for a free alias, a taken one (the organisation's own), and an odd one. */
export const program = Effect.gen(function*() {
  const config = yield* Public.readConfig()
  const free = yield* Public.checkAlias({ alias: `examples-${Date.now().toString(36)}` })
  const taken = yield* Public.checkAlias({ alias: "stax" })
  const odd = yield* Public.checkAlias({ alias: "my alias/x?y" })
  yield* Console.log(`free: ${free.Alias.Status}\ntaken: ${taken.Alias.Status}\n"my alias/x?y": ${odd.Alias.Status}`)
  return { free: free.Alias.Status, taken: taken.Alias.Status, odd: odd.Alias.Status, config }
})

/** The free alias is available, the taken one in use (a 409, answered, not raised). */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("a fresh alias is available", r.free === "The company alias provided is available"),
  claim("a taken alias is reported in use, not raised", r.taken !== r.free),
  claim("an alias with / and ? is checked as one alias", typeof r.odd === "string")
]

run(import.meta, program, claims)
