/**
 * The `StaxConfig` service: who calls the API (email and API key), where (base URL), and how
 * (timeout, retry policies, log level, user agent). It is fixed when its layer is built: changing the
 * environment afterwards does not change a running client.
 *
 * @example
 * ```ts
 * // from the environment: STAX_EMAIL, STAX_API_KEY (kept Redacted), STAX_API_URL, LOG_LEVEL
 * program.pipe(Effect.provide(Stax.layer), Effect.provide(StaxConfig.layerFromEnv))
 *
 * // from values
 * StaxConfig.layer({ email: "admin@example.com", apiKey: Redacted.make(key), timeout: "10 seconds" })
 * ```
 *
 * @since 0.1.0
 */
import { Config, ConfigError, Context, Duration, Effect, Either, Layer, LogLevel, Redacted } from "effect"
import { AuthRetryPolicy, RetryPolicy } from "./RetryPolicy.js"
import { VERSION } from "./version.js"

/**
 * One set of credentials for the Stax.ai Developer API: the team administrator's email and a
 * developer API key. `expiresAt` (epoch milliseconds) marks credentials from a provider that must be
 * fetched again before then.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StaxCredentials {
  readonly email: string
  readonly apiKey: Redacted.Redacted<string>
  readonly expiresAt?: number | undefined
}

/**
 * The resolved configuration that every request uses.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StaxConfigShape {
  /** The API's base URL, without a trailing slash. */
  readonly baseUrl: string
  /** Where credentials come from: fixed values, or a provider effect (see {@link StaxConfig.Options}). */
  readonly credentials: CredentialsSource
  /** Per-attempt limit for a complete answer. */
  readonly timeout: Duration.Duration
  readonly retry: RetryPolicy
  readonly authRetry: AuthRetryPolicy
  /** The SDK's own log lines below this level are dropped. */
  readonly logLevel: LogLevel.LogLevel
  readonly userAgent: string
  /** Paths that replace an endpoint's declared path, by endpoint name (e.g. `Stacks.list`). */
  readonly paths: Readonly<Record<string, string>>
}

/**
 * Fixed credentials, or an effect that fetches them (a secret store, a rotation service).
 *
 * @since 0.1.0
 * @category Models
 */
export type CredentialsSource =
  | { readonly _tag: "Static"; readonly credentials: StaxCredentials }
  | { readonly _tag: "Provider"; readonly fetch: Effect.Effect<StaxCredentials, unknown> }

/** The production host. */
const DEFAULT_BASE_URL = "https://api.stax.ai"
const DEFAULT_TIMEOUT = Duration.seconds(30)
const DEFAULT_USER_AGENT = `stax-effect/${VERSION} node/${globalThis.process?.versions?.node ?? "unknown"}`

// ---------------------------------------------------------------------------------------------
// Validation: one pure check per field, used by `layer` (errors name the option) and by `fromEnv`
// (errors name the environment variable).
// ---------------------------------------------------------------------------------------------

type Check<A, B> = (value: A) => Either.Either<B, string>

const CONTROL = /[\u0000-\u001f\u007f]/

/** A character fetch cannot put in a header (header values are byte strings: U+0000 to U+00FF). */
const NOT_LATIN1 = /[^\u0000-\u00ff]/

/**
 * The fetch spec's rule for a header value, as a message naming `label` (never quoting the value, which
 * may be a secret), or `undefined` when `value` can be sent: no control characters (CR, LF, NUL, ...)
 * and only ASCII or Latin-1 characters.
 *
 * @since 0.2.0
 * @category Validation
 */
export const headerValueProblem = (label: string, value: string): string | undefined => {
  if (CONTROL.test(value)) return `${label} must not contain CR, LF or other control characters`
  const bad = NOT_LATIN1.exec(value)
  return bad === null
    ? undefined
    : `${label} must contain only ASCII or Latin-1 characters (it is sent as an HTTP header); the character at index ${bad.index} is not`
}

const checkHeaderValue = (label: string): Check<string, string> => (value) => {
  const problem = headerValueProblem(label, value)
  return problem === undefined ? Either.right(value) : Either.left(problem)
}

