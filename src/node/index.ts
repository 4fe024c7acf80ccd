/**
 * stax-effect/node: what runs only on Node. `UndiciHttpClient` is the SDK's own `HttpClient` over
 * undici's dispatcher: keep-alive pooling, the per-attempt time limit and the answer-size cap enforced by
 * the transport itself (one timer, no forked fiber), streamed bodies both ways. It is the transport the
 * README uses; any other `@effect/platform` `HttpClient` (`FetchHttpClient.layer` on other runtimes) works
 * too.
 *
 * @example
 * ```ts
 * import { UndiciHttpClient } from "stax-effect/node"
 * program.pipe(Effect.provide(Stax.layer), Effect.provide(StaxConfig.layerFromEnv), Effect.provide(UndiciHttpClient.layer))
 * ```
 *
 * @since 0.2.0
 */
export * as UndiciHttpClient from "./UndiciHttpClient.js"
