import { describe, expect, it } from "@effect/vitest"
import { FetchHttpClient } from "@effect/platform"
import { ConfigProvider, Effect, Layer, Logger, LogLevel } from "effect"
import { StaxClient, StaxConfig } from "stax-effect"
import { StaxCloudConfig } from "../src/cloud/StaxCloudConfig.js"
import * as ConfigCheck from "../src/core/ConfigCheck.js"

const KEY = "w3i21te088qskae7p54nt7gm48ajqb2606f5801s"
const AI_ENV = { STAX_EMAIL: "admin@example.com", STAX_API_KEY: KEY }
const CLOUD_ENV = { STAX_ACCESS_KEY: "AKEXAMPLE", STAX_SECRET_KEY: "secret" }

const provider = (env: Record<string, string>) => ConfigProvider.fromMap(new Map(Object.entries(env)))

/** The log level and warnings `logLevelFromEnv` reads from these variables. */
const levelFrom = (env: Record<string, string>) =>
  ConfigCheck.logLevelFromEnv.pipe(Effect.withConfigProvider(provider(env)))

/** StaxConfig built from these variables, as `layerFromEnv` builds it. */
const aiConfigFrom = (env: Record<string, string>) =>
  StaxConfig.pipe(
    Effect.provide(StaxConfig.layerFromEnv.pipe(Layer.provide(Layer.setConfigProvider(provider({ ...AI_ENV, ...env })))))
  )

/** StaxCloudConfig built from these variables, as `layerFromEnv` builds it. */
const cloudConfigFrom = (env: Record<string, string>) =>
  StaxCloudConfig.pipe(
    Effect.provide(
      StaxCloudConfig.layerFromEnv.pipe(Layer.provide(Layer.setConfigProvider(provider({ ...CLOUD_ENV, ...env }))))
    )
  )

describe("ConfigCheck.logLevelFromEnv", () => {
  it.effect("is INFO without a warning when neither variable is set", () =>
    Effect.gen(function*() {
      const { logLevel, warnings } = yield* levelFrom({})
      expect(logLevel).toBe(LogLevel.Info)
      expect(warnings).toEqual([])
    }))

  it.effect("reads a Python level name from LOG_LEVEL", () =>
    Effect.gen(function*() {
      const { logLevel, warnings } = yield* levelFrom({ LOG_LEVEL: "WARNING" })
      expect(logLevel).toBe(LogLevel.Warning)
      expect(warnings).toEqual([])
    }))

  it.effect("falls back to INFO with one warning naming LOG_LEVEL for another program's level name", () =>
    Effect.gen(function*() {
      const { logLevel, warnings } = yield* levelFrom({ LOG_LEVEL: "verbose" })
      expect(logLevel).toBe(LogLevel.Info)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain("LOG_LEVEL=\"verbose\"")
      expect(warnings[0]).toContain("STAX_LOG_LEVEL")
    }))

  it.effect("falls back to INFO with one warning for an empty LOG_LEVEL", () =>
    Effect.gen(function*() {
      const { logLevel, warnings } = yield* levelFrom({ LOG_LEVEL: "" })
      expect(logLevel).toBe(LogLevel.Info)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain("LOG_LEVEL=\"\"")
    }))

  it.effect("lets STAX_LOG_LEVEL win over LOG_LEVEL", () =>
    Effect.gen(function*() {
      const { logLevel, warnings } = yield* levelFrom({ STAX_LOG_LEVEL: "debug", LOG_LEVEL: "error" })
      expect(logLevel).toBe(LogLevel.Debug)
      expect(warnings).toEqual([])
    }))

  it.effect("ignores an unusable LOG_LEVEL when STAX_LOG_LEVEL is set", () =>
    Effect.gen(function*() {
      const { logLevel, warnings } = yield* levelFrom({ STAX_LOG_LEVEL: "error", LOG_LEVEL: "verbose" })
      expect(logLevel).toBe(LogLevel.Error)
      expect(warnings).toEqual([])
    }))

  it.effect("falls back to INFO with one warning naming STAX_LOG_LEVEL when that is unusable", () =>
    Effect.gen(function*() {
      const { logLevel, warnings } = yield* levelFrom({ STAX_LOG_LEVEL: "loud", LOG_LEVEL: "error" })
      expect(logLevel).toBe(LogLevel.Info)
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toContain("STAX_LOG_LEVEL=\"loud\"")
    }))
})

