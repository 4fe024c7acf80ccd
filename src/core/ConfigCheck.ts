/**
 * The field checks both clients' configurations share. Each check is pure: `layer(options)` reports a
 * failure under the option's name, `fromEnv` under the environment variable's, and every failure of one
 * configuration is reported at once.
 *
 * @since 0.2.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Duration from "effect/Duration"
import * as Either from "effect/Either"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import { isLoopbackHost } from "./Url.js"

/**
 * A field check: the value, or what is wrong with it.
 *
 * @since 0.2.0
 * @category Models
 */
export type Check<A, B> = (value: A) => Either.Either<B, string>

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/

/** A character that does not fit in a header byte (header values are byte strings: U+0000 to U+00FF). */
const NOT_LATIN1 = /[^\u0000-\u00ff]/

/**
 * The fetch spec's rule for a header value, as a message naming `label` (never quoting the value, which
 * may be a secret), or `undefined` when `value` can be sent: no control characters (CR, LF, NUL, ...; tab
 * is allowed) and only ASCII or Latin-1 characters.
 *
 * @since 0.2.0
 * @category Checks
 */
export const headerValueProblem = (label: string, value: string): string | undefined => {
  if (CONTROL.test(value)) return `${label} must not contain CR, LF or other control characters`
  const bad = NOT_LATIN1.exec(value)
  return bad === null
    ? undefined
    : `${label} must contain only ASCII or Latin-1 characters, nothing above U+00FF (it is sent as an HTTP header); the character at index ${bad.index} is not`
}

/**
 * A value that can be sent as an HTTP header value (see {@link headerValueProblem}).
 *
 * @since 0.2.0
 * @category Checks
 */
export const checkHeaderValue = (label: string): Check<string, string> => (value) => {
  const problem = headerValueProblem(label, value)
  return problem === undefined ? Either.right(value) : Either.left(problem)
}

/**
 * An absolute https URL (http only for loopback hosts), without credentials, query or fragment;
 * returned without a trailing slash.
 *
 * @since 0.2.0
 * @category Checks
 */
