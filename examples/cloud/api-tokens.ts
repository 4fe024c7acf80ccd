/**
 * An API token's life: create it (its secret key is in the answer, once; never printed here), read it
 * back among the tokens and by its access key, delete it. Mirrors staxapp's
 * `examples/api_tokens/create_api_token.py`, `read_api_tokens.py` and `delete_api_token.py`.
 *
 * staxapp's `delete_api_token.py` calls `DeleteApiToken(AccessKey=...)`, but the path parameter is
 * `access_key`: staxapp raises "Missing one or more parameters". Here the input is `accessKey`, and the
 * compiler says so.
 */
import { Console, Effect } from "effect"
import { Teams } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"

/** The token as listed and read by access key, and whether it is still active after deletion. */
export const program = Effect.gen(function*() {
  const name = `examples-${Date.now().toString(36)}`
  const created = yield* Teams.createApiToken({ name, role: "api_readonly", description: "Token made by examples/cloud/api-tokens.ts" })
  const token = created.ApiTokens[0]
  if (token === undefined) return yield* new MissingResource({ message: "CreateApiToken answered without the token" })
  const secretReceived = typeof token.SecretKey === "string" && token.SecretKey.length > 0
  yield* Console.log(`token ${token.AccessKey} created; its secret key was received (not printed)`)
  const listed = (yield* Teams.readApiTokens()).ApiTokens.some((t) => t.AccessKey === token.AccessKey)
  const { ApiTokens: [one] } = yield* Teams.readApiTokens({ accessKey: token.AccessKey })
  yield* Teams.deleteApiToken({ accessKey: token.AccessKey })
  const active = (yield* Teams.readApiTokens({ status: "ACTIVE" })).ApiTokens
  return { name, secretReceived, listed, one, stillActive: active.some((t) => t.AccessKey === token.AccessKey) }
})

/** The token shows while it lives and not once deleted; the secret came once. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the creation answer carries the secret key", r.secretReceived),
  claim("the token is among the tokens", r.listed),
  claim("reading by access key gives it, with its role", r.one?.Name === r.name && r.one?.Role === "api_readonly"),
  claim("after DeleteApiToken it is no longer active", !r.stillActive)
]

run(import.meta, program, claims)
