/**
 * stax-effect: an Effect SDK for the Stax.ai Developer API.
 *
 * The services (`Stacks`, `Documents`, `Search`, `Tpa`, `Modules`) are tags with accessors:
 * `yield* Stacks.get(...)`. `Stax.layer` provides them all over `StaxConfig` and an `HttpClient`.
 * Input and result types of each area are exported by name (`GetStackInput`, `SearchResult`, ...);
 * the resource schemas are under `Schemas`.
 *
 * @since 0.1.0
 */
export { Documents } from "./ai/api/Documents.js"
export type * from "./ai/api/Documents.js"
export { ProcessingError, ProcessingTimeoutError } from "./ai/api/documents/errors.js"
export type { FileSource } from "./ai/api/documents/FileSource.js"
export { Modules } from "./ai/api/Modules.js"
export type * from "./ai/api/Modules.js"
export { Search } from "./ai/api/Search.js"
export type * from "./ai/api/Search.js"
export { Stacks } from "./ai/api/Stacks.js"
export type * from "./ai/api/Stacks.js"
export { Tpa } from "./ai/api/Tpa.js"
export type * from "./ai/api/Tpa.js"
export * as Envelope from "./ai/Envelope.js"
export { AuthRetryPolicy, RetryPolicy } from "./core/RetryPolicy.js"
export * as Retry from "./core/RetryPolicy.js"
export * as Schemas from "./ai/schema/index.js"
export type * from "./ai/schema/index.js"
export * as Stax from "./ai/Stax.js"
export * as Operation from "./core/Operation.js"
export { StaxClient } from "./ai/StaxClient.js"
export type { CallOptions, Endpoint, StaxClientShape } from "./ai/StaxClient.js"
export { StaxConfig } from "./ai/StaxConfig.js"
export type { StaxConfigShape, StaxCredentials } from "./ai/StaxConfig.js"
export { ApiError, ApiReason, AuthError, DecodeError, InputError, isStaxError, StaxError, TransportError } from "./core/StaxError.js"
export { VERSION } from "./core/version.js"
export * as FetchTransport from "./core/FetchTransport.js"
export { WorkerConfig } from "./ai/WorkerConfig.js"
export type { WorkerCredentials } from "./ai/WorkerConfig.js"
