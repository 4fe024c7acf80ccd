/**
 * The pure modules under hostile input: deep nesting, prototype keys, secrets across the cut,
 * huge bodies, header values fetch cannot send, retry bounds.
 */
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Either, Exit, Redacted, Schema } from "effect"
import fc from "fast-check"
import { Envelope, RetryPolicy, StaxConfig, WorkerConfig } from "stax-effect"
import { validateCredentials } from "../../src/ai/StaxConfig.js"
import { scrubPrefix } from "../../src/core/StaxError.js"
import { fromHttpClientError } from "../../src/core/internal/transport.js"
import { HttpClientError, HttpClientRequest } from "@effect/platform"

const KEY = "sk_live_0123456789abcdefghij"
const Payload = Schema.Struct({ stack: Schema.Struct({ _id: Schema.String }) })
const context = { endpoint: "Stacks.get", payload: Payload, secrets: [KEY], nowMillis: 0 }
const answer = (status: number, body: string): Envelope.Answer => ({ status, headers: {}, body })
const deep = (n: number) => "[".repeat(n) + "]".repeat(n)

describe("Envelope on deep nesting", () => {
  it("refuses a body nesting 100,000 arrays with a DecodeError, at any status", () => {
    for (const status of [200, 404, 500]) {
      const result = Envelope.interpret(answer(status, deep(100_000)), context)
      assert(Either.isLeft(result) && result.left._tag === "DecodeError")
      expect(result.left.message).toContain(`deeper than ${Envelope.maxJsonDepth}`)
    }
  })

  it("refuses deep nesting inside a failure envelope's error", () => {
    const body = `{"success":false,"error":${deep(50_000)}}`
    const result = Envelope.interpret(answer(500, body), context)
    assert(Either.isLeft(result))
    expect(result.left._tag).toBe("DecodeError")
  })

  it("keeps a deeply nested unknown field of a success payload as data, without walking it or throwing", () => {
    const body = `{"success":true,"stack":{"_id":"a","x":${"{\"a\":".repeat(20_000)}1${"}".repeat(20_000)}}}`
    const result = Envelope.interpret(answer(200, body), context)
    assert(Either.isRight(result))
    expect(Object.hasOwn((result.right as { stack: object }).stack, "x")).toBe(true)
  })

  it("refuses deep nesting where the payload schema must look: a DecodeError, never a throw", () => {
    const body = `{"success":true,"stack":{"_id":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`
    const result = Envelope.interpret(answer(200, body), context)
    assert(Either.isLeft(result))
    expect(result.left._tag).toBe("DecodeError")
  })

  it("still reads nesting up to the limit", () => {
    const inner = deep(Envelope.maxJsonDepth - 2)
    const result = Envelope.interpret(answer(200, `{"success":true,"stack":{"_id":"a","x":${inner}}}`), context)
    expect(Either.isRight(result)).toBe(true)
  })

  it("formats a decode failure whose offending value is deep and huge, bounded", () => {
    const body = `{"success":true,"stack":${deep(Envelope.maxJsonDepth - 2)}}`
    const result = Envelope.interpret(answer(200, body), context)
    assert(Either.isLeft(result) && result.left._tag === "DecodeError")
    expect(result.left.path).toBe("stack")
    expect(result.left.message.length).toBeLessThanOrEqual(501)
  })
})

describe("Envelope on prototype keys", () => {
  const hostile = fc.constantFrom("__proto__", "constructor", "prototype")
  it("never lets a key change a decoded object's prototype, at any depth", () => {
    fc.assert(fc.property(hostile, fc.integer({ min: 0, max: 4 }), (key, depth) => {
      let nested = `{"${key}":{"polluted":1}}`
      for (let i = 0; i < depth; i++) nested = `{"child":${nested}}`
      const body = `{"success":true,"stack":{"_id":"a","${key}":{"polluted":1},"x":${nested}}}`
      const result = Envelope.interpret(answer(200, body), { ...context, payload: Schema.Struct({ stack: Schema.Struct({ _id: Schema.String }) }) })
      assert(Either.isRight(result))
      const stack = result.right.stack as Record<string, any>
      expect(Object.getPrototypeOf(stack)).toBe(Object.prototype)
      expect(stack["polluted"]).toBeUndefined()
      let node = stack["x"]
      for (let i = 0; i < depth; i++) node = node["child"]
      expect(Object.getPrototypeOf(node)).toBe(Object.prototype)
      expect(node["polluted"]).toBeUndefined()
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined()
    }))
  })

  it("keeps constructor and prototype as plain own data fields", () => {
    const body = `{"success":true,"stack":{"_id":"a","constructor":{"x":1},"prototype":2}}`
    const result = Envelope.interpret(answer(200, body), context)
    assert(Either.isRight(result))
    const stack = result.right.stack as Record<string, unknown>
    expect(Object.hasOwn(stack, "constructor")).toBe(true)
    expect(stack["prototype"]).toBe(2)
    expect(Object.getPrototypeOf(stack)).toBe(Object.prototype)
  })
})

