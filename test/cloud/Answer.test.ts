import { assert, describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import fc from "fast-check"
import { failureMessage, interpret } from "../../src/cloud/Answer.js"
import { ReadAccountsOutput } from "../../src/cloud/schema/Account.js"
import { keptAsDecoded } from "../support/json.js"

const SECRET = "IQoJb3JpZ2luX2VjSESSIONTOKEN"
const context = { endpoint: "Accounts.readAccounts", payload: ReadAccountsOutput, secrets: [SECRET], nowMillis: 0 }
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers,
  body: typeof body === "string" ? body : JSON.stringify(body)
})
const account = {
  Id: "4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10",
  OrganisationId: "ec5eaa8f-da06-4935-b5ce-05bd957c8bdc",
  Name: "bakery-prod",
  AwsAccountId: "123456789012",
  Status: "ACTIVE",
  CreatedTS: "2024-03-11T01:05:45.000Z"
}

describe("cloud Answer.interpret", () => {
  it("decodes a 2xx payload, dates as Date", () => {
    const result = interpret(answer(200, { Accounts: [account] }), context)
    assert(Either.isRight(result))
    expect(result.right.Accounts[0]?.Name).toBe("bakery-prod")
    expect(result.right.Accounts[0]?.CreatedTS).toEqual(new Date("2024-03-11T01:05:45.000Z"))
  })

  it("keeps an unknown enum value and unknown fields", () => {
    const result = interpret(answer(200, { Accounts: [{ ...account, Status: "ARCHIVED", Region: "ap-southeast-2" }] }), context)
    assert(Either.isRight(result))
    const first = result.right.Accounts[0] as Record<string, unknown>
    expect(first["Status"]).toBe("ARCHIVED")
    expect(first["Region"]).toBe("ap-southeast-2")
  })

  it("reads null Paging offsets as absent", () => {
    const result = interpret(answer(200, { Accounts: [], Paging: { Total: 0, NextOffset: null, PrevOffset: null } }), context)
    assert(Either.isRight(result))
    expect(result.right.Paging).toEqual({ Total: 0 })
  })

  it("names the path of a documented field with the wrong type", () => {
    const result = interpret(answer(200, { Accounts: [{ ...account, LatestCost: "a lot" }] }), context)
    assert(Either.isLeft(result) && result.left._tag === "DecodeError")
    expect(result.left.path).toBe("Accounts.0.LatestCost")
  })

  it("maps API Gateway's 403 {message} to AuthError with the message", () => {
    const result = interpret(answer(403, { message: "Signature expired: 20261124T132400Z is now earlier than ..." }), context)
    assert(Either.isLeft(result) && result.left._tag === "AuthError")
    expect(result.left.status).toBe(403)
    expect(result.left.message).toMatch(/^Signature expired/)
  })

  it("maps 401 and a non-JSON 403 to AuthError", () => {
    for (const [status, body] of [[401, { Error: "Unauthorized" }], [403, "<html>Forbidden</html>"]] as const) {
      const result = interpret(answer(status, body), context)
      assert(Either.isLeft(result))
      expect(result.left._tag).toBe("AuthError")
    }
  })

  it("maps the API's {Error, Cause} to ApiError with both", () => {
    const result = interpret(answer(400, { Error: "Invalid parameter", Cause: "limit must be a positive integer" }), context)
    assert(Either.isLeft(result) && result.left._tag === "ApiError")
    expect(result.left.status).toBe(400)
    expect(result.left.message).toBe("Invalid parameter: limit must be a positive integer")
  })

  it("maps API Gateway's 429 {message} to ApiError with its Retry-After", () => {
    const result = interpret(answer(429, { message: "Too Many Requests" }, { "retry-after": "3" }), context)
    assert(Either.isLeft(result) && result.left._tag === "ApiError")
    expect(result.left.message).toBe("Too Many Requests")
    expect(result.left.retryAfterSeconds).toBe(3)
  })

  it("maps HTML, truncated and empty bodies to DecodeError with an excerpt", () => {
    for (const [status, body] of [[502, "<html><body>502 Bad Gateway</body></html>"], [200, `{"Accounts": [`], [200, ""]] as const) {
      const result = interpret(answer(status, body), context)
      assert(Either.isLeft(result) && result.left._tag === "DecodeError")
      expect(result.left.excerpt).toBe(body)
    }
  })

  it("scrubs secrets from messages and excerpts", () => {
    const refused = interpret(answer(403, { message: `bad token ${SECRET}` }), context)
    assert(Either.isLeft(refused))
    expect(refused.left.message).toBe("bad token <redacted>")
    const page = interpret(answer(502, `<html>${SECRET}</html>`), context)
    assert(Either.isLeft(page) && page.left._tag === "DecodeError")
    expect(page.left.excerpt).not.toContain(SECRET)
  })

  it("never throws; a non-2xx is always a failure, and 401/403 always an AuthError", () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 599 }), fc.jsonValue(), (status, value) => {
      const result = interpret(answer(status, value), context)
      if (status < 200 || status >= 300) expect(Either.isLeft(result)).toBe(true)
      if (status === 401 || status === 403) expect(Either.isLeft(result) && result.left._tag === "AuthError").toBe(true)
    }))
  })

  it("never lets a secret through, whatever the body", () => {
    fc.assert(fc.property(fc.integer({ min: 200, max: 599 }), fc.string(), fc.string(), fc.integer({ min: 0, max: 2 }), (status, before, after, shape) => {
      const body = [
        `${before}${SECRET}${after}`,
        JSON.stringify({ message: `${before}${SECRET}${after}` }),
        JSON.stringify({ Error: before, Cause: `${SECRET}${after}` })
      ][shape]!
      const result = interpret(answer(status, body), context)
      if (Either.isLeft(result)) expect(JSON.stringify(result.left)).not.toContain(SECRET)
    }), { numRuns: 200 })
  })

  it("never fails on unknown extra fields of an account, and keeps them", () => {
    const known = new Set([...Object.keys(ReadAccountsOutput.fields.Accounts.value.fields), "__proto__"])
    const key = fc.string({ minLength: 1 }).filter((k) => !known.has(k))
    fc.assert(fc.property(fc.dictionary(key, fc.jsonValue()), (extra) => {
      const result = interpret(answer(200, { Accounts: [{ ...extra, ...account }] }), context)
      assert(Either.isRight(result))
      // Kept as they came (a nested `__proto__` key stays own data), null object properties read as absent.
      const first = result.right.Accounts[0] as Record<string, unknown>
      for (const [k, v] of Object.entries(extra)) {
        if (v === null) expect(Object.hasOwn(first, k)).toBe(false)
        else expect(first[k]).toEqual(keptAsDecoded(v))
      }
    }), { examples: [[{ " ": JSON.parse(`{"__proto__":{},"a":null}`) }]] })
  })

  it("keeps any string as Status, Origin, AccountRole and AssuranceState", () => {
    fc.assert(fc.property(fc.string(), (value) => {
      const body = { Accounts: [{ ...account, Status: value, Origin: value, AccountRole: value, AssuranceState: value }] }
      const result = interpret(answer(200, body), context)
      assert(Either.isRight(result))
      expect(result.right.Accounts[0]?.Status).toBe(value)
      expect(result.right.Accounts[0]?.Origin).toBe(value)
    }))
  })

  it("reads the message from Error, Cause or message, whichever the body has", () => {
    expect(failureMessage({ Error: "Not found" })).toBe("Not found")
    expect(failureMessage({ Cause: "no such task" })).toBe("no such task")
    expect(failureMessage({ message: "Forbidden" })).toBe("Forbidden")
    expect(failureMessage({ Error: "" })).toBeUndefined()
    expect(failureMessage(["Error"])).toBeUndefined()
  })
})

