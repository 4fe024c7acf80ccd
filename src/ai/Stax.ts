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
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Layer from "effect/Layer"
import { Documents } from "./api/Documents.js"
import { Modules } from "./api/Modules.js"
import { Search } from "./api/Search.js"
import { Stacks } from "./api/Stacks.js"
import { Tpa } from "./api/Tpa.js"
import type { StaxConfig } from "./StaxConfig.js"
import { StaxClient } from "./StaxClient.js"

/**
 * Every service `Stax.layer` provides.
 *
 * @since 0.1.0
 * @category Models
 */
export type Services = Stacks | Documents | Search | Tpa | Modules | StaxClient

/**
 * Every API service (and the `StaxClient` they share), needing a `StaxConfig` and an `HttpClient`.
 * The worker calls of `Modules` also need a `WorkerConfig`, per call.
 *
 * @since 0.1.0
 * @category Layers
 */
export const layer: Layer.Layer<Services, never, StaxConfig | HttpClient.HttpClient> = Layer
  .mergeAll(Stacks.layer, Documents.layer, Search.layer, Tpa.layer, Modules.layer)
  .pipe(Layer.provideMerge(StaxClient.layer))