describe("secrets across the cut", () => {
  it("never leaves a key's first characters in a message, wherever the server puts it", () => {
    fc.assert(fc.property(fc.nat({ max: 1200 }), fc.boolean(), (offset, asObject) => {
      const text = "x".repeat(offset) + KEY + "y".repeat(50)
      const error = asObject ? { detail: text } : text
      const result = Envelope.interpret(answer(400, JSON.stringify({ success: false, error })), context)
      assert(Either.isLeft(result))
      for (let n = 6; n <= KEY.length; n++) expect(result.left.message).not.toContain(KEY.slice(0, n))
    }))
  })

  it("never leaves a key's first characters in an excerpt", () => {
    fc.assert(fc.property(fc.nat({ max: 400 }), (offset) => {
      const result = Envelope.interpret(answer(502, "<html>" + " ".repeat(offset) + KEY + "</html>"), context)
      assert(Either.isLeft(result) && result.left._tag === "DecodeError")
      for (let n = 6; n <= KEY.length; n++) expect(result.left.excerpt).not.toContain(KEY.slice(0, n))
    }))
  })

  it("scrubPrefix scrubs before it cuts, for any cut and any secrets", () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.constant(KEY), fc.constant("abc"), fc.string({ maxLength: 30 })), { maxLength: 20 }),
      fc.nat({ max: 300 }),
      (parts, max) => {
        const out = scrubPrefix(parts.join(""), [KEY, "abc"], max)
        expect(out.replace(/…$/, "").length).toBeLessThanOrEqual(max)
        for (let n = 6; n <= KEY.length; n++) expect(out).not.toContain(KEY.slice(0, n))
      }
    ))
  })

  it("redacts the start of a key that the server's own cut left at the end of a body or a message", () => {
    fc.assert(fc.property(fc.integer({ min: 4, max: KEY.length - 1 }), fc.nat({ max: 300 }), (kept, offset) => {
      const cutBody = `{"success":false,"error":"bad key ${"z".repeat(offset)}${KEY}"}`.slice(0, 35 + offset + kept)
      const page = Envelope.interpret(answer(200, cutBody), context)
      assert(Either.isLeft(page) && page.left._tag === "DecodeError")
      expect(page.left.excerpt).not.toContain(KEY.slice(0, 4))
      const cutMessage = Envelope.interpret(answer(400, JSON.stringify({ success: false, error: `key ${KEY.slice(0, kept)}` })), context)
      assert(Either.isLeft(cutMessage))
      expect(cutMessage.left.message).not.toContain(KEY.slice(0, 4))
    }))
  })

  it("reads only a bounded prefix of a 50 MB body for an excerpt", () => {
    const body = "<html>" + "a".repeat(50 * 1024 * 1024)
    const started = performance.now()
    const result = Envelope.interpret(answer(502, body), context)
    assert(Either.isLeft(result) && result.left._tag === "DecodeError")
    expect(result.left.excerpt.length).toBeLessThanOrEqual(201)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it("bounds a huge failure message to 500 characters", () => {
    const body = JSON.stringify({ success: false, error: "e".repeat(1_000_000) })
    const result = Envelope.interpret(answer(400, body), context)
    assert(Either.isLeft(result))
    expect(result.left.message.length).toBeLessThanOrEqual(501)
  })
})

