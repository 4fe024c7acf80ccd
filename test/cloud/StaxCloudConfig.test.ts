/**
 * `StaxCloudConfig` through the public API: from values and from the environment (staxapp's variable
 * names), its defaults, every bad field named, read once, and the secret key kept `Redacted`.
 */
import { HttpClient, HttpClientError } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Context, Duration, Effect, Layer, Logger, LogLevel, Redacted } from "effect"
import { inspect } from "node:util"
import { AuthRetryPolicy, RetryPolicy, StaxCloudClient, StaxCloudConfig } from "stax-effect/cloud"

const ACCESS_KEY = "0b0c6a8e-9d1f-4c3e-8a57-0d2f3b8e1a10"
const SECRET = "canary7config7secret7never7printed7x9y8z7"

/** The configuration's failure as text, from options. */
const failureOf = (options: StaxCloudConfig.Options) => Effect.flip(StaxCloudConfig.make(options)).pipe(Effect.map(String))

const provider = (env: Record<string, string>) => ConfigProvider.fromMap(new Map(Object.entries(env)))

/** The configuration read from `env` by `layerFromEnv`. */
const fromEnv = (env: Record<string, string>) =>
  StaxCloudConfig.pipe(Effect.provide(StaxCloudConfig.layerFromEnv), Effect.withConfigProvider(provider(env)))

/** An `HttpClient` that must not be used: building the client sends nothing. */
const NoNetwork = Layer.succeed(
  HttpClient.HttpClient,
  HttpClient.make((request) => Effect.fail(new HttpClientError.RequestError({ request, reason: "Transport", description: "no network in this test" })))
)

describe("StaxCloudConfig from values", () => {
  it.effect("applies staxapp's defaults: region au1.staxapp.cloud, RetryPolicy.staxapp, AuthRetryPolicy.staxapp", () =>
    Effect.gen(function*() {
      const config = yield* StaxCloudConfig.make({ accessKey: ACCESS_KEY, secretKey: SECRET })
      expect(config.accessKey).toBe(ACCESS_KEY)
      expect(Redacted.isRedacted(config.secretKey)).toBe(true)
      expect(Redacted.value(config.secretKey)).toBe(SECRET)
      expect(config.region).toBe("au1.staxapp.cloud")
      expect(config.region).toBe(StaxCloudConfig.defaultRegion)
      expect(config.baseUrl).toBe("https://api.au1.staxapp.cloud/20190206")
      expect(config.retry).toBe(RetryPolicy.staxapp)
      expect(config.authRetry).toBe(AuthRetryPolicy.staxapp)
      expect(config.authRetry.tokenExpiryThreshold).toBe(60)
      expect(config.authRetry.maxAttempts).toBe(5)
      expect(Duration.toMillis(config.timeout)).toBe(30_000)
      expect(config.logLevel).toBe(LogLevel.Info)
      expect(config.warnings).toEqual([])
    }))

  it.effect("takes the region, retry and auth retry given", () =>
    Effect.gen(function*() {
      const retry = RetryPolicy.default.with({ maxAttempts: 2 })
      const authRetry = AuthRetryPolicy.staxapp.with({ tokenExpiryThreshold: 120 })
      const config = yield* StaxCloudConfig.make({
        accessKey: ACCESS_KEY,
        secretKey: Redacted.make(SECRET),
        region: "US1.staxapp.cloud",
        retry,
        authRetry,
        timeout: "5 seconds"
      })
      expect(config.region).toBe("us1.staxapp.cloud")
      expect(config.baseUrl).toBe("https://api.us1.staxapp.cloud/20190206")
      expect(config.retry).toBe(retry)
      expect(config.authRetry).toBe(authRetry)
      expect(Duration.toMillis(config.timeout)).toBe(5_000)
    }))

  it.effect("allows plain http to a loopback base URL (a stand-in)", () =>
    Effect.gen(function*() {
      const config = yield* StaxCloudConfig.make({ accessKey: ACCESS_KEY, secretKey: SECRET, baseUrl: "http://127.0.0.1:8080/20190206/" })
      expect(config.baseUrl).toBe("http://127.0.0.1:8080/20190206")
    }))
})