const checkEmail: Check<string, string> = (value) =>
  Either.flatMap(checkHeaderValue("email")(value), (email) => {
    const trimmed = email.trim()
    return /^[^\s@]+@[^\s@]+$/.test(trimmed)
      ? Either.right(trimmed)
      : Either.left("email must be an email address (the team administrator's)")
  })

const checkApiKey: Check<string, string> = (value) =>
  Either.flatMap(checkHeaderValue("apiKey")(value), (key) =>
    key.length === 0 || /\s/.test(key)
      ? Either.left("apiKey must be a non-empty key without spaces")
      : Either.right(key))

/** Loopback hosts, for which plain http is allowed (the local stand-in, tunnels, tests). */
export const isLoopbackHost = (hostname: string): boolean => {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase()
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host)
}

const checkBaseUrl: Check<string | URL, string> = (value) => {
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    return Either.left(`baseUrl must be an absolute URL, got ${JSON.stringify(String(value).slice(0, 100))}`)
  }
  if (url.username !== "" || url.password !== "") {
    return Either.left("baseUrl must not carry credentials; use email and apiKey")
  }
  if (url.search !== "" || url.hash !== "") return Either.left("baseUrl must not have a query or a fragment")
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    return Either.left(`baseUrl must use https (plain http is allowed only for loopback hosts), got ${url.origin}`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Either.left(`baseUrl must be an https URL, got ${url.protocol}`)
  }
  return Either.right(url.href.replace(/\/+$/, ""))
}

const LEVELS: Record<string, LogLevel.LogLevel> = {
  all: LogLevel.All,
  notset: LogLevel.All,
  trace: LogLevel.Trace,
  debug: LogLevel.Debug,
  info: LogLevel.Info,
  warn: LogLevel.Warning,
  warning: LogLevel.Warning,
  error: LogLevel.Error,
  fatal: LogLevel.Fatal,
  critical: LogLevel.Fatal,
  none: LogLevel.None,
  off: LogLevel.None
}

const checkLogLevel: Check<LogLevel.LogLevel | string, LogLevel.LogLevel> = (value) => {
  if (typeof value !== "string") return Either.right(value)
  const level = LEVELS[value.trim().toLowerCase()]
  return level === undefined
    ? Either.left(`logLevel must be one of ${Object.keys(LEVELS).join(", ")}, got ${JSON.stringify(value)}`)
    : Either.right(level)
}

const checkPath: Check<string, string> = (value) =>
  /^\/[A-Za-z0-9/_\-.]*$/.test(value)
    ? Either.right(value)
    : Either.left(`must be a path starting with "/" (letters, digits, "/", "_", "-", "."), got ${JSON.stringify(value)}`)

const checkTimeout: Check<Duration.DurationInput, Duration.Duration> = (value) => {
  const duration = Duration.decodeUnknown(value)
  return duration._tag === "Some" && Duration.greaterThan(duration.value, Duration.zero) &&
      Duration.isFinite(duration.value)
    ? Either.right(duration.value)
    : Either.left("timeout must be a positive, finite duration")
}

/**
 * Applies a check to a `Config`, so the error names the variable it was read from (`Config.redacted`
 * does not pass its name on to the error: give it as `path`).
 */
function checked<A, B>(config: Config.Config<A>, check: Check<A, B>, path: ReadonlyArray<string> = []): Config.Config<A> {
  return Config.mapOrFail(config, (value) =>
    Either.match(check(value), {
      onLeft: (message) => Either.left(ConfigError.InvalidData([...path], message)),
      onRight: () => Either.right(value)
    }))
}

/**
 * Validates credentials from a provider (the same checks as for `email`/`apiKey` options).
 *
 * @since 0.1.0
 * @category Validation
 */
export const validateCredentials = (credentials: StaxCredentials): Either.Either<StaxCredentials, string> =>
  Either.all([checkEmail(credentials.email), checkApiKey(Redacted.value(credentials.apiKey))]).pipe(
    Either.map(([email]) => ({ ...credentials, email }))
  )

