/**
 * stax-effect: an Effect SDK for the Stax.ai Developer API.
 *
 * @since 0.1.0
 */
export { Documents } from "./api/Documents.js"
export { Stacks } from "./api/Stacks.js"
export * as Envelope from "./Envelope.js"
export { AuthRetryPolicy, RetryPolicy } from "./RetryPolicy.js"
export * as Retry from "./RetryPolicy.js"
export * as Schemas from "./schema/index.js"
export * as Stax from "./Stax.js"
export { StaxClient } from "./StaxClient.js"
export type { Endpoint, StaxClientShape } from "./StaxClient.js"
export { StaxConfig } from "./StaxConfig.js"
export type { StaxConfigShape, StaxCredentials } from "./StaxConfig.js"
export { ApiError, AuthError, DecodeError, InputError, isStaxError, StaxError, TransportError } from "./StaxError.js"
export { VERSION } from "./version.js"