describe("StaxCloudConfig names every bad field", () => {
  it.effect("an empty access key", () =>
    Effect.gen(function*() {
      expect(yield* failureOf({ accessKey: "", secretKey: SECRET })).toContain("accessKey")
    }))

  it.effect("an empty secret key", () =>
    Effect.gen(function*() {
      expect(yield* failureOf({ accessKey: ACCESS_KEY, secretKey: "" })).toContain("secretKey")
    }))

  it.effect("a missing access key and secret key", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({})
      expect(text).toContain("accessKey")
      expect(text).toContain("secretKey")
    }))

  it.effect("plain http to a host that is not loopback", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ accessKey: ACCESS_KEY, secretKey: SECRET, baseUrl: "http://api.au1.staxapp.cloud/20190206" })
      expect(text).toContain("baseUrl")
      expect(text).toContain("https")
    }))

  it.effect("CR or LF in the access key", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ accessKey: `${ACCESS_KEY}\r\nX-Injected: 1`, secretKey: SECRET })
      expect(text).toContain("accessKey")
      expect(text).toContain("CR, LF")
    }))

  it.effect("a character above U+00FF in the access key", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ accessKey: `${ACCESS_KEY}\u2603`, secretKey: SECRET })
      expect(text).toContain("accessKey")
      expect(text).toContain("U+00FF")
    }))

  it.effect("a region that is not a host name", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ accessKey: ACCESS_KEY, secretKey: SECRET, region: "au1 staxapp/cloud" })
      expect(text).toContain("region")
      expect(text).toContain("au1.staxapp.cloud")
    }))

  it.effect("several bad fields at once, each by name", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({
        accessKey: "",
        secretKey: SECRET,
        region: "not a region",
        baseUrl: "http://example.com",
        timeout: 0,
        logLevel: "LOUD"
      })
      for (const field of ["accessKey", "region", "baseUrl", "timeout", "logLevel"]) expect(text).toContain(field)
    }))

  it.effect("a control character in the secret key, without printing the key", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ accessKey: ACCESS_KEY, secretKey: `${SECRET}\n` })
      expect(text).toContain("secretKey")
      expect(text).not.toContain(SECRET)
    }))
})

