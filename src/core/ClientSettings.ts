/**
 * The settings both clients' configurations share (`StaxConfig` for Stax.ai, `StaxCloudConfig` for Stax
 * cloud), declared once: the options a user gives, the settings they resolve to, their defaults, and one
 * validation both configurations run (each failure reported under the option's name, with the others of
 * the same configuration). What differs per API (credentials, the default base URL, the default retry
 * policy) is passed in.
 *
 * @since 0.2.0
 */
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as LogLevel from "effect/LogLevel"
import type { Settings } from "./Api.js"
import * as ConfigCheck from "./ConfigCheck.js"
import { type Decoding, decodings } from "./decode/Decode.js"
import type { OutgoingRequest } from "./pipeline/Sender.js"
import type { RetryPolicy } from "./RetryPolicy.js"
import { VERSION } from "./version.js"

/**
 * The options both clients take, besides their own (credentials, region, paths, ...).
 *
 * @since 0.2.0
 * @category Models
 */
export interface SharedOptions {
  /** The API's base URL. Must be https, except for a loopback host. */
  readonly baseUrl?: string | URL | undefined
  /** Per-attempt timeout; default 30 seconds. */
  readonly timeout?: Duration.DurationInput | undefined
  /** The whole call's limit across attempts and retry waits (default: twice `timeout`). */
  readonly deadline?: Duration.DurationInput | undefined
  /** The most bytes a JSON answer may have, counted after decompression (default 64 MiB). */
  readonly maxResponseBytes?: number | undefined
  /** A download's total time limit, besides `timeout` between chunks (default: none). */
  readonly downloadTimeout?: Duration.DurationInput | undefined
  /** The retry policy of API calls (each client has its default). */
  readonly retry?: RetryPolicy | undefined
  /** A `LogLevel` or its name (`debug`, `info`, `warning`, ...); default `Info`. */
  readonly logLevel?: LogLevel.LogLevel | string | undefined
  /** The `User-Agent` header; default `stax-effect/<version> node/<version>`. */
  readonly userAgent?: string | undefined
  /**
   * How success payloads are decoded: `"compiled"` (default: a validator compiled once per schema, as
   * generated code where the runtime allows it, else closures) or `"schema"` (Schema alone: no compiled
   * validator, no generated code, for runtimes that forbid it or users who want plain Schema; slower on
   * large answers). Both give the same values and errors, except that `"schema"` drops `__proto__` keys
   * where `"compiled"` keeps them as plain data.
   */
  readonly decoding?: Decoding | undefined
  /**
   * Changes every request to the API as it is sent (each attempt and redirect, after authorisation): a
   * proxy's header, a test double's rewrite. The plain request (`method`, `origin`, `path`, `headers`,
   * `body`) in, the one to send out. It keeps the SDK's own transport in use, where wrapping the
   * `HttpClient` (`HttpClient.mapRequest`) makes the SDK send through that client's `execute`. Mind that a
   * Stax cloud request is signed before this runs: change no signed part (host, path, query, body,
   * `x-amz-*`).
   */
  readonly transformRequest?: ((request: OutgoingRequest) => OutgoingRequest) | undefined
  /** Warnings logged once when the client is built (set by `fromEnv`: an unusable log level, a deprecated variable). */
  readonly warnings?: ReadonlyArray<string> | undefined
}

/**
 * The shared settings, validated and resolved (defaults applied): the settings the request core reads
 * (`Api.Settings`: base URL, time limits, size cap, retry policy, log level, user agent), the decoding
 * mode, and the warnings to log once.
 *
 * @since 0.2.0
 * @category Models
 */
export interface SharedSettings extends Omit<Settings, "decoding"> {
  /** How success payloads are decoded (see {@link SharedOptions.decoding}). */
  readonly decoding: Decoding
  /** Warnings logged once when the client is built. */
  readonly warnings: ReadonlyArray<string>
}

/**
 * The default per-attempt timeout: 30 seconds.
 *
 * @since 0.2.0
 * @category Defaults
 */