describe("cloud Answer.interpret: StaxEvent failure bodies (#17)", () => {
  const event = (message: unknown, extra: Record<string, unknown> = {}) => ({
    DetailType: "Group already exists",
    Detail: { Message: message, Operation: "teams:CreateGroup", OperationStatus: "FAILED", Severity: "ERROR", ...extra }
  })

  it("reads a StaxEvent with a string Message into ApiError: the event, its message, the operation and status", () => {
    const result = interpret(answer(409, event("A group with the same name already exists")), context)
    assert(Either.isLeft(result) && result.left._tag === "ApiError")
    expect(result.left.status).toBe(409)
    expect(result.left.message).toBe(
      "Group already exists: A group with the same name already exists (teams:CreateGroup FAILED)"
    )
  })

  it("reads a StaxEvent whose Message is an object: the event and its task", () => {
    const taskId = "0b7d2a3c-1f4e-4d5a-9c6b-7e8f9a0b1c2d"
    const result = interpret(answer(400, event({ TaskId: taskId, TraceId: "1-abc" })), context)
    assert(Either.isLeft(result) && result.left._tag === "ApiError")
    expect(result.left.message).toBe(`Group already exists (teams:CreateGroup FAILED, task ${taskId})`)
  })

  it("reads a StaxEvent without Detail, and keeps {Error, Cause} first when a body has both", () => {
    expect(failureMessage({ DetailType: "Workload is protected" })).toBe("Workload is protected")
    expect(failureMessage({ Error: "Not found", DetailType: "ignored" })).toBe("Not found")
    expect(failureMessage({ DetailType: 7, Detail: { Message: "only the message" } })).toBe("only the message")
  })

  it("scrubs a secret out of a StaxEvent message", () => {
    const result = interpret(answer(400, event(`token ${SECRET} refused`)), context)
    assert(Either.isLeft(result) && result.left._tag === "ApiError")
    expect(result.left.message).toContain("<redacted>")
    expect(JSON.stringify(result.left)).not.toContain(SECRET)
  })

  it("never throws on any StaxEvent-shaped body", () => {
    fc.assert(fc.property(fc.integer({ min: 400, max: 599 }), fc.jsonValue(), fc.jsonValue(), (status, type, detail) => {
      const result = interpret(answer(status, { DetailType: type, Detail: detail }), context)
      expect(Either.isLeft(result)).toBe(true)
    }), { numRuns: 300 })
  })
})

describe("cloud Answer.interpret: statuses an operation accepts (#17: CheckAlias answers 409 with its normal body)", () => {
  const CheckAlias = Schema.Struct({ Alias: Schema.Struct({ Status: Schema.String }) })
  const taken = { Alias: { Status: "The company alias provided is already in use by another customer and cannot be used" } }
  const checkAlias = { endpoint: "Public.checkAlias", payload: CheckAlias, secrets: [], nowMillis: 0, acceptStatuses: [409] }

  it("decodes an accepted 409 as the answer", () => {
    const result = interpret(answer(409, taken), checkAlias)
    assert(Either.isRight(result))
    expect(result.right).toEqual(taken)
  })

  it("a 409 that does not decode is a DecodeError with its status; other statuses are failures as before", () => {
    const bad = interpret(answer(409, { Error: "Conflict" }), checkAlias)
    assert(Either.isLeft(bad) && bad.left._tag === "DecodeError")
    expect(bad.left.status).toBe(409)
    const other = interpret(answer(404, { Error: "Not found" }), checkAlias)
    assert(Either.isLeft(other) && other.left._tag === "ApiError")
    const unaccepted = interpret(answer(409, taken), { ...checkAlias, acceptStatuses: [] })
    assert(Either.isLeft(unaccepted) && unaccepted.left._tag === "ApiError")
  })
})
