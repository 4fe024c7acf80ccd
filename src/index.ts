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
export { Documents } from "./api/Documents.js"
export type * from "./api/Documents.js"
export { ProcessingError, ProcessingTimeoutError } from "./api/documents/errors.js"
export type { FileSource } from "./api/documents/FileSource.js"
export { Modules } from "./api/Modules.js"
export type * from "./api/Modules.js"
export { Search } from "./api/Search.js"
export type * from "./api/Search.js"
export { Stacks } from "./api/Stacks.js"
export type * from "./api/Stacks.js"
export { Tpa } from "./api/Tpa.js"
export type * from "./api/Tpa.js"
export * as Envelope from "./Envelope.js"
export { AuthRetryPolicy, RetryPolicy } from "./RetryPolicy.js"
export * as Retry from "./RetryPolicy.js"
export * as Schemas from "./schema/index.js"
export type * from "./schema/index.js"
export * as Stax from "./Stax.js"
export { StaxClient } from "./StaxClient.js"
export type { CallOptions, Endpoint, StaxClientShape } from "./StaxClient.js"
export { StaxConfig } from "./StaxConfig.js"
export type { StaxConfigShape, StaxCredentials } from "./StaxConfig.js"
export { ApiError, AuthError, DecodeError, InputError, isStaxError, StaxError, TransportError } from "./StaxError.js"
export { VERSION } from "./version.js"
export { WorkerConfig } from "./WorkerConfig.js"
export type { WorkerCredentials } from "./WorkerConfig.js"
