/**
 * The SDK over the runtime's `fetch`, for runtimes without Node's undici (Deno, Bun, browsers, workers, edge
 * functions), or on Node where `fetch` is wanted: `FetchTransport.layer` is the platform's `FetchHttpClient`
 * with the request core's own fetch sender registered for it, so JSON calls skip the platform client's
 * request and response machinery (the client itself still serves everything else: logins, uploads,
 * downloads). `FetchHttpClient.layer` works too, through the core's adapter over any `HttpClient`, at a
 * higher cost per call.
 *
 * @example
 * ```ts
 * import { FetchTransport, Stax, StaxConfig } from "stax-effect"
 *
 * program.pipe(Effect.provide(Stax.layer), Effect.provide(StaxConfig.layerFromEnv), Effect.provide(FetchTransport.layer))
 * ```
 *
 * @since 0.2.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as FetchSender from "./pipeline/fetchSender.js"
import { register } from "./pipeline/Sender.js"

/**
 * Options of {@link layerWith}.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Options {
  /** The `fetch` to call (default: the global one), e.g. one with a proxy agent or a test double. */
  readonly fetch?: typeof globalThis.fetch | undefined
}

/**
 * The platform's `FetchHttpClient` with the core's fetch sender, with options.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layerWith = (options: Options = {}): Layer.Layer<HttpClient.HttpClient> =>
  Layer.effect(
    HttpClient.HttpClient,
    Effect.map(HttpClient.HttpClient, (client) => {
      // Uploads and downloads take the platform client, through the core's adapter.
      register(client, (adapter) => FetchSender.make(adapter, options.fetch))
      return client
    })
  ).pipe(
    Layer.provide(options.fetch === undefined ? FetchHttpClient.layer : Layer.provide(FetchHttpClient.layer, Layer.succeed(FetchHttpClient.Fetch, options.fetch)))
  )

/**
 * The platform's `FetchHttpClient` with the core's fetch sender.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<HttpClient.HttpClient> = layerWith()