export const DEFAULT_TIMEOUT: Duration.Duration = Duration.seconds(30)

/**
 * The default `User-Agent`: `stax-effect/<version> node/<version>`.
 *
 * @since 0.2.0
 * @category Defaults
 */
export const DEFAULT_USER_AGENT = `stax-effect/${VERSION} node/${globalThis.process?.versions?.node ?? "unknown"}`

/**
 * What differs between the clients in the shared settings.
 *
 * @since 0.2.0
 * @category Models
 */
export interface SharedDefaults {
  /** The base URL when none is given (`undefined`: none can be worked out; another field already failed). */
  readonly baseUrl: string | undefined
  /** The retry policy when none is given. */
  readonly retry: RetryPolicy
  /** The options to name instead of credentials in a base URL, e.g. `email and apiKey`. */
  readonly credentialsHint: string
}

/**
 * A decoding mode (see {@link SharedOptions.decoding}).
 *
 * @since 0.2.0
 * @category Checks
 */
export const checkDecoding: ConfigCheck.Check<string, Decoding> = (value) =>
  (decodings as ReadonlyArray<string>).includes(value)
    ? Either.right(value as Decoding)
    : Either.left(`decoding must be one of ${decodings.map((d) => JSON.stringify(d)).join(", ")}, got ${JSON.stringify(String(value).slice(0, 40))}`)

/**
 * Validates the shared options into settings, recording each failure in `fields` under the option's
 * name; `undefined` when any failed (`fields.error()` then says what).
 *
 * @example
 * ```ts
 * const fields = ConfigCheck.collect()
 * const shared = checkSharedOptions(fields, options, { baseUrl: "https://api.stax.ai", retry: RetryPolicy.default, credentialsHint: "email and apiKey" })
 * ```
 *
 * @since 0.2.0
 * @category Validation
 */
export const checkSharedOptions = (
  fields: ConfigCheck.Fields,
  options: SharedOptions,
  defaults: SharedDefaults
): SharedSettings | undefined => {
  const givenUrl = options.baseUrl ?? defaults.baseUrl
  const baseUrl = givenUrl === undefined
    ? undefined
    : fields.check("baseUrl", givenUrl, ConfigCheck.checkBaseUrl("baseUrl", defaults.credentialsHint))
  const timeout = fields.check("timeout", options.timeout ?? DEFAULT_TIMEOUT, ConfigCheck.checkDuration("timeout"))
  const deadline = options.deadline === undefined
    ? undefined
    : fields.check("deadline", options.deadline, ConfigCheck.checkDuration("deadline"))
  const downloadTimeout = options.downloadTimeout === undefined
    ? undefined
    : fields.check("downloadTimeout", options.downloadTimeout, ConfigCheck.checkDuration("downloadTimeout"))
  const maxResponseBytes = fields.check(
    "maxResponseBytes",
    options.maxResponseBytes ?? ConfigCheck.DEFAULT_MAX_RESPONSE_BYTES,
    ConfigCheck.checkByteCount("maxResponseBytes")
  )
  const logLevel = fields.check("logLevel", options.logLevel ?? LogLevel.Info, ConfigCheck.checkLogLevel)
  const userAgent = fields.check("userAgent", options.userAgent ?? DEFAULT_USER_AGENT, ConfigCheck.checkHeaderValue("userAgent"))
  const decoding = fields.check("decoding", options.decoding ?? "compiled", checkDecoding)
  const failed = baseUrl === undefined || timeout === undefined || maxResponseBytes === undefined ||
    logLevel === undefined || userAgent === undefined || decoding === undefined ||
    (options.deadline !== undefined && deadline === undefined) ||
    (options.downloadTimeout !== undefined && downloadTimeout === undefined)
  if (failed) return undefined
  return {
    baseUrl,
    timeout,
    deadline,
    maxResponseBytes,
    downloadTimeout,
    retry: options.retry ?? defaults.retry,
    logLevel,
    userAgent,
    decoding,
    transformRequest: options.transformRequest,
    warnings: options.warnings ?? []
  }
}
