/**
 * How the benchmark sets the SDK up: the one place to change when the README's first example changes.
 *
 * `readmeLayer` is the README's first code block, as layers: `Stax.layer` over
 * `StaxConfig.layerFromEnv` (`STAX_EMAIL`, `STAX_API_KEY`, `STAX_API_URL` set by the harness to the
 * lean server; the default retry policy and timeout) over the README's transport. The README provides
 * the layers to one program run with `Effect.runPromise`; the benchmark, which runs many calls, builds
 * the same layers once in a `ManagedRuntime` (a user calling `runPromise` with the layers per call
 * would also rebuild them per call).
 *
 * `fetchLayer` is the SDK explicitly over `@effect/platform`'s `FetchHttpClient`, kept as its own
 * case when the README's transport changes.
 *
 * `cloudLayer` is the README's Stax cloud example, as layers: `StaxCloud.layer` over
 * `StaxCloudConfig.layer` (the options the harness gives: the stand-in's keys and Cognito endpoints, the
 * lean server as `baseUrl`) over `UndiciHttpClient.layer`.
 */
import { FetchHttpClient } from "@effect/platform"
import type { HttpClient } from "@effect/platform"
import { Layer } from "effect"
import { FetchTransport, Stax, StaxConfig } from "stax-effect"
import { StaxCloud, StaxCloudConfig } from "stax-effect/cloud"
import { UndiciHttpClient } from "stax-effect/node"

/** The layers of the README's first example, minus the program. */
export const readmeLayer = (transport: Layer.Layer<HttpClient.HttpClient> = FetchHttpClient.layer) =>
  Stax.layer.pipe(
    Layer.provide(StaxConfig.layerFromEnv), // STAX_EMAIL, STAX_API_KEY, STAX_API_URL, LOG_LEVEL
    Layer.provide(transport)
  )

/** The README's transport today. Change this line when the README's first example changes. */
export const readmeTransport: Layer.Layer<HttpClient.HttpClient> = UndiciHttpClient.layer

/** The label the README case gets in the table. */
export const readmeTransportName = "UndiciHttpClient"

/** The SDK as the README sets it up. */
export const sdkReadmeLayer = readmeLayer(readmeTransport)

/** The SDK over `FetchHttpClient`, whatever the README uses. */
export const sdkFetchLayer = readmeLayer(FetchHttpClient.layer)

/** The SDK over `FetchTransport.layer`: the platform's fetch client with the SDK's own sender over `fetch`. */
export const sdkFetchTransportLayer = readmeLayer(FetchTransport.layer)

/** The environment `StaxConfig.layerFromEnv` reads, pointing at a server on `baseUrl`. */
export const sdkEnv = (baseUrl: string): Record<string, string> => ({
  STAX_EMAIL: "bench@example.com",
  STAX_API_KEY: "bench-api-key-0123456789",
  STAX_API_URL: baseUrl
})

/** The layers of the README's Stax cloud example, minus the program, with `options` instead of the environment. */
export const cloudLayer = (options: StaxCloudConfig.Options) =>
  StaxCloud.layer.pipe(
    Layer.provide(StaxCloudConfig.layer(options)),
    Layer.provide(UndiciHttpClient.layer)
  )
