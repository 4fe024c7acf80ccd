/**
 * A declared API operation: everything the request core needs to call it. Both clients (Stax.ai and
 * Stax cloud) declare their operations this way; the core does the rest.
 *
 * @since 0.2.0
 */
import type * as HttpBody from "@effect/platform/HttpBody"
import type * as Effect from "effect/Effect"
import type * as Redacted from "effect/Redacted"
import type * as Schema from "effect/Schema"
import type { RetryPolicy } from "./RetryPolicy.js"
import type { InputError } from "./StaxError.js"

/**
 * The HTTP methods an endpoint may use. The Stax.ai API knows only GET and POST; the Stax cloud API
 * also uses PUT and DELETE.
 *
 * @since 0.2.0
 * @category Models
 */
export type EndpointMethod = "GET" | "POST" | "PUT" | "DELETE"

/**
 * A declared API operation.
 *
 * @example
 * ```ts
 * const getStack = StaxClient.endpoint({
 *   name: "Stacks.get",
 *   method: "GET",
 *   path: "/stack/get",
 *   input: GetStackInput,
 *   output: Schema.Struct({ stack: Stack })
 * })
 * ```
 *
 * @since 0.1.0
 * @category Models
 */
export interface Endpoint<In, Out> {
  /** `<Area>.<operation>`: named in errors, logs and the span `<Api>.<Area>.<operation>`. */
  readonly name: string
  /** GET and DELETE inputs become the query; POST and PUT inputs the JSON body. */
  readonly method: EndpointMethod
  /** The path below the base URL, e.g. `/stack/get`. */
  readonly path: string
  /** Validates the caller's input and encodes it: GET inputs become the query, POST inputs the JSON body. */
  readonly input: Schema.Schema<In, any>
  /** Decodes the success body. */
  readonly output: Schema.Schema<Out, any>
  /**
   * Builds a non-JSON request body from the encoded input (multipart uploads). A body that is a
   * one-shot `Stream` turns retries off for the call, except for connections that never opened.
   */
  readonly body?: ((encoded: any) => Effect.Effect<HttpBody.HttpBody, InputError>) | undefined
  /**
   * For a path that carries values (the worker's `/job/complete/<jobId>`, Stax cloud's
   * `/accounts/{account_id}`): builds the request path from the encoded input and the endpoint's base
   * path (`path`, or its configured override). It must URL-encode what it inserts. `body` (or the query)
   * can leave the value out.
   *
   * @example
   * ```ts
   * pathOf: (encoded, path) => `${path}/${encodeURIComponent(encoded.jobId)}`
   * ```
   */
  readonly pathOf?: ((encoded: any, path: string) => string) | undefined
  /**
   * Which encoded input fields the query or body leaves out (those `pathOf` put into the path).
   */
  readonly omit?: ReadonlyArray<string> | undefined
  /**
   * Adjusts the configured retry policy for this endpoint, where a status means something else than
   * usual (the worker's `/job/start/` answers 429 for a job that is missing, running or done: not a
   * rate limit, so not worth retrying).
   */
  readonly retry?: ((policy: RetryPolicy) => RetryPolicy) | undefined
}

/**
 * Declares an endpoint (an identity function that fixes the types).
 *
 * @since 0.2.0
 * @category Constructors
 */
export const endpoint = <In, Out>(endpoint: Endpoint<In, Out>): Endpoint<In, Out> => endpoint

/**
 * Per-call options.
 *
 * @since 0.1.0
 * @category Models
 */
export interface CallOptions {
  /**
   * Credentials headers that replace the API's own authorisation for this call, e.g. a Stax.ai module
   * worker's `Module`, `Team` and `Authorization`. `Redacted` values are kept out of errors and logs;
   * like the configured credentials, they are sent only to the API's own origin.
   */
  readonly credentials?: Readonly<Record<string, string | Redacted.Redacted<string>>> | undefined
}
