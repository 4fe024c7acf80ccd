/**
 * The former name of an operation: `Endpoint` is `Operation` (one type for both APIs). Its `path` is a
 * path template now (`/job/complete/{jobId}`), which replaces the former `pathOf` and `omit`.
 *
 * @since 0.2.0
 */
import * as Operation from "./Operation.js"

export type { CallOptions } from "./CallOptions.js"

/**
 * The HTTP methods an endpoint may use.
 *
 * @deprecated Use `Operation.Method`.
 * @since 0.2.0
 * @category Models
 */
export type EndpointMethod = Operation.Method

/**
 * A declared API operation.
 *
 * @deprecated Use `Operation.Operation`.
 * @since 0.1.0
 * @category Models
 */
export type Endpoint<In, Out> = Operation.Operation<In, Out>

/**
 * Declares an endpoint.
 *
 * @deprecated Use `Operation.make`.
 * @since 0.2.0
 * @category Constructors
 */
export const endpoint: typeof Operation.make = Operation.make
