import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { Option } from "effect"
import { RetryPolicy } from "stax-effect"
import { baseDelay, isRetryable, parseRetryAfter } from "../src/core/RetryPolicy.js"

const status = (code: number, retryAfter?: string) => ({ _tag: "Status", status: code, retryAfter }) as const

describe("RetryPolicy.default", () => {
  const policy = RetryPolicy.default

  it("retries GET on 429, 500, 502, 503 and 504, and not on 400/401/404", () => {
    for (const code of [429, 500, 502, 503, 504]) expect(isRetryable(policy, "GET", status(code))).toBe(true)
    for (const code of [400, 401, 403, 404, 409]) expect(isRetryable(policy, "GET", status(code))).toBe(false)
  })

  it("retries POST only when the server did not act (429, 503) or the request never left", () => {
    expect(isRetryable(policy, "POST", status(429))).toBe(true)
    expect(isRetryable(policy, "POST", status(503))).toBe(true)
    for (const code of [500, 502, 504]) expect(isRetryable(policy, "POST", status(code))).toBe(false)
    expect(isRetryable(policy, "POST", { _tag: "Transport", maybeSent: false })).toBe(true)
    expect(isRetryable(policy, "POST", { _tag: "Transport", maybeSent: true })).toBe(false)
    expect(isRetryable(policy, "GET", { _tag: "Transport", maybeSent: true })).toBe(true)
  })

  it("backs off 0.5 s then 1 s, capped at maxDelay", () => {
    expect(baseDelay(policy, 1, Option.none()).seconds).toBe(0.5)
    expect(baseDelay(policy, 2, Option.none()).seconds).toBe(1)
    expect(baseDelay(policy, 10, Option.none()).seconds).toBe(20)
  })

  it("prefers Retry-After to the backoff, capped at maxDelay", () => {
    expect(baseDelay(policy, 1, Option.some(7))).toEqual({ seconds: 7, fromServer: true })
    expect(baseDelay(policy, 1, Option.some(600)).seconds).toBe(20)
    expect(baseDelay(policy.with({ respectRetryAfter: false }), 1, Option.some(7)).fromServer).toBe(false)
  })
})

describe("RetryPolicy.staxapp", () => {
  it("reproduces staxapp's code defaults exactly", () => {
    const p = RetryPolicy.staxapp
    expect(p.maxAttempts).toBe(6) // max_attempts=5 retries after the first try
    expect([...p.statusCodes]).toEqual([429, 500, 502, 504])
    expect([...p.methods]).toEqual(["GET", "PUT", "DELETE", "OPTIONS"])
    expect(isRetryable(p, "POST", status(429))).toBe(false)
    expect([1, 2, 3, 4, 5].map((n) => baseDelay(p, n, Option.none()).seconds)).toEqual([0, 2, 4, 8, 16])
  })
})

describe("RetryPolicy.with", () => {
  it("validates the changed fields, naming the bad one", () => {
    expect(() => RetryPolicy.default.with({ maxAttempts: 0 })).toThrow(/maxAttempts/)
    expect(() => RetryPolicy.default.with({ jitter: 2 })).toThrow(/jitter/)
    expect(() => RetryPolicy.default.with({ statusCodes: [42] })).toThrow(/statusCodes/)
    expect(RetryPolicy.default.with({ maxAttempts: 5 }).maxAttempts).toBe(5)
  })
})

describe("RetryPolicy.withoutStatus", () => {
  it("stops retrying the given statuses for every method, and nothing else", () => {
    const p = RetryPolicy.default.withoutStatus(429)
    expect(isRetryable(p, "POST", status(429))).toBe(false)
    expect(isRetryable(p, "GET", status(429))).toBe(false)
    expect(isRetryable(p, "POST", status(503))).toBe(true)
    expect(isRetryable(p, "GET", status(500))).toBe(true)
  })
})

describe("parseRetryAfter", () => {
  it("reads delay-seconds", () => {
    fc.assert(fc.property(fc.nat({ max: 10_000_000 }), (n) => {
      expect(parseRetryAfter(String(n), 0)).toEqual(Option.some(n))
    }))
  })

  it("reads HTTP dates relative to now, never negative", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_000_000_000 }), fc.integer({ min: -100_000, max: 100_000 }), (nowS, aheadS) => {
      const now = nowS * 1000
      const at = new Date(now + aheadS * 1000).toUTCString()
      expect(parseRetryAfter(at, now)).toEqual(Option.some(Math.max(0, aheadS)))
    }))
  })

  it("ignores absent and unreadable values", () => {
    for (const value of [undefined, "", "soon", "-5", "1e3", "0x10"]) expect(parseRetryAfter(value, 0)).toEqual(Option.none())
  })
})