const validate = (options: StaxConfig.Options): Effect.Effect<StaxConfigShape, ConfigError.ConfigError> => {
  const errors: Array<ConfigError.ConfigError> = []
  const field = <A, B>(name: string, value: A, check: Check<A, B>): B | undefined =>
    Either.match(check(value), {
      onLeft: (message) => {
        errors.push(ConfigError.InvalidData([name], message))
        return undefined
      },
      onRight: (b) => b
    })

  let credentials: CredentialsSource | undefined
  if (options.credentials !== undefined) {
    if (options.email !== undefined || options.apiKey !== undefined) {
      errors.push(ConfigError.InvalidData(["credentials"], "give either credentials or email and apiKey, not both"))
    }
    credentials = { _tag: "Provider", fetch: options.credentials }
  } else {
    if (options.email === undefined) errors.push(ConfigError.MissingData(["email"], "email is required"))
    if (options.apiKey === undefined) errors.push(ConfigError.MissingData(["apiKey"], "apiKey is required"))
    const apiKey = typeof options.apiKey === "string" ? Redacted.make(options.apiKey) : options.apiKey
    const email = options.email === undefined ? undefined : field("email", options.email, checkEmail)
    const keyOk = apiKey === undefined ? undefined : field("apiKey", Redacted.value(apiKey), checkApiKey)
    if (email !== undefined && apiKey !== undefined && keyOk !== undefined) {
      credentials = { _tag: "Static", credentials: { email, apiKey } }
    }
  }
  const baseUrl = field("baseUrl", options.baseUrl ?? DEFAULT_BASE_URL, checkBaseUrl)
  const timeout = field("timeout", options.timeout ?? DEFAULT_TIMEOUT, checkTimeout)
  const logLevel = field("logLevel", options.logLevel ?? LogLevel.Info, checkLogLevel)
  const userAgent = field("userAgent", options.userAgent ?? DEFAULT_USER_AGENT, checkHeaderValue("userAgent"))

  const paths: Record<string, string> = {}
  for (const [name, path] of Object.entries(options.paths ?? {})) {
    const ok = field(`paths.${name}`, path, checkPath)
    if (ok !== undefined) paths[name] = ok
  }

  const [first, ...rest] = errors
  if (first !== undefined) return Effect.fail(rest.reduce((acc, e) => ConfigError.And(acc, e), first))
  return Effect.succeed({
    baseUrl: baseUrl!,
    credentials: credentials!,
    timeout: timeout!,
    retry: options.retry ?? RetryPolicy.default,
    authRetry: options.authRetry ?? AuthRetryPolicy.default,
    logLevel: logLevel!,
    userAgent: userAgent!,
    paths
  })
}

/**
 * The `StaxConfig` service tag and its layers.
 *
 * @since 0.1.0
 * @category Context
 */
export class StaxConfig extends Context.Tag("stax-effect/StaxConfig")<StaxConfig, StaxConfigShape>() {
  /** The production base URL, `https://api.stax.ai`. */
  static readonly defaultBaseUrl = DEFAULT_BASE_URL

  /** The default per-attempt timeout: 30 seconds. */
  static readonly defaultTimeout: Duration.Duration = DEFAULT_TIMEOUT

  /** The default `User-Agent`: `stax-effect/<version> node/<version>`. */
  static readonly defaultUserAgent: string = DEFAULT_USER_AGENT

  /**
   * Validates options into a configuration. Every bad field is reported as a `ConfigError` naming it.
   *
   * @example
   * ```ts
   * const config = yield* StaxConfig.make({ email, apiKey: Redacted.make(key) })
   * ```
   */
  static make(options: StaxConfig.Options): Effect.Effect<StaxConfigShape, ConfigError.ConfigError> {
    return validate(options)
  }

  /**
   * A layer from values, validated when the layer is built.
   *
   * @example
   * ```ts
   * StaxConfig.layer({ email: "admin@example.com", apiKey: Redacted.make(process.env.KEY!) })
   * ```
   */
  static layer(options: StaxConfig.Options): Layer.Layer<StaxConfig, ConfigError.ConfigError> {
    return Layer.effect(StaxConfig, validate(options))
  }

