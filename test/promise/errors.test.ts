import { Schedule } from "effect"
import * as Sdk from "stax-effect"
import { Documents, Stacks } from "stax-effect"
import {
  ApiError,
  AuthError,
  ConfigError,
  createStaxClient,
  DecodeError,
  InputError,
  ProcessingError,
  ProcessingTimeoutError,
  TransportError
} from "stax-effect/promise"
import { Fault } from "stax-effect/testing"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { effectFailure, localClient, rejection, standIn } from "./fixtures.js"

const UNKNOWN_ID = "0123456789abcdef01234567"
const WRONG_KEY = "wrongPromiseKey0000000000000000000key"

/** The enumerable fields of an error, with its tag and name. */
const fieldsOf = (e: unknown) => ({ ...(e as object), name: (e as Error).name, message: (e as Error).message })

/** Whether a secret appears anywhere a user could print an error. */
const leaks = (e: unknown, secret: string) =>
  String(e).includes(secret) || JSON.stringify(e).includes(secret) || ((e as Error).stack ?? "").includes(secret)

describe("errors thrown by stax-effect/promise", () => {
  it("a refused key is an AuthError, the same class and fields as the Effect API's, without the key", async () => {
    await using stax = localClient({ clientCredentials: { apiKey: WRONG_KEY } })
    const error = await rejection(stax.stacks.get({ stackTag: "Invoices" }))
    const effectError = await effectFailure(stax, Stacks.get({ stackTag: "Invoices" }))
    expect(error).toBeInstanceOf(AuthError)
    expect(error).toBeInstanceOf(Sdk.AuthError)
    expect(error).toBeInstanceOf(Error)
    expect(fieldsOf(error)).toEqual(fieldsOf(effectError))
    expect((error as AuthError)._tag).toBe("AuthError")
    expect((error as AuthError).name).toBe("AuthError")
    expect((error as AuthError).endpoint).toBe("Stacks.get")
    expect(leaks(error, WRONG_KEY)).toBe(false)
  })

  it("a missing stack is an ApiError with the status and endpoint (on 200 and with HTTP statuses)", async () => {
    for (const failureStatus of ["always-200", "http"] as const) {
      await using stax = localClient({ failureStatus })
      const error = await rejection(stax.stacks.get({ stackId: UNKNOWN_ID }))
      const effectError = await effectFailure(stax, Stacks.get({ stackId: UNKNOWN_ID }))
      expect(error).toBeInstanceOf(ApiError)
      expect(fieldsOf(error)).toEqual(fieldsOf(effectError))
      expect((error as ApiError).status).toBe(failureStatus === "http" ? 404 : 200)
    }
  })

  it("a refused connection is a TransportError with reason and maybeSent", async () => {
    await using stax = localClient({ faults: [Fault.reset("GET /stack/list", "refuse", { times: 2 })] })
    const error = await rejection(stax.stacks.list())
    const effectError = await effectFailure(stax, Stacks.list())
    expect(error).toBeInstanceOf(TransportError)
    expect(fieldsOf(error)).toEqual(fieldsOf(effectError))
    expect((error as TransportError).reason).toBe("Connect")
    expect((error as TransportError).maybeSent).toBe(false)
  })

  it("an HTML page instead of JSON is a DecodeError with status and excerpt", async () => {
    await using stax = localClient({ faults: [Fault.status("GET /stack/list", 200, { body: "html", times: 2 })] })
    const error = await rejection(stax.stacks.list())
    const effectError = await effectFailure(stax, Stacks.list())
    expect(error).toBeInstanceOf(DecodeError)
    expect(fieldsOf(error)).toEqual(fieldsOf(effectError))
    expect((error as DecodeError).excerpt.length).toBeGreaterThan(0)
  })

  it("bad input is an InputError naming the field; nothing is sent", async () => {
    await using stax = localClient()
    const error = await rejection(stax.stacks.get({ stackId: "not-an-id" }))
    const effectError = await effectFailure(stax, Stacks.get({ stackId: "not-an-id" }))
    expect(error).toBeInstanceOf(InputError)
    expect(fieldsOf(error)).toEqual(fieldsOf(effectError))
    expect((error as InputError).field).toBe("stackId")
    const local = await standIn(stax)
    expect(local.model.requests).toEqual([])
  })

  it("a failed processing job is a ProcessingError with the document id", async () => {
    await using stax = localClient()
    const [upload] = await stax.documents.upload({ files: [{ name: "will-fail.pdf", data: new Uint8Array([1, 2, 3]) }] })
    const error = await rejection(stax.documents.waitUntilProcessed(upload!.docId!))
    const effectError = await effectFailure(stax, Documents.waitUntilProcessed(upload!.docId!))
    expect(error).toBeInstanceOf(ProcessingError)
    expect(fieldsOf(error)).toEqual(fieldsOf(effectError))
    expect((error as ProcessingError).docId).toBe(upload!.docId)
  })

  it("a wait that ends before processing does is a ProcessingTimeoutError", async () => {
    await using stax = localClient({ processing: { afterGets: 100 } })
    const [upload] = await stax.documents.upload({ files: [{ name: "slow.pdf", data: new Uint8Array([1]) }] })
    const error = await rejection(stax.documents.waitUntilProcessed(upload!.docId!, { schedule: Schedule.stop }))
    const effectError = await effectFailure(stax, Documents.waitUntilProcessed(upload!.docId!, { schedule: Schedule.stop }))
    expect(error).toBeInstanceOf(ProcessingTimeoutError)
    // waitedMillis is real time here (no TestClock in a Promise client): compare the rest.
    const withoutTime = (e: unknown) => {
      const { waitedMillis: _w, message: _m, ...rest } = fieldsOf(e) as Record<string, unknown>
      return rest
    }
    expect(withoutTime(error)).toEqual(withoutTime(effectError))
    expect((error as ProcessingTimeoutError).waitedMillis).toBeGreaterThanOrEqual(0)
    expect((error as ProcessingTimeoutError).docId).toBe(upload!.docId)
  })

  it("the stack shows where the SDK failed and the caller's frames", async () => {
    await using stax = localClient({ clientCredentials: { apiKey: WRONG_KEY } })
    async function callerInTheTest() {
      return await stax.stacks.list()
    }
    const error = await rejection(callerInTheTest())
    expect((error as Error).stack).toMatch(/^AuthError: /)
    expect((error as Error).stack).toContain("callerInTheTest")
    expect((error as Error).stack).not.toContain("FiberFailure")
  })
})

