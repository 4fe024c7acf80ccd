/**
 * A missing environment variable is named in plain words by the SDK's own `ConfigError` (not Effect's
 * `"<redacted>"` for a `Config.redacted`, nor the provider's wording), under both clients' `layerFromEnv`
 * and the module worker's `fromEnv`; the Promise facade's `ConfigError` says the same.
 */
import { FetchHttpClient } from "@effect/platform"
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer } from "effect"
import { StaxConfig, WorkerConfig } from "stax-effect"
import { StaxCloudConfig } from "stax-effect/cloud"
import { ConfigError, createStaxClient } from "stax-effect/promise"

const provider = (env: Record<string, string>) => Layer.setConfigProvider(ConfigProvider.fromMap(new Map(Object.entries(env))))

/** The failure of building `layer` with only `env` set, as the text users see. */
const failureOf = <ROut, E>(layer: Layer.Layer<ROut, E>, env: Record<string, string>) =>
  Effect.flip(Effect.scoped(Layer.build(layer.pipe(Layer.provide(provider(env)))))).pipe(Effect.map(String))

describe("missing environment variables, in plain words", () => {
  it.effect("StaxConfig.layerFromEnv: STAX_API_KEY is not set (no \"<redacted>\")", () =>
    Effect.gen(function*() {
      const text = yield* failureOf(StaxConfig.layerFromEnv, { STAX_EMAIL: "admin@example.com" })
      expect(text).toContain("STAX_API_KEY is not set")
      expect(text).not.toContain("<redacted>")
    }))

  it.effect("StaxConfig.layerFromEnv: both credentials missing are both named", () =>
    Effect.gen(function*() {
      const text = yield* failureOf(StaxConfig.layerFromEnv, {})
      expect(text).toContain("STAX_EMAIL is not set")
      expect(text).toContain("STAX_API_KEY is not set")
      expect(text).not.toContain("Expected STAX_EMAIL to exist")
    }))

  it.effect("StaxCloudConfig.layerFromEnv: STAX_ACCESS_KEY and STAX_SECRET_KEY is not set", () =>
    Effect.gen(function*() {
      const text = yield* failureOf(StaxCloudConfig.layerFromEnv, {})
      expect(text).toContain("STAX_ACCESS_KEY is not set")
      expect(text).toContain("STAX_SECRET_KEY is not set")
      expect(text).not.toContain("<redacted>")
    }))

  it.effect("WorkerConfig.fromEnv: STAX_MODULE_KEY is not set", () =>
    Effect.gen(function*() {
      const text = yield* Effect.flip(WorkerConfig.fromEnv).pipe(
        Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["STAX_MODULE_ID", "65a1f0c2e4b0a1b2c3d4e5f6"], ["STAX_TEAM_ID", "team"]]))),
        Effect.map(String)
      )
      expect(text).toContain("STAX_MODULE_KEY is not set")
      expect(text).not.toContain("<redacted>")
    }))

  it("a set variable that is bad is still reported as bad, not as missing", async () => {
    const text = await Effect.runPromise(
      failureOf(StaxConfig.layerFromEnv, { STAX_EMAIL: "not an email", STAX_API_KEY: "k".repeat(32) })
    )
    expect(text).toContain("Invalid data at STAX_EMAIL")
    expect(text).not.toContain("is not set")
  })

  it("the Promise facade's ConfigError: STAX_API_KEY is not set", async () => {
    const layer = StaxConfig.layerFromEnv.pipe(Layer.provide(provider({ STAX_EMAIL: "admin@example.com" })))
    const client = createStaxClient({ layer: Layer.merge(layer, FetchHttpClient.layer) })
    const error = await client.ready().then(() => undefined, (e: unknown) => e)
    await client.close()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).paths).toEqual(["STAX_API_KEY"])
    expect((error as ConfigError).message).toBe("STAX_API_KEY is not set")
  })
})
