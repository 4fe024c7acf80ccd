import { assert, describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Duration, Effect, Exit, Layer, LogLevel, Redacted, Scope } from "effect"
import { RetryPolicy, StaxConfig } from "stax-effect"

const KEY = "w3i21te088qskae7p54nt7gm48ajqb2606f5801s"

/** Builds the config from options and returns the failure's text, or "" on success. */
const failureOf = (options: StaxConfig.Options) =>
  Effect.flip(StaxConfig.make(options)).pipe(Effect.map(String))

const fromEnv = (env: Record<string, string>) =>
  StaxConfig.fromEnv.pipe(Effect.withConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env)))))

describe("StaxConfig.layer", () => {
  it.effect("applies the documented defaults", () =>
    Effect.gen(function*() {
      const config = yield* StaxConfig.make({ email: "admin@example.com", apiKey: KEY })
      expect(config.baseUrl).toBe("https://api.stax.ai")
      expect(Duration.toMillis(config.timeout)).toBe(30_000)
      expect(config.retry).toBe(RetryPolicy.default)
      expect(config.logLevel).toBe(LogLevel.Info)
      expect(config.userAgent).toMatch(/^stax-effect\//)
      assert(config.credentials._tag === "Static")
      expect(Redacted.isRedacted(config.credentials.credentials.apiKey)).toBe(true)
    }))

  it.effect("refuses CR or LF in the email, naming the field", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ email: "admin@example.com\r\nX-Injected: 1", apiKey: KEY })
      expect(text).toContain("email")
      expect(text).toContain("CR, LF")
    }))

  it.effect("refuses CR or LF in the API key without printing it", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ email: "admin@example.com", apiKey: `${KEY}\n` })
      expect(text).toContain("apiKey")
      expect(text).not.toContain(KEY)
    }))

  it.effect("refuses CR or LF in the user agent", () =>
    Effect.gen(function*() {
      expect(yield* failureOf({ email: "a@b.co", apiKey: KEY, userAgent: "x\ny" })).toContain("userAgent")
    }))

  it.effect("refuses plain http to a host that is not loopback", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ email: "a@b.co", apiKey: KEY, baseUrl: "http://api.stax.ai" })
      expect(text).toContain("baseUrl")
      expect(text).toContain("https")
    }))

  it.effect("allows plain http to loopback hosts", () =>
    Effect.gen(function*() {
      for (const baseUrl of ["http://127.0.0.1:8080", "http://localhost:3000/", "http://[::1]:9000"]) {
        const config = yield* StaxConfig.make({ email: "a@b.co", apiKey: KEY, baseUrl })
        expect(config.baseUrl).toBe(baseUrl.replace(/\/$/, ""))
      }
    }))

  it.effect("refuses credentials, queries and other schemes in the base URL", () =>
    Effect.gen(function*() {
      expect(yield* failureOf({ email: "a@b.co", apiKey: KEY, baseUrl: "https://u:p@api.stax.ai" })).toContain("credentials")
      expect(yield* failureOf({ email: "a@b.co", apiKey: KEY, baseUrl: "https://api.stax.ai/?x=1" })).toContain("query")
      expect(yield* failureOf({ email: "a@b.co", apiKey: KEY, baseUrl: "ftp://api.stax.ai" })).toContain("https")
      expect(yield* failureOf({ email: "a@b.co", apiKey: KEY, baseUrl: "not a url" })).toContain("absolute URL")
    }))

  it.effect("reports every bad field at once", () =>
    Effect.gen(function*() {
      const text = yield* failureOf({ email: "nope", apiKey: "", timeout: 0, logLevel: "chatty" })
      for (const field of ["email", "apiKey", "timeout", "logLevel"]) expect(text).toContain(field)
    }))

  it.effect("requires email and apiKey, or credentials, but not both", () =>
    Effect.gen(function*() {
      expect(yield* failureOf({})).toContain("email")
      const both = yield* failureOf({
        email: "a@b.co",
        credentials: Effect.succeed({ email: "a@b.co", apiKey: Redacted.make(KEY) })
      })
      expect(both).toContain("credentials")
    }))

  it.effect("validates endpoint path overrides", () =>
    Effect.gen(function*() {
      const config = yield* StaxConfig.make({ email: "a@b.co", apiKey: KEY, paths: { "Stacks.list": "/stack/all" } })
      expect(config.paths["Stacks.list"]).toBe("/stack/all")
      expect(yield* failureOf({ email: "a@b.co", apiKey: KEY, paths: { "Stacks.list": "stack?x=1" } })).toContain(
        "paths.Stacks.list"
      )
    }))

  it.effect("accepts Python and Effect log level names", () =>
    Effect.gen(function*() {
      const level = (logLevel: string) =>
        StaxConfig.make({ email: "a@b.co", apiKey: KEY, logLevel }).pipe(Effect.map((c) => c.logLevel))
      expect(yield* level("WARNING")).toBe(LogLevel.Warning)
      expect(yield* level("warn")).toBe(LogLevel.Warning)
      expect(yield* level("CRITICAL")).toBe(LogLevel.Fatal)
      expect(yield* level("debug")).toBe(LogLevel.Debug)
    }))
})

describe("StaxConfig.layerFromEnv", () => {
  it.effect("reads STAX_EMAIL, STAX_API_KEY (Redacted), STAX_API_URL and LOG_LEVEL", () =>
    Effect.gen(function*() {
      const options = yield* fromEnv({
        STAX_EMAIL: "admin@example.com",
        STAX_API_KEY: KEY,
        STAX_API_URL: "http://127.0.0.1:4010",
        LOG_LEVEL: "DEBUG"
      })
      const config = yield* StaxConfig.make(options)
      expect(config.baseUrl).toBe("http://127.0.0.1:4010")
      expect(config.logLevel).toBe(LogLevel.Debug)
      assert(config.credentials._tag === "Static")
      expect(Redacted.value(config.credentials.credentials.apiKey)).toBe(KEY)
      expect(String(config.credentials.credentials.apiKey)).not.toContain(KEY)
      expect(JSON.stringify(options)).not.toContain(KEY)
    }))

  it.effect("names the missing variable", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(fromEnv({ STAX_EMAIL: "admin@example.com" }))
      expect(String(error)).toContain("STAX_API_KEY")
    }))

  it.effect("names the variable that holds CR or LF", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(fromEnv({ STAX_EMAIL: "admin@example.com\r\n", STAX_API_KEY: KEY }))
      expect(String(error)).toContain("STAX_EMAIL")
    }))

  it.effect("names a bad STAX_API_URL", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(fromEnv({ STAX_EMAIL: "a@b.co", STAX_API_KEY: KEY, STAX_API_URL: "http://evil.example" }))
      expect(String(error)).toContain("STAX_API_URL")
    }))

  it.effect("is fixed when the layer is built: later changes to the environment do not apply", () =>
    Effect.gen(function*() {
      const env = new Map([["STAX_EMAIL", "first@example.com"], ["STAX_API_KEY", KEY]])
      const layer = StaxConfig.layerFromEnv.pipe(Layer.provide(Layer.setConfigProvider(ConfigProvider.fromMap(env))))
      const scope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(layer, scope)
      env.set("STAX_EMAIL", "second@example.com")
      const config = yield* StaxConfig.pipe(Effect.provide(context))
      assert(config.credentials._tag === "Static")
      expect(config.credentials.credentials.email).toBe("first@example.com")
      yield* Scope.close(scope, Exit.void)
    }))
})
