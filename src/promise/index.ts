/**
 * stax-effect/promise: the SDK for code that does not use Effect.
 *
 * `createStaxClient(options?)` gives one object whose operations return Promises (and
 * `AsyncIterable`s for downloads and `searchAll`), failing with real `Error` subclasses:
 * the SDK's own error classes (`AuthError`, `ApiError`, ...: the same classes as in `stax-effect`),
 * plus `ConfigError`, `AbortError` and `ClientClosedError`.
 *
 * @example
 * ```ts
 * import { AuthError, createStaxClient } from "stax-effect/promise"
 *
 * await using stax = createStaxClient({ email: "admin@example.com", apiKey: process.env.STAX_API_KEY! })
 * try {
 *   console.log(await stax.stacks.list())
 * } catch (e) {
 *   if (e instanceof AuthError) console.error("check the credentials:", e.message)
 *   else throw e
 * }
 * ```
 *
 * @since 0.2.0
 */
export { createStaxClient, defaultHttpClient } from "./createStaxClient.js"
export { createStaxCloudClient } from "./createStaxCloudClient.js"
export type { CloudLayerOptions, CloudValueOptions, StaxCloudPromiseClient } from "./createStaxCloudClient.js"
export type { Account, Paging, ReadAccountsInput, ReadAccountsOutput } from "../cloud/schema/Account.js"
export type { CommonOptions, LayerOptions, Services, StaxPromiseClient, ValueOptions } from "./createStaxClient.js"
export * from "./errors.js"
export * as Facade from "./Facade.js"
export type { PromiseArea, PromiseClient, PromiseMethod } from "./Facade.js"
export { files } from "./files.js"
export type { CallOptions } from "./Runner.js"
export type * from "../ai/api/Documents.js"
export type * from "../ai/api/Modules.js"
export type * from "../ai/api/Search.js"
export type * from "../ai/api/Stacks.js"
export type * from "../ai/api/Tpa.js"
export type * from "../ai/schema/index.js"
export type { FileSource } from "../ai/api/documents/FileSource.js"
export type { StaxConfigShape, StaxCredentials } from "../ai/StaxConfig.js"
export type { WorkerCredentials } from "../ai/WorkerConfig.js"