describe("StaxCloudConfig from the environment", () => {
  it.effect("reads STAX_ACCESS_KEY, STAX_SECRET_KEY (Redacted) and STAX_REGION", () =>
    Effect.gen(function*() {
      const config = yield* fromEnv({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET, STAX_REGION: "eu1.staxapp.cloud" })
      expect(config.accessKey).toBe(ACCESS_KEY)
      expect(Redacted.value(config.secretKey)).toBe(SECRET)
      expect(config.region).toBe("eu1.staxapp.cloud")
      expect(config.baseUrl).toBe("https://api.eu1.staxapp.cloud/20190206")
    }))

  it.effect("defaults the region to au1.staxapp.cloud", () =>
    Effect.gen(function*() {
      const config = yield* fromEnv({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET })
      expect(config.baseUrl).toBe("https://api.au1.staxapp.cloud/20190206")
      expect(config.retry).toBe(RetryPolicy.staxapp)
      expect(config.authRetry).toBe(AuthRetryPolicy.staxapp)
      expect(config.warnings).toEqual([])
    }))

  it.effect("names the variable that is missing or bad", () =>
    Effect.gen(function*() {
      const missing = String(yield* Effect.flip(fromEnv({ STAX_ACCESS_KEY: ACCESS_KEY })))
      expect(missing).toContain("STAX_SECRET_KEY")
      const region = String(yield* Effect.flip(fromEnv({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET, STAX_REGION: "bad region" })))
      expect(region).toContain("STAX_REGION")
      const key = String(yield* Effect.flip(fromEnv({ STAX_ACCESS_KEY: "a\r\nb", STAX_SECRET_KEY: SECRET })))
      expect(key).toContain("STAX_ACCESS_KEY")
      const threshold = String(
        yield* Effect.flip(fromEnv({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET, TOKEN_EXPIRY_THRESHOLD_IN_MINS: "-1" }))
      )
      expect(threshold).toContain("TOKEN_EXPIRY_THRESHOLD_IN_MINS")
    }))

  it.effect("the deprecated TOKEN_EXPIRY_THRESHOLD_IN_MINS sets the threshold, in minutes", () =>
    Effect.gen(function*() {
      const config = yield* fromEnv({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET, TOKEN_EXPIRY_THRESHOLD_IN_MINS: "5" })
      expect(config.authRetry.tokenExpiryThreshold).toBe(300)
      expect(config.authRetry.maxAttempts).toBe(AuthRetryPolicy.staxapp.maxAttempts)
      expect(config.warnings).toHaveLength(1)
    }))

  it.effect("the deprecated variable logs one warning when the client is built, and none without it", () =>
    Effect.gen(function*() {
      const warnings: Array<string> = []
      const logger = Logger.make(({ logLevel, message }) => {
        if (logLevel._tag === "Warning") warnings.push(String(Array.isArray(message) ? message.join(" ") : message))
      })
      const build = (env: Record<string, string>) =>
        Effect.scoped(Layer.build(StaxCloudClient.layer.pipe(Layer.provide(StaxCloudConfig.layerFromEnv), Layer.provide(NoNetwork)))).pipe(
          Effect.withConfigProvider(provider(env)),
          Effect.provide(Logger.replace(Logger.defaultLogger, logger))
        )
      yield* build({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET, TOKEN_EXPIRY_THRESHOLD_IN_MINS: "5" })
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain("TOKEN_EXPIRY_THRESHOLD_IN_MINS")
      expect(warnings[0]).toContain("authRetry.tokenExpiryThreshold")
      yield* build({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET })
      expect(warnings).toHaveLength(1)
    }))

  it.effect("is read once: changing the environment after the layer is built changes nothing", () =>
    Effect.gen(function*() {
      // process.env, set for this test and restored after it (each test worker has its own copy).
      const names = ["STAX_ACCESS_KEY", "STAX_SECRET_KEY", "STAX_REGION"] as const
      yield* Effect.acquireRelease(
        Effect.sync(() => {
          const saved = names.map((name) => [name, process.env[name]] as const)
          Object.assign(process.env, { STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET, STAX_REGION: "au1.staxapp.cloud" })
          return saved
        }),
        (saved) =>
          Effect.sync(() => {
            for (const [name, value] of saved) {
              if (value === undefined) delete process.env[name]
              else process.env[name] = value
            }
          })
      )
      const env = ConfigProvider.fromEnv()
      const context = yield* Layer.build(StaxCloudConfig.layerFromEnv).pipe(Effect.withConfigProvider(env))
      process.env["STAX_REGION"] = "us1.staxapp.cloud"
      process.env["STAX_ACCESS_KEY"] = "another-access-key"
      // The provider does see the change...
      const reread = yield* StaxCloudConfig.fromEnv.pipe(Effect.withConfigProvider(env))
      expect(reread.region).toBe("us1.staxapp.cloud")
      // ...the built configuration does not.
      const config = Context.get(context, StaxCloudConfig)
      expect(config.region).toBe("au1.staxapp.cloud")
      expect(config.baseUrl).toBe("https://api.au1.staxapp.cloud/20190206")
      expect(config.accessKey).toBe(ACCESS_KEY)
    }).pipe(Effect.scoped))
})

describe("StaxCloudConfig keeps the secret key out of sight", () => {
  it.effect("in String, JSON and inspect of the configuration, from values and from the environment", () =>
    Effect.gen(function*() {
      const fromValues = yield* StaxCloudConfig.make({ accessKey: ACCESS_KEY, secretKey: SECRET })
      const fromVariables = yield* fromEnv({ STAX_ACCESS_KEY: ACCESS_KEY, STAX_SECRET_KEY: SECRET })
      for (const config of [fromValues, fromVariables]) {
        const texts = [String(config), JSON.stringify(config), inspect(config, { depth: 10 }), String(config.secretKey)]
        for (const text of texts) expect(text).not.toContain(SECRET)
        // The configuration did hold it.
        expect(Redacted.value(config.secretKey)).toBe(SECRET)
        assert(JSON.stringify(config).includes(ACCESS_KEY))
      }
    }))
})