describe("StaxConfig.layerFromEnv and the log level", () => {
  it.effect("builds with an unusable LOG_LEVEL, at INFO, carrying one warning", () =>
    Effect.gen(function*() {
      const config = yield* aiConfigFrom({ LOG_LEVEL: "verbose" })
      expect(config.logLevel).toBe(LogLevel.Info)
      expect(config.warnings).toHaveLength(1)
      expect(config.warnings[0]).toContain("LOG_LEVEL")
    }))

  it.effect("takes STAX_LOG_LEVEL over LOG_LEVEL", () =>
    Effect.gen(function*() {
      const config = yield* aiConfigFrom({ STAX_LOG_LEVEL: "CRITICAL", LOG_LEVEL: "debug" })
      expect(config.logLevel).toBe(LogLevel.Fatal)
      expect(config.warnings).toEqual([])
    }))

  it.effect("still fails for an unusable logLevel given as an option, naming it", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(StaxConfig.make({ ...AI_ENV, email: "a@b.co", apiKey: KEY, logLevel: "verbose" }))
      expect(String(error)).toContain("logLevel")
    }))

  it.effect("has the warning logged once when the client is built", () =>
    Effect.gen(function*() {
      const lines: Array<{ level: LogLevel.LogLevel; message: string }> = []
      const logger = Logger.make(({ logLevel, message }) => {
        lines.push({ level: logLevel, message: Array.isArray(message) ? message.join(" ") : String(message) })
      })
      const layer = StaxClient.layer.pipe(
        Layer.provide(StaxConfig.layerFromEnv),
        Layer.provide(FetchHttpClient.layer),
        Layer.provide(Layer.setConfigProvider(provider({ ...AI_ENV, LOG_LEVEL: "verbose" })))
      )
      yield* StaxClient.pipe(Effect.provide(layer), Effect.provide(Logger.replace(Logger.defaultLogger, logger)))
      const warnings = lines.filter((line) => line.message.includes("LOG_LEVEL"))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]!.level).toBe(LogLevel.Warning)
    }))
})

describe("StaxCloudConfig.layerFromEnv and the log level", () => {
  it.effect("builds with an unusable LOG_LEVEL, at INFO, carrying one warning", () =>
    Effect.gen(function*() {
      const config = yield* cloudConfigFrom({ LOG_LEVEL: "verbose" })
      expect(config.logLevel).toBe(LogLevel.Info)
      expect(config.warnings).toHaveLength(1)
      expect(config.warnings[0]).toContain("LOG_LEVEL")
    }))

  it.effect("takes STAX_LOG_LEVEL over LOG_LEVEL", () =>
    Effect.gen(function*() {
      const config = yield* cloudConfigFrom({ STAX_LOG_LEVEL: "debug", LOG_LEVEL: "error" })
      expect(config.logLevel).toBe(LogLevel.Debug)
      expect(config.warnings).toEqual([])
    }))

  it.effect("keeps both the log-level and the deprecation warnings", () =>
    Effect.gen(function*() {
      const config = yield* cloudConfigFrom({ LOG_LEVEL: "", TOKEN_EXPIRY_THRESHOLD_IN_MINS: "5" })
      expect(config.warnings).toHaveLength(2)
      expect(config.warnings.some((w) => w.includes("LOG_LEVEL"))).toBe(true)
      expect(config.warnings.some((w) => w.includes("TOKEN_EXPIRY_THRESHOLD_IN_MINS"))).toBe(true)
    }))

  it.effect("still fails for an unusable logLevel given as an option, naming it", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(StaxCloudConfig.make({ accessKey: "AKEXAMPLE", secretKey: "s", logLevel: "loud" }))
      expect(String(error)).toContain("logLevel")
    }))
})