describe("RetryPolicy bounds", () => {
  it("refuses a maxDelay above 300 seconds, naming the field", () => {
    expect(() => RetryPolicy.default.with({ maxDelay: 1e9 })).toThrow(/maxDelay must be a number of seconds from 0 to 300/)
  })

  it("refuses a backoffFactor above 60 seconds, or not finite, naming the field", () => {
    expect(() => RetryPolicy.default.with({ backoffFactor: 61 })).toThrow(/backoffFactor must be/)
    expect(() => RetryPolicy.default.with({ backoffFactor: Number.POSITIVE_INFINITY })).toThrow(/backoffFactor must be/)
  })

  it("accepts the bounds themselves", () => {
    expect(RetryPolicy.default.with({ maxDelay: 300, backoffFactor: 60 }).maxDelay).toBe(300)
  })
})

describe("credentials that are not HTTP header values", () => {
  const wide = ["k\u0100y", "emoji😀", "中文"]
  it.effect("are a ConfigError naming the option", () =>
    Effect.gen(function*() {
      for (const bad of wide) {
        const key = yield* Effect.exit(StaxConfig.make({ email: "a@b.c", apiKey: Redacted.make(`key${bad}`) }))
        assert(Exit.isFailure(key))
        expect(String(key.cause)).toMatch(/apiKey.*Latin-1/)
        expect(String(key.cause)).not.toContain(bad)
        const email = yield* Effect.exit(StaxConfig.make({ email: `a${bad}@b.c`, apiKey: "key" }))
        assert(Exit.isFailure(email))
        expect(String(email.cause)).toMatch(/email.*Latin-1/)
      }
    }))

  it.effect("are a ConfigError naming the environment variable", () =>
    Effect.gen(function*() {
      const provider = ConfigProvider.fromMap(new Map([["STAX_EMAIL", "a@b.c"], ["STAX_API_KEY", "k\u0100y"]]))
      const error = yield* Effect.flip(Effect.withConfigProvider(StaxConfig.fromEnv, provider))
      expect(String(error)).toContain("STAX_API_KEY")
    }))

  it("are refused when a credentials provider returns them", () => {
    const result = validateCredentials({ email: "a@b.c", apiKey: Redacted.make("k\u0100y") })
    assert(Either.isLeft(result))
    expect(result.left).toMatch(/apiKey.*Latin-1/)
  })

  it.effect("are refused for worker credentials", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(WorkerConfig.make({ moduleId: "m", moduleKey: "k\u20acy", teamId: "t" }))
      assert(Exit.isFailure(exit))
      expect(String(exit.cause)).toMatch(/moduleKey.*Latin-1/)
    }))

  it.effect("still accept Latin-1 and ASCII", () =>
    Effect.gen(function*() {
      const config = yield* StaxConfig.make({ email: "jos\u00e9@b.c", apiKey: "k\u00ffy" })
      expect(config.credentials._tag).toBe("Static")
    }))
})

describe("transport errors", () => {
  const request = HttpClientRequest.get("https://api.stax.ai/stack/get")
  it("maps fetch refusing to build the request to Encode, not sent", () => {
    const cause = new TypeError("Cannot convert argument to a ByteString because the character at index 8 has a value of 256")
    const error = fromHttpClientError("Stacks.get", new HttpClientError.RequestError({ request, reason: "Transport", cause }), [])
    expect(error.reason).toBe("Encode")
    expect(error.maybeSent).toBe(false)
  })

  it("still maps a broken connection to Connection, maybe sent", () => {
    const cause = new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) })
    const error = fromHttpClientError("Stacks.get", new HttpClientError.RequestError({ request, reason: "Transport", cause }), [])
    expect(error.reason).toBe("Connection")
    expect(error.maybeSent).toBe(true)
  })

  it("bounds and scrubs a huge transport message", () => {
    const cause = new TypeError("fetch failed", { cause: new Error("x".repeat(495) + KEY + "z".repeat(1e6)) })
    const error = fromHttpClientError("Stacks.get", new HttpClientError.RequestError({ request, reason: "Transport", cause }), [KEY])
    expect(error.message.length).toBeLessThanOrEqual(501)
    expect(error.message).not.toContain(KEY.slice(0, 6))
  })
})

function assert(condition: boolean): asserts condition {
  expect(condition).toBe(true)
}
