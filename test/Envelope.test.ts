import { assert, describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { keptAsDecoded } from "./support/json.js"
import { Either, Schema } from "effect"
import { Envelope } from "stax-effect"

const Payload = Schema.Struct({ stack: Schema.Struct({ _id: Schema.String, numDocuments: Schema.optional(Schema.Number) }) })
const context = { endpoint: "Stacks.get", payload: Payload, secrets: ["sekret-key-123"], nowMillis: 0 }
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: typeof body === "string" ? body : JSON.stringify(body)
})

describe("Envelope.interpret", () => {
  it("returns the payload of a success", () => {
    const result = Envelope.interpret(answer(200, { success: true, stack: { _id: "a" } }), context)
    assert(Either.isRight(result))
    expect(result.right.stack._id).toBe("a")
  })

  it("maps both auth-failure behaviours to AuthError", () => {
    for (const status of [200, 401, 403]) {
      const result = Envelope.interpret(answer(status, { success: false, authError: true, error: "Invalid autho" }), context)
      assert(Either.isLeft(result))
      expect(result.left._tag).toBe("AuthError")
      expect(result.left.message).toBe("Invalid autho")
    }
  })

  it("maps 401/403 without authError, and non-JSON 401, to AuthError", () => {
    for (const result of [
      Envelope.interpret(answer(401, { success: false, error: "expired" }), context),
      Envelope.interpret(answer(403, "<html>Forbidden</html>"), context)
    ]) {
      assert(Either.isLeft(result))
      expect(result.left._tag).toBe("AuthError")
    }
  })

  it("maps success:false and non-2xx JSON to ApiError with the status", () => {
    for (const [status, body] of [[200, { success: false, error: "nope" }], [404, { success: false, error: "nope" }], [500, { message: "nope" }]] as const) {
      const result = Envelope.interpret(answer(status, body), context)
      assert(Either.isLeft(result) && result.left._tag === "ApiError")
      expect(result.left.status).toBe(status)
      expect(result.left.message).toBe("nope")
    }
  })

  it("keeps the server's Retry-After on an ApiError", () => {
    const result = Envelope.interpret(answer(429, { success: false, error: "slow down" }, { "retry-after": "12" }), context)
    assert(Either.isLeft(result) && result.left._tag === "ApiError")
    expect(result.left.retryAfterSeconds).toBe(12)
  })

  it("maps HTML, truncated and empty bodies to DecodeError with an excerpt", () => {
    for (const body of ["<html><body>502 Bad Gateway</body></html>", `{"success": true, "st`, ""]) {
      const result = Envelope.interpret(answer(502, body), context)
      assert(Either.isLeft(result) && result.left._tag === "DecodeError")
      expect(result.left.excerpt).toBe(body.slice(0, 200))
    }
  })

  it("names the path of a documented field with the wrong type", () => {
    const result = Envelope.interpret(answer(200, { success: true, stack: { _id: "a", numDocuments: "many" } }), context)
    assert(Either.isLeft(result) && result.left._tag === "DecodeError")
    expect(result.left.path).toBe("stack.numDocuments")
  })

  it("scrubs secrets from messages and excerpts", () => {
    const leaked = Envelope.interpret(answer(200, { success: false, error: "bad key sekret-key-123" }), context)
    assert(Either.isLeft(leaked))
    expect(leaked.left.message).toBe("bad key <redacted>")
    const page = Envelope.interpret(answer(502, "<html>sekret-key-123</html>"), context)
    assert(Either.isLeft(page) && page.left._tag === "DecodeError")
    expect(page.left.excerpt).not.toContain("sekret-key-123")
  })

  it("never throws, and a body with success:false is always a failure", () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 599 }), fc.jsonValue(), (status, value) => {
      const result = Envelope.interpret(answer(status, value), context)
      if (typeof value === "object" && value !== null && !Array.isArray(value) && value["success"] === false) {
        expect(Either.isLeft(result)).toBe(true)
      }
      if (status < 200 || status >= 300) expect(Either.isLeft(result)).toBe(true)
    }))
  })

  it("never fails on unknown extra fields, and keeps them", () => {
    const key = fc.string({ minLength: 1 }).filter((k) => !["_id", "numDocuments", "__proto__"].includes(k))
    fc.assert(fc.property(fc.dictionary(key, fc.jsonValue()), (extra) => {
      const result = Envelope.interpret(answer(200, { success: true, stack: { ...extra, _id: "a" } }), context)
      assert(Either.isRight(result))
      // Kept as they came (a nested `__proto__` key stays own data), except that null object properties
      // read as absent, at every depth.
      const stack = result.right.stack as Record<string, unknown>
      for (const [k, v] of Object.entries(extra)) {
        if (v === null) expect(Object.hasOwn(stack, k)).toBe(false)
        else expect(stack[k]).toEqual(keptAsDecoded(v))
      }
    }), { examples: [[{ " ": JSON.parse(`{"__proto__":0,"a":null}`) }]] })
  })

  it("reads null object properties as absent, at every depth, keeping array elements", () => {
    const value = { a: null, b: { c: null, d: 1 }, e: [null, { f: null }] }
    expect(Envelope.dropNullProperties(value)).toEqual({ b: { d: 1 }, e: [null, {}] })
  })

  it("treats arbitrary text bodies as DecodeError or ApiError, never a success", () => {
    fc.assert(fc.property(fc.string(), (body) => {
      const result = Envelope.interpret(answer(200, body), context)
      const parsed = (() => { try { return JSON.parse(body) } catch { return undefined } })()
      if (!(typeof parsed === "object" && parsed !== null && parsed.success === true)) expect(Either.isLeft(result)).toBe(true)
    }))
  })
})
