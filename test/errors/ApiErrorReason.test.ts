/**
 * `ApiError.reason` and `ApiError.requestId` through the public API, against both stand-ins: a missing
 * thing is `reason: "NotFound"` whichever way the API says it (Stax.ai's HTTP 200 `success: false`
 * "... not found", its 404, Stax cloud's 404), other refusals have no reason, and Stax cloud's
 * `x-amzn-requestid` is kept on the error, which still serialises.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Either, Layer, Schema } from "effect"
import { ApiError, StaxError, Stacks, StaxClient } from "stax-effect"
import { Accounts, StaxCloud } from "stax-effect/cloud"
import { Fault, StaxCloudLocal, StaxLocal } from "stax-effect/testing"

const ai = () => Stacks.layer.pipe(Layer.provideMerge(StaxClient.layer), Layer.provideMerge(StaxLocal.layer({})))
const cloud = () => StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer()))

const MISSING_STACK = "0123456789abcdef01234567"
const MISSING_ACCOUNT = "00000000-0000-4000-8000-00000000dead"

describe("ApiError.reason: NotFound", () => {
  it.effect("Stax.ai: a missing stack on HTTP 200 (success: false) and on 404 is reason NotFound", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const on200 = yield* Effect.flip(Stacks.get({ stackId: MISSING_STACK }))
      assert(on200._tag === "ApiError")
      expect(on200.status).toBe(200)
      expect(on200.reason).toBe("NotFound")
      local.settings.failureStatus = "http"
      const on404 = yield* Effect.flip(Stacks.get({ stackId: MISSING_STACK }))
      assert(on404._tag === "ApiError")
      expect(on404.status).toBe(404)
      expect(on404.reason).toBe("NotFound")
    }).pipe(Effect.provide(ai())))

  it.effect("Stax.ai: a refusal that is not a missing thing has no reason, and no request id (none documented)", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.faults.add(Fault.status("GET /stack/get", 400))
      const error = yield* Effect.flip(Stacks.get({ stackId: MISSING_STACK }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(400)
      expect(error.reason).toBeUndefined()
      expect(error.requestId).toBeUndefined()
    }).pipe(Effect.provide(ai())))

  it.effect("Stax cloud: an unknown account (404) is reason NotFound with the answer's x-amzn-requestid", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts({ accountId: MISSING_ACCOUNT }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
      expect(error.reason).toBe("NotFound")
      const sent = local.requests.at(-1)
      expect(sent?.requestId).toMatch(/^[0-9a-f-]{36}$/)
      expect(error.requestId).toBe(sent?.requestId)
    }).pipe(Effect.provide(cloud())))

  it.effect("Stax cloud: every ApiError carries its request id; a 400 has no reason", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      local.faults.add(Fault.status("GET /20190206/accounts", 400))
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "ApiError")
      expect(error.status).toBe(400)
      expect(error.reason).toBeUndefined()
      expect(error.requestId).toBe(local.requests.at(-1)?.requestId)
      expect(error.requestId).toBeDefined()
    }).pipe(Effect.provide(cloud())))

  it("reason and requestId survive encoding to JSON and back", () => {
    const error = new ApiError({
      endpoint: "Accounts.readAccounts",
      status: 404,
      message: "Account not found",
      reason: "NotFound",
      requestId: "00000000-0000-4000-8000-000000000007"
    })
    const json = JSON.parse(JSON.stringify(Schema.encodeSync(StaxError)(error)))
    expect(json).toMatchObject({ _tag: "ApiError", reason: "NotFound", requestId: "00000000-0000-4000-8000-000000000007" })
    const back = Schema.decodeUnknownEither(StaxError)(json)
    assert(Either.isRight(back))
    expect(back.right).toEqual(error)
    expect(Either.isLeft(Schema.decodeUnknownEither(StaxError)({ ...json, reason: "Gone" }))).toBe(true)
  })
})
