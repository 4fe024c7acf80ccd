/**
 * The configuration of the Stax cloud client: an API token (access key and secret key, the secret kept
 * `Redacted`), the Stax region, retries and auth retries with staxapp's defaults, timeout and log level.
 * Validated when the layer is built, every bad field reported at once under its option or variable name,
 * and locked then: changing the environment later does not change a running client (as staxapp's
 * "config locked at init").
 *
 * @example
 * ```ts
 * // from the environment: STAX_ACCESS_KEY, STAX_SECRET_KEY, STAX_REGION, LOG_LEVEL
 * program.pipe(Effect.provide(StaxCloud.layer), Effect.provide(StaxCloudConfig.layerFromEnv))
 *
 * // from values
 * StaxCloudConfig.layer({ accessKey: "…", secretKey: Redacted.make("…"), region: "us1.staxapp.cloud" })
 * ```
 *
 * @since 0.2.0
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { checkSharedOptions, type SharedOptions, type SharedSettings } from "../core/ClientSettings.js"
import * as ConfigCheck from "../core/ConfigCheck.js"
import { AuthRetryPolicy, RetryPolicy } from "../core/RetryPolicy.js"

/**
 * A validated Stax cloud configuration.
 *
 * @since 0.2.0
 * @category Models
 */
export interface StaxCloudConfigShape extends SharedSettings {
  /** The API token's access key (the Cognito user name; not a secret, but kept out of logs all the same). */
  readonly accessKey: string
  /** The API token's secret key. */
  readonly secretKey: Redacted.Redacted<string>
  /** The Stax region, e.g. `au1.staxapp.cloud`. */
  readonly region: string
  /** `https://api.<region>/20190206`, unless overridden (a stand-in). */
  readonly baseUrl: string
  /** Cognito endpoints, when not AWS's own for the pool's region (a stand-in). */
  readonly authEndpoints: { readonly userPool?: string | undefined; readonly identityPool?: string | undefined }
  /** API retries; `RetryPolicy.staxapp` unless set. */
  readonly retry: RetryPolicy
  /** Login retries and the refresh threshold; `AuthRetryPolicy.staxapp` unless set. */
  readonly authRetry: AuthRetryPolicy
}

/** The API version, a path segment of every URL. */
const API_VERSION = "20190206"
const DEFAULT_REGION = "au1.staxapp.cloud"

const checkAccessKey: ConfigCheck.Check<string, string> = (value) =>
  Either.flatMap(ConfigCheck.checkHeaderValue("accessKey")(value.trim()), (key) =>
    key.length === 0 || /\s/.test(key)
      ? Either.left("accessKey must be a non-empty key without spaces (the API token's access key)")
      : Either.right(key))

const checkSecretKey: ConfigCheck.Check<string, string> = (value) =>
  value.length === 0
    ? Either.left("secretKey must not be empty (the API token's secret key)")
    : /[\u0000-\u001f\u007f]/.test(value)
    ? Either.left("secretKey must not contain control characters")
    : Either.right(value)

/** A Stax region is a host name (`au1.staxapp.cloud`); the API is at `api.<region>`. */
const checkRegion: ConfigCheck.Check<string, string> = (value) => {
  const region = value.trim().toLowerCase()
  return /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/.test(region)
    ? Either.right(region)
    : Either.left(`region must be a Stax region host name such as ${DEFAULT_REGION}, got ${JSON.stringify(value.slice(0, 100))}`)
}

const checkUrl = ConfigCheck.checkBaseUrl

const validate = (options: StaxCloudConfig.Options): Effect.Effect<StaxCloudConfigShape, ConfigError.ConfigError> => {
  const fields = ConfigCheck.collect()
  if (options.accessKey === undefined) fields.fail(ConfigError.MissingData(["accessKey"], "accessKey is required"))
  if (options.secretKey === undefined) fields.fail(ConfigError.MissingData(["secretKey"], "secretKey is required"))
  const secretKey = typeof options.secretKey === "string" ? Redacted.make(options.secretKey) : options.secretKey
  const accessKey = options.accessKey === undefined ? undefined : fields.check("accessKey", options.accessKey, checkAccessKey)
  if (secretKey !== undefined) fields.check("secretKey", Redacted.value(secretKey), checkSecretKey)
  const region = fields.check("region", options.region ?? DEFAULT_REGION, checkRegion)
  const shared = checkSharedOptions(fields, options, {
    baseUrl: region === undefined ? undefined : `https://api.${region}/${API_VERSION}`,
    retry: RetryPolicy.staxapp,
    credentialsHint: "accessKey and secretKey"
  })
  const userPool = options.authEndpoints?.userPool === undefined
    ? undefined
    : fields.check("authEndpoints.userPool", options.authEndpoints.userPool, checkUrl("authEndpoints.userPool", "accessKey and secretKey"))
  const identityPool = options.authEndpoints?.identityPool === undefined
    ? undefined
    : fields.check(
      "authEndpoints.identityPool",
      options.authEndpoints.identityPool,
      checkUrl("authEndpoints.identityPool", "accessKey and secretKey")
    )
  const error = fields.error()
  if (error !== undefined) return Effect.fail(error)
  return Effect.succeed({
    ...shared!,
    accessKey: accessKey!,
    secretKey: secretKey!,
    region: region!,
    authEndpoints: {
      ...(userPool === undefined ? {} : { userPool: `${userPool}/` }),
      ...(identityPool === undefined ? {} : { identityPool: `${identityPool}/` })
    },
    authRetry: options.authRetry ?? AuthRetryPolicy.staxapp
  })
}

/**
 * The Stax cloud configuration service, and its layers.
 *
 * @since 0.2.0
 * @category Context
 */