export const checkBaseUrl = (label: string, credentialsHint: string): Check<string | URL, string> => (value) => {
  let url: URL
  try {
    url = new URL(String(value))
  } catch {
    return Either.left(`${label} must be an absolute URL, got ${JSON.stringify(String(value).slice(0, 100))}`)
  }
  if (url.username !== "" || url.password !== "") {
    return Either.left(`${label} must not carry credentials; use ${credentialsHint}`)
  }
  if (url.search !== "" || url.hash !== "") return Either.left(`${label} must not have a query or a fragment`)
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    return Either.left(`${label} must use https (plain http is allowed only for loopback hosts), got ${url.origin}`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Either.left(`${label} must be an https URL, got ${url.protocol}`)
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

/** The SDK's log level when none is set. */
const DEFAULT_LOG_LEVEL: LogLevel.LogLevel = LogLevel.Info

/**
 * A log level: an Effect `LogLevel`, or a name (Effect's or Python's: `DEBUG`, `WARNING`, `CRITICAL`, ...).
 *
 * @since 0.2.0
 * @category Checks
 */
export const checkLogLevel: Check<LogLevel.LogLevel | string, LogLevel.LogLevel> = (value) => {
  if (typeof value !== "string") return Either.right(value)
  const level = LEVELS[value.trim().toLowerCase()]
  return level === undefined
    ? Either.left(`logLevel must be one of ${Object.keys(LEVELS).join(", ")}, got ${JSON.stringify(value)}`)
    : Either.right(level)
}

/**
 * The log level read from the environment, with the warning to log when a value was not usable.
 *
 * @since 0.2.0
 * @category Models
 */
export interface LogLevelFromEnv {
  readonly logLevel: LogLevel.LogLevel
  /** One warning when the variable that applies held no level name; empty otherwise. */
  readonly warnings: ReadonlyArray<string>
}

/**
 * The SDK's log level from the environment, made to coexist with other software's `LOG_LEVEL`:
 *
 * - `STAX_LOG_LEVEL`, the SDK's own variable, wins over `LOG_LEVEL`, which is shared with whatever
 *   else runs in the process;
 * - a value that is not a level name (empty, or another program's `verbose`) never fails the layer:
 *   the default (`INFO`) applies, with one warning naming the variable, for the client to log once
 *   when it is built.
 *
 * A bad `logLevel` given as an option (not through the environment) still fails as a `ConfigError`.
 *
 * @example
 * ```ts
 * // LOG_LEVEL=verbose (another tool's), STAX_LOG_LEVEL unset
 * const { logLevel, warnings } = yield* ConfigCheck.logLevelFromEnv // LogLevel.Info, one warning
 * ```
 *
 * @since 0.2.0
 * @category Configs
 */
export const logLevelFromEnv: Config.Config<LogLevelFromEnv> = Config.all({
  own: Config.option(Config.string("STAX_LOG_LEVEL")),
  shared: Config.option(Config.string("LOG_LEVEL"))
}).pipe(
  Config.map(({ own, shared }): LogLevelFromEnv => {
    const found: Option.Option<readonly [string, string]> = Option.orElse(
      Option.map(own, (value) => ["STAX_LOG_LEVEL", value] as const),
      () => Option.map(shared, (value) => ["LOG_LEVEL", value] as const)
    )
    if (Option.isNone(found)) return { logLevel: DEFAULT_LOG_LEVEL, warnings: [] }
    const [name, value] = found.value
    return Either.match(checkLogLevel(value), {
      onRight: (logLevel) => ({ logLevel, warnings: [] }),
      onLeft: () => ({
        logLevel: DEFAULT_LOG_LEVEL,
        warnings: [
          `${name}=${JSON.stringify(value.slice(0, 40))} is not a log level (${
            Object.keys(LEVELS).join(", ")
          }): using ${DEFAULT_LOG_LEVEL.label}${
            name === "LOG_LEVEL" ? "; set STAX_LOG_LEVEL to choose the SDK's level apart from other software" : ""
          }`
        ]
      })
    })
  })
)

/**
 * A positive, finite duration.
 *
 * @since 0.2.0
 * @category Checks
 */
export const checkDuration = (label: string): Check<Duration.DurationInput, Duration.Duration> => (value) => {
  const duration = Duration.decodeUnknown(value)
  return duration._tag === "Some" && Duration.greaterThan(duration.value, Duration.zero) &&
      Duration.isFinite(duration.value)
    ? Either.right(duration.value)
    : Either.left(`${label} must be a positive, finite duration`)
}

/**
 * The default `maxResponseBytes`: 64 MiB (a 10,000-hit search answer is under 50 MB).
 *
 * @since 0.2.0
 * @category Checks
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

/**
 * A whole number of bytes, from 1 KiB to 2 GiB.
 *
 * @since 0.2.0
 * @category Checks
 */
export const checkByteCount = (label: string): Check<number, number> => (value) =>
  Number.isInteger(value) && value >= 1024 && value <= 2 ** 31
    ? Either.right(value)
    : Either.left(`${label} must be a whole number of bytes from 1024 to 2147483648, got ${String(value)}`)

/**
 * The environment variable `name`, read by `config`, whose absence is a `ConfigError` (`MissingData`) that
 * says so in plain words: `STAX_API_KEY is not set` (Effect's own message for a missing `Config.redacted`
 * is `"<redacted>"`, and for others the provider's wording).
 *
 * @example
 * ```ts
 * ConfigCheck.required("STAX_API_KEY", (name) => Config.redacted(name)) // missing: (Missing data at STAX_API_KEY: "STAX_API_KEY is not set")
 * ```
 *
 * A check applied to the result (see {@link checked}) must be given the variable's name as its `path`.
 *
 * @since 0.2.0
 * @category Checks
 */
export const required = <A>(name: string, config: (name: string) => Config.Config<A>): Config.Config<A> =>
  Config.mapOrFail(
    Config.option(config(name)),
    Option.match({
      onNone: () => Either.left(ConfigError.MissingData([name], `${name} is not set`)),
      onSome: (value: A) => Either.right(value)
    })
  )

/**
 * Applies a check to a `Config`, so the error names the variable it was read from.
 *
 * @since 0.2.0
 * @category Checks
 */
export const checked = <A, B>(
  config: Config.Config<A>,
  check: Check<A, B>,
  path: ReadonlyArray<string> = []
): Config.Config<A> =>
  Config.mapOrFail(config, (value) =>
    Either.match(check(value), {
      // `Config.redacted` does not pass its name on to the error: give it as `path`.
      onLeft: (message) => Either.left(ConfigError.InvalidData([...path], message)),
      onRight: () => Either.right(value)
    }))

/**
 * The failures of many field checks, collected to be reported at once (see {@link collect}).
 *
 * @since 0.2.0
 * @category Models
 */
export interface Fields {
  /** Runs a check; a failure is recorded under `name` and gives `undefined`. */
  readonly check: <A, B>(name: string, value: A, check: Check<A, B>) => B | undefined
  /** Records a failure. */
  readonly fail: (error: ConfigError.ConfigError) => void
  /** Every failure recorded, as one `ConfigError`, or `undefined` when there was none. */
  readonly error: () => ConfigError.ConfigError | undefined
}

/**
 * Collects the failures of many field checks, to report them all at once.
 *
 * @example
 * ```ts
 * const fields = ConfigCheck.collect()
 * const timeout = fields.check("timeout", options.timeout ?? "30 seconds", ConfigCheck.checkDuration("timeout"))
 * const error = fields.error() // Option<ConfigError>
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const collect = (): Fields => {
  const errors: Array<ConfigError.ConfigError> = []
  return {
    /** Runs a check; a failure is recorded under `name` and gives `undefined`. */
    check: <A, B>(name: string, value: A, check: Check<A, B>): B | undefined =>
      Either.match(check(value), {
        onLeft: (message) => {
          errors.push(ConfigError.InvalidData([name], message))
          return undefined
        },
        onRight: (b) => b
      }),
    /** Records a failure. */
    fail: (error: ConfigError.ConfigError): void => {
      errors.push(error)
    },
    /** Every failure recorded, as one `ConfigError`, or `undefined` when there was none. */
    error: (): ConfigError.ConfigError | undefined => {
      const [first, ...rest] = errors
      return first === undefined ? undefined : rest.reduce((acc, e) => ConfigError.And(acc, e), first)
    }
  }
}
