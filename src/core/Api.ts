/**
 * What an API plugs into the request core: how a request is authorised, how an answer is interpreted,
 * and its settings and default policies. The core knows no API; `StaxClient` (Stax.ai) and
 * `StaxCloudClient` (Stax cloud) each build one `Api` and run every call through `Pipeline.make`.
 *
 * @since 0.2.0
 */
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import type * as LogLevel from "effect/LogLevel"
import type { Interpreter } from "./Answer.js"
import type { Decoding } from "./decode/Decode.js"
import type { OutgoingRequest } from "./pipeline/Sender.js"
import type { RetryPolicy } from "./RetryPolicy.js"
import type { StaxError } from "./StaxError.js"

/**
 * An API, as the request core sees it.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Api {
  /** The span prefix: spans are named `<name>.<Area>.<operation>` (`Stax.Stacks.get`). */
  readonly name: string
  /** The base URL every endpoint path is joined to (no trailing slash). */
  readonly baseUrl: string
  /** The per-attempt time limit. */
  readonly timeout: Duration.Duration
  /** The whole call's limit, across attempts and the waits between them (`undefined`: twice the timeout). */
  readonly deadline: Duration.Duration | undefined
  /** The most bytes a JSON answer may have (after decompression); a larger one fails with `TooLarge`. */
  readonly maxResponseBytes: number
  /** A download's total time limit, besides the timeout between chunks (`undefined`: none). */
  readonly downloadTimeout: Duration.Duration | undefined
  /** The retry policy, unless a call overrides it. */
  readonly retry: RetryPolicy
  /** Attempts in all when a call fails with `AuthError` and `refreshAuth` says another try can help. */
  readonly authAttempts: number
  /** The minimum level of the SDK's own log lines. */
  readonly logLevel: LogLevel.LogLevel
  /** The `User-Agent` header. */
  readonly userAgent: string
  /** How success payloads are decoded (`undefined`: `"compiled"`); handed to `interpret`. */
  readonly decoding?: Decoding | undefined
  /** Endpoint path overrides by endpoint name. */
  readonly paths: Readonly<Record<string, string>>
  /** Header names kept out of spans and platform logs (lower case). */
  readonly redactedHeaders: ReadonlyArray<string>
  /**
   * Authorises a request bound for the API's own origin, on every attempt (a signature is made anew
   * for each). Requests for another origin (a redirect) are never authorised. Any failure ends the attempts
   * at once but a `TransportError` (a login that could not reach its server, retried like a request that did
   * not leave); a login's 5xx that outlasted its own retries is an `ApiError`, never an `AuthError`.
   */
  readonly authorize: (request: OutgoingRequest, endpoint: string) => Effect.Effect<OutgoingRequest, StaxError>
  /**
   * Headers that authorise every request to the API's origin and never change (fixed credentials), or
   * `undefined`. When set, every request starts out with them and `authorize` is not called (a call with
   * credentials of its own still goes through `authorize`).
   */
  readonly fixedHeaders?: Readonly<Record<string, string>> | undefined
  /**
   * A change the user makes to every request as it is sent (after authorisation): a proxy's header, a
   * mock's rewrite. `undefined`: none.
   */
  readonly transformRequest?: ((request: OutgoingRequest) => OutgoingRequest) | undefined
  /** Turns an answer into the payload or a typed error. */
  readonly interpret: Interpreter
  /**
   * For downloads: whether a 2xx JSON body is a failure after all (Stax.ai's `success: false`
   * envelope), rather than the file.
   */
  readonly isFailureBody: (body: string) => boolean
  /** After an `AuthError`: forgets cached credentials; succeeds with whether another try can help. */
  readonly refreshAuth: Effect.Effect<boolean>
  /** Every secret seen so far (keys, tokens), scrubbed from anything kept in an error or a log. */
  readonly secrets: () => ReadonlyArray<string>
}

/**
 * The settings the core reads from a client's configuration as they are (each client's configuration
 * carries them, with more of its own).
 *
 * @since 0.2.0
 * @category Models
 */
export type Settings = Pick<
  Api,
  | "baseUrl"
  | "timeout"
  | "deadline"
  | "maxResponseBytes"
  | "downloadTimeout"
  | "retry"
  | "logLevel"
  | "userAgent"
  | "decoding"
  | "transformRequest"
>

/**
 * The core's settings picked out of a client's configuration: one place, so a setting added to the core
 * reaches both clients.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const settingsOf = (config: Settings): Settings => ({
  baseUrl: config.baseUrl,
  timeout: config.timeout,
  deadline: config.deadline,
  maxResponseBytes: config.maxResponseBytes,
  downloadTimeout: config.downloadTimeout,
  retry: config.retry,
  logLevel: config.logLevel,
  userAgent: config.userAgent,
  decoding: config.decoding,
  transformRequest: config.transformRequest
})
