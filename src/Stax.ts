/**
 * `Stax.layer`: every API service, wired over one `StaxClient`.
 *
 * @example
 * ```ts
 * program.pipe(
 *   Effect.provide(Stax.layer),
 *   Effect.provide(StaxConfig.layerFromEnv),
 *   Effect.provide(FetchHttpClient.layer),
 *   Effect.runPromise
 * )
 * ```
 *
 * @since 0.1.0
 */
import type { HttpClient } from "@effect/platform"
import { Layer } from "effect"
import { Documents } from "./api/Documents.js"
import { Stacks } from "./api/Stacks.js"
import type { StaxConfig } from "./StaxConfig.js"
import { StaxClient } from "./StaxClient.js"

/**
 * Every API service (and the `StaxClient` they share), needing a `StaxConfig` and an `HttpClient`.
 *
 * @since 0.1.0
 * @category Layers
 */
export const layer: Layer.Layer<Stacks | Documents | StaxClient, never, StaxConfig | HttpClient.HttpClient> = Layer
  .mergeAll(Stacks.layer, Documents.layer).pipe(Layer.provideMerge(StaxClient.layer))