describe("ConfigError", () => {
  const saved = { ...process.env }
  beforeEach(() => {
    for (const name of ["STAX_EMAIL", "STAX_API_KEY", "STAX_API_URL", "LOG_LEVEL", "STAX_MODULE_ID", "STAX_MODULE_KEY", "STAX_TEAM_ID"]) {
      delete process.env[name]
    }
  })
  afterEach(() => {
    process.env = { ...saved }
  })

  it("a bad option throws a ConfigError naming it when the client is created, without the key", () => {
    const apiKey = "secretKeyThatMustNotLeak0000000000"
    let error: unknown
    try {
      createStaxClient({ email: "not an email", apiKey, baseUrl: "http://example.com" })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect(error).toBeInstanceOf(Error)
    expect((error as ConfigError).name).toBe("ConfigError")
    expect((error as ConfigError)._tag).toBe("ConfigError")
    expect((error as ConfigError).paths).toEqual(["email", "baseUrl"])
    expect(leaks(error, apiKey)).toBe(false)
    expect(JSON.parse(JSON.stringify(error))).toEqual({ _tag: "ConfigError", message: (error as Error).message, paths: ["email", "baseUrl"] })
  })

  it("without options, the environment gives the credentials; a missing one is a ConfigError naming the variable", async () => {
    await using stax = createStaxClient()
    const error = await rejection(stax.ready())
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).paths).toContain("STAX_EMAIL")
  })

  it("options without credentials are completed from the environment", async () => {
    process.env["STAX_EMAIL"] = "admin@example.com"
    process.env["STAX_API_KEY"] = "envKey000000000000000000"
    await using stax = createStaxClient({ timeout: "5 seconds", baseUrl: "http://127.0.0.1:9" })
    await stax.ready()
    const config = await stax.runtime.runPromise(Sdk.StaxConfig)
    expect(config.baseUrl).toBe("http://127.0.0.1:9")
    expect(config.credentials._tag === "Static" && config.credentials.credentials.email).toBe("admin@example.com")
  })

  it("worker calls without worker credentials reject with a ConfigError; other calls work", async () => {
    await using stax = localClient()
    const error = await rejection(stax.modules.startJob({ jobId: UNKNOWN_ID }))
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).paths).toContain("STAX_MODULE_ID")
    expect(await stax.stacks.list()).toEqual([])
  })
})