export class StaxCloudConfig extends Context.Tag("stax-effect/StaxCloudConfig")<StaxCloudConfig, StaxCloudConfigShape>() {
  /** The default Stax region, `au1.staxapp.cloud` (staxapp's). */
  static readonly defaultRegion = DEFAULT_REGION

  /** The API version path segment, `20190206`. */
  static readonly apiVersion = API_VERSION

  /**
   * Validates options into a configuration. Every bad field is a `ConfigError` naming it.
   */
  static make(options: StaxCloudConfig.Options): Effect.Effect<StaxCloudConfigShape, ConfigError.ConfigError> {
    return validate(options)
  }

  /**
   * The configuration from values.
   *
   * @example
   * ```ts
   * StaxCloudConfig.layer({ accessKey, secretKey: Redacted.make(secret), retry: RetryPolicy.default })
   * ```
   */
  static layer(options: StaxCloudConfig.Options): Layer.Layer<StaxCloudConfig, ConfigError.ConfigError> {
    return Layer.effect(StaxCloudConfig, validate(options))
  }

  /**
   * The configuration from any `Config` (read once, when the layer is built).
   */
  static layerConfig(
    config: Config.Config<StaxCloudConfig.Options>
  ): Layer.Layer<StaxCloudConfig, ConfigError.ConfigError> {
    return Layer.effect(StaxCloudConfig, Effect.flatMap(config, validate))
  }

  /**
   * The options from the environment, with staxapp's variable names: `STAX_ACCESS_KEY`,
   * `STAX_SECRET_KEY` (kept `Redacted`), `STAX_REGION` (default `au1.staxapp.cloud`),
   * `STAX_LOG_LEVEL` or else `LOG_LEVEL` (Python or Effect level names; a value that is not a level name
   * gives `INFO` and one warning: see `ConfigCheck.logLevelFromEnv`), and the deprecated `TOKEN_EXPIRY_THRESHOLD_IN_MINS` (minutes before
   * expiry at which the credentials are renewed; logs a deprecation warning: set
   * `authRetry.tokenExpiryThreshold` instead).
   */
  static readonly fromEnv: Config.Config<StaxCloudConfig.Options> = Config.all({
    accessKey: ConfigCheck.checked(ConfigCheck.required("STAX_ACCESS_KEY", Config.string), checkAccessKey, ["STAX_ACCESS_KEY"]),
    secretKey: ConfigCheck.checked(
      ConfigCheck.required("STAX_SECRET_KEY", (name) => Config.redacted(name)),
      (key) => checkSecretKey(Redacted.value(key)),
      ["STAX_SECRET_KEY"]
    ),
    region: ConfigCheck.checked(Config.string("STAX_REGION"), checkRegion).pipe(Config.withDefault(DEFAULT_REGION)),
    level: ConfigCheck.logLevelFromEnv,
    apiUrl: Config.option(Config.string("STAX_CLOUD_API_URL")),
    authUrl: Config.option(Config.string("STAX_CLOUD_AUTH_URL")),
    thresholdMinutes: Config.option(
      Config.number("TOKEN_EXPIRY_THRESHOLD_IN_MINS").pipe(
        Config.validate({ message: "must be a number of minutes, 0 or more", validation: (n) => n >= 0 && n < 1440 })
      )
    )
  }).pipe(
    Config.map(({ apiUrl, authUrl, level, thresholdMinutes, ...keys }): StaxCloudConfig.Options => {
      const rest: StaxCloudConfig.Options = {
        ...keys,
        ...Option.match(apiUrl, { onNone: () => ({}), onSome: (baseUrl) => ({ baseUrl }) }),
        ...Option.match(authUrl, {
          onNone: () => ({}),
          onSome: (url) => ({ authEndpoints: { userPool: url, identityPool: url } })
        })
      }
      return Option.match(thresholdMinutes, {
        onNone: () => ({ ...rest, ...level }),
        onSome: (minutes) => ({
          ...rest,
          logLevel: level.logLevel,
          authRetry: AuthRetryPolicy.staxapp.with({ tokenExpiryThreshold: minutes * 60 }),
          warnings: [
            ...level.warnings,
            "TOKEN_EXPIRY_THRESHOLD_IN_MINS is deprecated (as in staxapp): set authRetry.tokenExpiryThreshold (seconds) instead"
          ]
        })
      })
    })
  )

  /**
   * The configuration from the environment (see {@link StaxCloudConfig.fromEnv}).
   */
  static readonly layerFromEnv: Layer.Layer<StaxCloudConfig, ConfigError.ConfigError> = StaxCloudConfig.layerConfig(
    StaxCloudConfig.fromEnv
  )
}

/**
 * @since 0.2.0
 */
export declare namespace StaxCloudConfig {
  /**
   * The options of {@link StaxCloudConfig.layer}.
   *
   * @since 0.2.0
   * @category Models
   */
  export interface Options extends SharedOptions {
    readonly accessKey?: string | undefined
    readonly secretKey?: Redacted.Redacted<string> | string | undefined
    /** The Stax region (`au1.staxapp.cloud`, `us1.staxapp.cloud`, `eu1.staxapp.cloud`, ...). */
    readonly region?: string | undefined
    /** Replaces `https://api.<region>/20190206` (a stand-in, a proxy). */
    readonly baseUrl?: string | URL | undefined
    /** Replaces AWS's Cognito endpoints for the pool's region (a stand-in). */
    readonly authEndpoints?: { readonly userPool?: string | undefined; readonly identityPool?: string | undefined } | undefined
    /** Default {@link RetryPolicy.staxapp}. */
    readonly retry?: RetryPolicy | undefined
    readonly authRetry?: AuthRetryPolicy | undefined
  }
}