  /**
   * A layer from an Effect `Config` of the options, read once when the layer is built.
   *
   * @example
   * ```ts
   * StaxConfig.layerConfig(Config.all({
   *   email: Config.string("MY_STAX_EMAIL"),
   *   apiKey: Config.redacted("MY_STAX_KEY")
   * }))
   * ```
   */
  static layerConfig(config: Config.Config<StaxConfig.Options>): Layer.Layer<StaxConfig, ConfigError.ConfigError> {
    return Layer.effect(StaxConfig, Effect.flatMap(config, validate))
  }

  /**
   * The options as read from the environment (through the current `ConfigProvider`):
   * `STAX_EMAIL`, `STAX_API_KEY` (kept `Redacted`), `STAX_API_URL` (default `https://api.stax.ai`) and
   * `LOG_LEVEL` (default `INFO`; Effect or Python level names). A missing or bad value is a
   * `ConfigError` naming the variable.
   */
  static readonly fromEnv: Config.Config<StaxConfig.Options> = Config.all({
    email: checked(Config.string("STAX_EMAIL"), checkEmail),
    apiKey: checked(Config.redacted("STAX_API_KEY"), (key) => checkApiKey(Redacted.value(key)), ["STAX_API_KEY"]),
    baseUrl: checked(Config.string("STAX_API_URL"), checkBaseUrl).pipe(Config.withDefault(DEFAULT_BASE_URL)),
    logLevel: checked(Config.string("LOG_LEVEL"), checkLogLevel).pipe(Config.withDefault("INFO"))
  })

  /**
   * The layer of {@link StaxConfig.fromEnv}: `STAX_EMAIL`, `STAX_API_KEY`, `STAX_API_URL`, `LOG_LEVEL`.
   *
   * @example
   * ```ts
   * program.pipe(Effect.provide(Stax.layer), Effect.provide(StaxConfig.layerFromEnv), Effect.provide(FetchHttpClient.layer))
   * ```
   */
  static readonly layerFromEnv: Layer.Layer<StaxConfig, ConfigError.ConfigError> = StaxConfig.layerConfig(
    StaxConfig.fromEnv
  )
}

/**
 * @since 0.1.0
 */
export declare namespace StaxConfig {
  /**
   * What a user gives to build a {@link StaxConfig}. Give `email` and `apiKey`, or `credentials`.
   */
  export interface Options {
    /** The team administrator's email, sent as the `Email` header. */
    readonly email?: string | undefined
    /** The developer API key, sent as `Authorization: Bearer`. A plain string is wrapped at once. */
    readonly apiKey?: Redacted.Redacted<string> | string | undefined
    /**
     * Credentials fetched by an effect, instead of `email`/`apiKey`: fetched before the first request,
     * again `authRetry.tokenExpiryThreshold` before `expiresAt`, and once more after an `AuthError`.
     */
    readonly credentials?: Effect.Effect<StaxCredentials, unknown> | undefined
    /** Default `https://api.stax.ai`. Must be https, except for a loopback host. */
    readonly baseUrl?: string | URL | undefined
    /** Per-attempt timeout; default 30 seconds. */
    readonly timeout?: Duration.DurationInput | undefined
    /** Default {@link RetryPolicy.default}; {@link RetryPolicy.staxapp} for staxapp's behaviour. */
    readonly retry?: RetryPolicy | undefined
    /** Default {@link AuthRetryPolicy.default}. */
    readonly authRetry?: AuthRetryPolicy | undefined
    /** A `LogLevel` or its name (`debug`, `info`, `warning`, ...); default `Info`. */
    readonly logLevel?: LogLevel.LogLevel | string | undefined
    /** The `User-Agent` header; default `stax-effect/<version> node/<version>`. */
    readonly userAgent?: string | undefined
    /**
     * Replaces endpoint paths, by endpoint name. The public docs do not show the paths of some
     * operations (stack list/delete, document delete, a stack's documents); the SDK uses the most
     * likely path, and this is the one place to change it.
     *
     * @example
     * ```ts
     * StaxConfig.layer({ email, apiKey, paths: { "Stacks.list": "/stack/all" } })
     * ```
     */
    readonly paths?: Readonly<Record<string, string>> | undefined
  }
}

