/**
 * The Promise facade checks the options given as values when the client is created: a bad one throws a
 * `ConfigError` naming it from `createStaxClient(...)` / `createStaxCloudClient(...)`, before any call;
 * options to be completed from the environment are not judged missing until the first call.
 */
import { afterEach, beforeEach, describe, expect, it } from "@effect/vitest"
import { ConfigError, createStaxClient, createStaxCloudClient } from "stax-effect/promise"

const VARIABLES = ["STAX_EMAIL", "STAX_API_KEY", "STAX_API_URL", "STAX_ACCESS_KEY", "STAX_SECRET_KEY", "STAX_REGION"]

/** What `create` throws, or `undefined`. */
const thrown = (create: () => unknown): unknown => {
  try {
    create()
    return undefined
  } catch (e) {
    return e
  }
}

describe("Promise clients validate their options when created", () => {
  const saved = { ...process.env }
  beforeEach(() => {
    for (const name of VARIABLES) delete process.env[name]
  })
  afterEach(() => {
    process.env = { ...saved }
  })

  it("createStaxClient: an http baseUrl to a remote host throws a ConfigError naming baseUrl", () => {
    const error = thrown(() => createStaxClient({ email: "admin@example.com", apiKey: "k".repeat(32), baseUrl: "http://api.stax.ai" }))
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).paths).toEqual(["baseUrl"])
    expect((error as ConfigError).message).toContain("https")
    expect((error as ConfigError).message).toContain("http://api.stax.ai")
  })

  it("createStaxClient: without credentials (the environment gives them later), a bad baseUrl still throws", () => {
    const error = thrown(() => createStaxClient({ baseUrl: "http://api.stax.ai", timeout: "-1 seconds" }))
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).paths).toEqual(["baseUrl", "timeout"])
  })

  it("createStaxClient: good options, or none, create the client; a missing variable waits for the first call", async () => {
    expect(thrown(() => createStaxClient({ baseUrl: "http://127.0.0.1:9", timeout: "5 seconds" }))).toBeUndefined()
    const stax = createStaxClient()
    const error = await stax.ready().then(() => undefined, (e: unknown) => e)
    await stax.close()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).paths).toContain("STAX_API_KEY")
  })

  it("createStaxCloudClient: an http baseUrl or a bad region throws a ConfigError naming it", () => {
    const keys = { accessKey: "0b0c6a8e-local-4000-8000-staxaccesskey", secretKey: "s".repeat(40) }
    const error = thrown(() => createStaxCloudClient({ ...keys, baseUrl: "http://api.example.com/20190206" }))
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).paths).toEqual(["baseUrl"])
    const region = thrown(() => createStaxCloudClient({ region: "not a region" }))
    expect(region).toBeInstanceOf(ConfigError)
    expect((region as ConfigError).paths).toEqual(["region"])
  })
})
