/**
 * `npm start`: the quickstart.
 *
 * With STAX_EMAIL and STAX_API_KEY set, it runs against the Stax.ai API (STAX_API_URL, default
 * https://api.stax.ai). Otherwise it starts the local stand-in on 127.0.0.1, says so, and runs the same
 * program against it: create a stack, read it back by tag, and show the typed AuthError a wrong key gets.
 */
import { FetchHttpClient } from "@effect/platform"
import { Console, Effect, Layer } from "effect"
import { RetryPolicy, Stacks, Stax, StaxConfig } from "stax-effect"
import { StaxLocal } from "stax-effect/testing"
import { runMain } from "./runMain.js"

/** The quickstart itself: it needs only the SDK's services and an HttpClient. */
export const program = Effect.gen(function*() {
  const config = yield* StaxConfig
  const path = `Quickstart/${new Date().toISOString().slice(0, 10)}`

  const created = yield* Stacks.create({ stackPath: path })
  yield* Console.log(`created stack ${created._id} at "${created.path}"`)

  const found = yield* Stacks.get({ stackTag: path })
  yield* Console.log(`read it back by tag: ${found._id} (${found.numDocuments ?? 0} documents)`)

  // The same call with a wrong key: the failure is a typed AuthError in the error channel.
  const email = config.credentials._tag === "Static" ? config.credentials.credentials.email : "nobody@example.com"
  const withWrongKey = Stax.layer.pipe(
    Layer.provide(StaxConfig.layer({ email, apiKey: "wrong-key", baseUrl: config.baseUrl, retry: RetryPolicy.none }))
  )
  const refused = yield* Stacks.get({ stackTag: path }).pipe(
    Effect.provide(withWrongKey),
    Effect.as("unexpectedly accepted"),
    Effect.catchTag("AuthError", (e) => Effect.succeed(`AuthError from ${e.endpoint} (HTTP ${e.status}): ${e.message}`))
  )
  yield* Console.log(`with a wrong key: ${refused}`)
  return { created, found, refused }
})

const useRealApi = Boolean(process.env["STAX_EMAIL"] && process.env["STAX_API_KEY"])

const MainLayer = (
  useRealApi
    ? Stax.layer.pipe(Layer.provideMerge(StaxConfig.layerFromEnv))
    : Stax.layer.pipe(Layer.provideMerge(StaxLocal.layerServer()))
).pipe(Layer.provideMerge(FetchHttpClient.layer))

const main = Effect.gen(function*() {
  const config = yield* StaxConfig
  yield* Console.log(
    useRealApi
      ? `Running against the Stax.ai API at ${config.baseUrl}.`
      : `STAX_EMAIL/STAX_API_KEY not set: running against the local Stax stand-in at ${config.baseUrl}.`
  )
  yield* program
}).pipe(Effect.provide(MainLayer))

runMain(import.meta, main)
