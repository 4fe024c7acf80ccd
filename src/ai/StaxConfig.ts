/**
 * The `StaxConfig` service: who calls the API (email and API key), where (base URL), and how
 * (timeout, retry policies, log level, user agent). It is fixed when its layer is built: changing the
 * environment afterwards does not change a running client.
 *
 * @example
 * ```ts
 * // from the environment: STAX_EMAIL, STAX_API_KEY (kept Redacted), STAX_API_URL, STAX_LOG_LEVEL or LOG_LEVEL
 * program.pipe(Effect.provide(Stax.layer), Effect.provide(StaxConfig.layerFromEnv))
 *
 * // from values
 * StaxConfig.layer({ email: "admin@example.com", apiKey: Redacted.make(key), timeout: "10 seconds" })
 * ```
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { checkSharedOptions, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, type SharedOptions, type SharedSettings } from "../core/ClientSettings.js"
import * as ConfigCheck from "../core/ConfigCheck.js"
import { type Check, checked, checkHeaderValue } from "../core/ConfigCheck.js"
import { AuthRetryPolicy, RetryPolicy } from "../core/RetryPolicy.js"

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
export interface StaxConfigShape extends SharedSettings {
  /** Where credentials come from: fixed values, or a provider effect (see {@link StaxConfig.Options}). */
  readonly credentials: CredentialsSource
  readonly authRetry: AuthRetryPolicy
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

// ---------------------------------------------------------------------------------------------
// Validation: one pure check per field, used by `layer` (errors name the option) and by `fromEnv`
// (errors name the environment variable).
// ---------------------------------------------------------------------------------------------

export { headerValueProblem } from "../core/ConfigCheck.js"

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


const checkBaseUrl = ConfigCheck.checkBaseUrl("baseUrl", "email and apiKey")

const checkPath: Check<string, string> = (value) =>
  /^\/[A-Za-z0-9/_\-.]*$/.test(value)
    ? Either.right(value)
    : Either.left(`must be a path starting with "/" (letters, digits, "/", "_", "-", "."), got ${JSON.stringify(value)}`)

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
  const fields = ConfigCheck.collect()
  let credentials: CredentialsSource | undefined
  if (options.credentials !== undefined) {
    if (options.email !== undefined || options.apiKey !== undefined) {
      fields.fail(ConfigError.InvalidData(["credentials"], "give either credentials or email and apiKey, not both"))
    }
    credentials = { _tag: "Provider", fetch: options.credentials }
  } else {
    if (options.email === undefined) fields.fail(ConfigError.MissingData(["email"], "email is required"))
    if (options.apiKey === undefined) fields.fail(ConfigError.MissingData(["apiKey"], "apiKey is required"))
    const apiKey = typeof options.apiKey === "string" ? Redacted.make(options.apiKey) : options.apiKey
    const email = options.email === undefined ? undefined : fields.check("email", options.email, checkEmail)
    const keyOk = apiKey === undefined ? undefined : fields.check("apiKey", Redacted.value(apiKey), checkApiKey)
    if (email !== undefined && apiKey !== undefined && keyOk !== undefined) {
      credentials = { _tag: "Static", credentials: { email, apiKey } }
    }
  }
  const shared = checkSharedOptions(fields, options, {
    baseUrl: DEFAULT_BASE_URL,
    retry: RetryPolicy.default,
    credentialsHint: "email and apiKey"
  })
  const paths: Record<string, string> = {}
  for (const [name, path] of Object.entries(options.paths ?? {})) {
    const ok = fields.check(`paths.${name}`, path, checkPath)
    if (ok !== undefined) paths[name] = ok
  }
  const error = fields.error()
  if (error !== undefined) return Effect.fail(error)
  return Effect.succeed({
    ...shared!,
    credentials: credentials!,
    authRetry: options.authRetry ?? AuthRetryPolicy.default,
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
   * `STAX_LOG_LEVEL` or else `LOG_LEVEL` (default `INFO`; Effect or Python level names; a value that is
   * not a level name gives the default and one warning, logged when the client is built: see
   * `ConfigCheck.logLevelFromEnv`). A missing or bad credential or URL is a `ConfigError` naming the
   * variable (`STAX_API_KEY is not set`).
   */
  static readonly fromEnv: Config.Config<StaxConfig.Options> = Config.all({
    email: checked(ConfigCheck.required("STAX_EMAIL", Config.string), checkEmail, ["STAX_EMAIL"]),
    apiKey: checked(ConfigCheck.required("STAX_API_KEY", (name) => Config.redacted(name)), (key) => checkApiKey(Redacted.value(key)), ["STAX_API_KEY"]),
    baseUrl: checked(Config.string("STAX_API_URL"), checkBaseUrl).pipe(Config.withDefault(DEFAULT_BASE_URL)),
    level: ConfigCheck.logLevelFromEnv
  }).pipe(Config.map(({ level, ...rest }): StaxConfig.Options => ({ ...rest, ...level })))

  /**
   * The layer of {@link StaxConfig.fromEnv}: `STAX_EMAIL`, `STAX_API_KEY`, `STAX_API_URL`, `STAX_LOG_LEVEL`/`LOG_LEVEL`.
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
  export interface Options extends SharedOptions {
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
    /** Default {@link RetryPolicy.default}; {@link RetryPolicy.staxapp} for staxapp's behaviour. */
    readonly retry?: RetryPolicy | undefined
    /** Default {@link AuthRetryPolicy.default}. */
    readonly authRetry?: AuthRetryPolicy | undefined
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

