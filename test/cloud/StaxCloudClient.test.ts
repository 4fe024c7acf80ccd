/**
 * The Stax cloud client through its public API, against the in-memory stand-in: the real SRP → identity
 * pool → SigV4 path, with `TestClock` for every wait and every expiry (nothing sleeps).
 */
import { HttpClient, HttpClientRequest, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Fiber, Layer, Logger, LogLevel, Schema, TestClock } from "effect"
import { inspect } from "node:util"
import { renderings } from "../support/renderings.js"
import { keepingTracer } from "../support/tracing.js"
import {
  Accounts,
  AuthRetryPolicy,
  RetryPolicy,
  StaxCloud,
  StaxCloudClient,
  type ReadAccountsInput,
  type StaxCloudConfig
} from "stax-effect/cloud"
import { type CloudRequestRecord, Fault, StaxCloudLocal, type StaxCloudLocalOptions, Transport } from "stax-effect/testing"
import * as Operation from "../../src/core/Operation.js"

const ACCOUNTS = "GET /20190206/accounts"

/** The client over the in-memory stand-in, with the stand-in's state in context too. */
const standIn = (options: StaxCloudLocalOptions = {}) => StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer(options)))

type Services = Accounts | StaxCloudClient | StaxCloudLocal | StaxCloudConfig

const withStandIn = (options: StaxCloudLocalOptions = {}) => <A, E>(effect: Effect.Effect<A, E, Services>) =>
  Effect.provide(effect, standIn(options))

/** The stand-in's API requests (not public/config, not Cognito) for a route. */
const apiRequests = (local: { readonly requests: ReadonlyArray<CloudRequestRecord> }, route = ACCOUNTS) =>
  local.requests.filter((r) => r.route === route)

/**
 * A test-only POST on the insights path (the stand-in serves no POST there; its fault plan answers before
 * routing, and its SigV4 check runs before its 403 for an unknown method).
 */
const createThing = Operation.make({
  name: "Test.createThing",
  method: "POST",
  path: "/insights",
  input: Schema.Struct({ Name: Schema.String }),
  output: Schema.Unknown
})

/**
 * Lets forked fibers run until they block on the TestClock: a few turns of the event loop (the stand-in
 * reads request bodies through real promises), no virtual time passes.
 */
const settle = Effect.yieldNow().pipe(
  Effect.zipRight(Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))),
  Effect.repeatN(30)
)

describe("Accounts.readAccounts", () => {
  it.effect("returns the stand-in's active accounts with their Tags", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const { Accounts: active } = yield* Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
      const expected = local.accounts.list().filter((a) => a["Status"] === "ACTIVE")
      expect(expected.length).toBeGreaterThan(0)
      expect(active.map((a) => a.Id)).toEqual(expected.map((a) => a["Id"]))
      expect(active.every((a) => a.Status === "ACTIVE")).toBe(true)
      expect(active.every((a) => a.Tags !== undefined)).toBe(true)
      expect(active.map((a) => a.Tags)).toEqual(expected.map((a) => a["Tags"]))
    }).pipe(withStandIn()))

  it.effect("returns no Tags without includeTags", () =>
    Effect.gen(function*() {
      const { Accounts: active } = yield* Accounts.readAccounts({ filter: "ACTIVE" })
      expect(active.length).toBeGreaterThan(0)
      expect(active.every((a) => a.Tags === undefined)).toBe(true)
    }).pipe(withStandIn()))

  it.effect("pages with offset and limit, with Paging", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const all = local.accounts.list()
      const page = yield* Accounts.readAccounts({ offset: 2, limit: 3 })
      expect(page.Accounts.map((a) => a.Id)).toEqual(all.slice(2, 5).map((a) => a["Id"]))
      assert(page.Paging !== undefined)
      expect(page.Paging.Total).toBe(all.length)
      expect(page.Paging.NextOffset).toBe(5)
      expect(page.Paging.PrevOffset).toBe(0)
      const unpaged = yield* Accounts.readAccounts()
      expect(unpaged.Paging).toBeUndefined()
    }).pipe(withStandIn()))

  it.effect("reads one account by accountId, URL-encoded in the path", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const id = local.accounts.list()[3]?.["Id"]
      assert(typeof id === "string")
      const one = yield* Accounts.readAccounts({ accountId: id })
      expect(one.Accounts.map((a) => a.Id)).toEqual([id])
      expect(local.requests.at(-1)?.route).toBe(`GET /20190206/accounts/${id}`)
    }).pipe(withStandIn()))

  it.effect("encodes an account id that needs it, so it stays one path segment", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts({ accountId: "a/b c" }))
      expect(local.requests.at(-1)?.route).toBe("GET /20190206/accounts/a%2Fb%20c")
      expect(local.requests.at(-1)?.signed).toBe(true)
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
    }).pipe(withStandIn()))

  it.effect("an unknown account id is an ApiError 404 with the API's Error and Cause", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Accounts.readAccounts({ accountId: "00000000-0000-4000-8000-00000000dead" }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
      expect(error.endpoint).toBe("Accounts.readAccounts")
      expect(error.message).toBe("Account not found: No account with Id 00000000-0000-4000-8000-00000000dead")
    }).pipe(withStandIn()))

  it.effect("an unknown status is an InputError naming filter, and nothing is sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts({ filter: "ACTIV" as "ACTIVE" }))
      assert(error._tag === "InputError")
      expect(error.field).toBe("filter")
      expect(error.message).toContain("ACTIVE")
      expect(local.requests).toEqual([])
    }).pipe(withStandIn()))

  it.effect("an unknown field is an InputError naming it, and nothing is sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const input = { filter: "ACTIVE", include_tags: true } as unknown as ReadAccountsInput
      const error = yield* Effect.flip(Accounts.readAccounts(input))
      assert(error._tag === "InputError")
      expect(error.field).toBe("include_tags")
      expect(local.requests).toEqual([])
    }).pipe(withStandIn()))

  it.effect("sends a snake_case query with true and false", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      yield* Accounts.readAccounts({ filter: ["ACTIVE", "SUSPENDED"], includeTags: true, sortOrder: "ASC", nameFilter: "dev" })
      yield* Accounts.readAccounts({ includeTags: false, awsAccountIdFilter: "123456789012" })
      const [first, second] = apiRequests(local)
      expect(first?.query).toEqual({ filter: "ACTIVE,SUSPENDED", include_tags: "true", sort_order: "ASC", name_filter: "dev" })
      expect(second?.query).toEqual({ include_tags: "false", aws_account_id_filter: "123456789012" })
      expect(first?.signed).toBe(true)
    }).pipe(withStandIn()))
})

/** Logins so far, and the issued credentials' expiry of the current login. */
const logins = Effect.map(StaxCloudLocal, (local) => local.cognito.counters().logins)

/** A call made at `at` (epoch millis of the TestClock). */
const callAt = (at: number) =>
  TestClock.setTime(at).pipe(Effect.zipRight(Accounts.readAccounts({ filter: "ACTIVE" })))

/** The expiry the stand-in gave the credentials the client is using now. */
const currentExpiration = Effect.gen(function*() {
  const client = yield* StaxCloudClient
  const local = yield* StaxCloudLocal
  const { accessKeyId } = yield* client.auth.credentials
  const issued = local.cognito.credentials(accessKeyId)
  assert(issued !== undefined)
  return issued.expiration
})

// A start time that is not a whole second: the stand-in sends Expiration in whole epoch seconds (as the
// identity pool does), so the credentials expire up to 1 s before start + TTL, and the boundary the
// client implements (`expiration − threshold > now` reuses) is computed from what was sent.
const START = Date.UTC(2026, 10, 24, 12, 0, 0, 500)
const TTL = Duration.minutes(10)

describe("credentials renewal", () => {
  it.effect("calls at 0 and 8:59 use one login; Expiration is truncated to whole seconds", () =>
    Effect.gen(function*() {
      yield* callAt(START)
      const expiration = yield* currentExpiration
      expect(expiration).toBe(Math.floor((START + Duration.toMillis(TTL)) / 1000) * 1000)
      expect(expiration).toBe(START + Duration.toMillis(TTL) - 500)
      yield* callAt(START + Duration.toMillis(Duration.sum(Duration.minutes(8), Duration.seconds(59))) - 500)
      expect(yield* logins).toBe(1)
    }).pipe(withStandIn({ credentialsTtl: TTL })))

  it.effect("a call 1 ms before expiration − 60 s reuses the credentials", () =>
    Effect.gen(function*() {
      yield* callAt(START)
      const expiration = yield* currentExpiration
      yield* callAt(expiration - 60_000 - 1)
      expect(yield* logins).toBe(1)
    }).pipe(withStandIn({ credentialsTtl: TTL })))

  it.effect("a call at exactly expiration − 60 s logs in again", () =>
    Effect.gen(function*() {
      yield* callAt(START)
      const expiration = yield* currentExpiration
      yield* callAt(expiration - 60_000)
      expect(yield* logins).toBe(2)
      expect(yield* currentExpiration).toBeGreaterThan(expiration)
    }).pipe(withStandIn({ credentialsTtl: TTL })))

  it.effect("a larger authRetry.tokenExpiryThreshold renews earlier (at expiration − 5 min, not 1 ms before)", () =>
    Effect.gen(function*() {
      yield* callAt(START)
      const expiration = yield* currentExpiration
      yield* callAt(expiration - 300_000 - 1)
      expect(yield* logins).toBe(1)
      yield* callAt(expiration - 300_000)
      expect(yield* logins).toBe(2)
    }).pipe(withStandIn({
      credentialsTtl: TTL,
      client: { authRetry: AuthRetryPolicy.staxapp.with({ tokenExpiryThreshold: 300 }) }
    })))

  it.effect("50 concurrent calls on a cold client share one login", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const results = yield* Effect.all(Array.from({ length: 50 }, () => Accounts.readAccounts()), { concurrency: "unbounded" })
      expect(results).toHaveLength(50)
      const counters = local.cognito.counters()
      expect(counters.initiateAuth).toBe(1)
      expect(counters.respondToAuthChallenge).toBe(1)
      expect(counters.getId).toBe(1)
      expect(counters.getCredentialsForIdentity).toBe(1)
      expect(apiRequests(local, "GET /20190206/public/config")).toHaveLength(1)
      expect(apiRequests(local).every((r) => r.signed === true)).toBe(true)
    }).pipe(withStandIn()))

  it.effect("credentials that expired between calls are renewed and the call succeeds", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      yield* callAt(START)
      const expiration = yield* currentExpiration
      yield* TestClock.setTime(expiration + 60_000)
      const { Accounts: active } = yield* Accounts.readAccounts({ filter: "ACTIVE" })
      expect(active.length).toBeGreaterThan(0)
      expect(yield* logins).toBe(2)
      expect(apiRequests(local).map((r) => r.status)).toEqual([200, 200])
    }).pipe(withStandIn({ credentialsTtl: TTL })))

  it.effect("a request that reaches the API after its credentials expired gets 403; the client renews once and succeeds", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      yield* callAt(START)
      const expiration = yield* currentExpiration
      // Signed 1 s before expiry (threshold 0: still fresh to the client), delivered 5 s later.
      yield* TestClock.setTime(expiration - 1_000)
      local.faults.add(Fault.delay(ACCOUNTS, "5 seconds"))
      const fiber = yield* Effect.fork(Accounts.readAccounts({ filter: "ACTIVE" }))
      yield* settle
      yield* TestClock.adjust("5 seconds")
      const { Accounts: active } = yield* Fiber.join(fiber)
      expect(active.length).toBeGreaterThan(0)
      expect(apiRequests(local).map((r) => r.status)).toEqual([200, 403, 200])
      expect(yield* logins).toBe(2)
    }).pipe(withStandIn({
      credentialsTtl: TTL,
      client: { authRetry: AuthRetryPolicy.staxapp.with({ tokenExpiryThreshold: 0 }) }
    })))

  it.effect("an API that keeps answering 403 is tried twice, with one renewal, then fails with AuthError", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.status).toBe(403)
      expect(apiRequests(local)).toHaveLength(2)
      expect(yield* logins).toBe(2)
    }).pipe(withStandIn({ faults: [Fault.status(ACCOUNTS, 403, { times: 10 })] })))
})

describe("login failures", () => {
  it.effect("4 unverified-token answers with authRetry.maxAttempts 5: the login succeeds", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const { Accounts: all } = yield* Accounts.readAccounts()
      expect(all.length).toBeGreaterThan(0)
      const counters = local.cognito.counters()
      expect(counters.getId).toBe(5)
      expect(counters.getCredentialsForIdentity).toBe(1)
      expect(counters.logins).toBe(1)
    }).pipe(withStandIn({
      unverifiedTokenFailures: 4,
      client: { authRetry: AuthRetryPolicy.staxapp.with({ maxAttempts: 5 }) }
    })))

  it.effect("5 unverified-token answers with authRetry.maxAttempts 5: AuthError IdentityPool after 5 tries", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.reason).toBe("IdentityPool")
      expect(error.message).toContain("5 attempts")
      const counters = local.cognito.counters()
      expect(counters.getId).toBe(5)
      expect(counters.getCredentialsForIdentity).toBe(0)
      expect(counters.initiateAuth).toBe(1)
      expect(apiRequests(local)).toEqual([])
    }).pipe(withStandIn({
      unverifiedTokenFailures: 5,
      client: { authRetry: AuthRetryPolicy.staxapp.with({ maxAttempts: 5 }) }
    })))

  it.effect("an unknown access key: AuthError UnknownAccessKey telling to check STAX_ACCESS_KEY, one try", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.reason).toBe("UnknownAccessKey")
      expect(error.message).toContain("STAX_ACCESS_KEY")
      expect(error.message).toContain("STAX_REGION")
      expect(local.cognito.counters().initiateAuth).toBe(1)
      expect(apiRequests(local)).toEqual([])
    }).pipe(withStandIn({ clientCredentials: { accessKey: "no-such-access-key" } })))

  it.effect("a wrong secret key: AuthError WrongSecretKey telling to check STAX_SECRET_KEY, one try", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.reason).toBe("WrongSecretKey")
      expect(error.message).toContain("STAX_SECRET_KEY")
      expect(local.cognito.counters().respondToAuthChallenge).toBe(1)
    }).pipe(withStandIn({ clientCredentials: { secretKey: "not-the-secret-key" } })))

  it.effect("a user that needs a new password: AuthError NewPasswordRequired telling to create a new API token", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.reason).toBe("NewPasswordRequired")
      expect(error.message).toContain("new API token")
    }).pipe(withStandIn({ users: [{ accessKey: "ak-new-password", secretKey: "sk-new-password", needsNewPassword: true }] })))

  it.effect("a user pool that refuses connections: TransportError that was not sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "TransportError")
      expect(error.maybeSent).toBe(false)
      expect(error.reason).toBe("Connect")
      expect(error.endpoint).toContain("InitiateAuth")
      expect(error.message).toContain("could not reach")
      expect(error.message).toContain("ECONNREFUSED")
      expect(error.message).toContain("STAX_REGION")
      expect(local.cognito.counters().initiateAuth).toBe(0)
    }).pipe(withStandIn({
      faults: [Fault.reset("POST AWSCognitoIdentityProviderService.InitiateAuth", "refuse")],
      client: { retry: RetryPolicy.none }
    })))

  it.effect("a refused connection to the user pool is retried like any request that never left, and the call succeeds", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const { Accounts: all } = yield* Accounts.readAccounts()
      expect(all.length).toBeGreaterThan(0)
      expect(apiRequests(local, "POST AWSCognitoIdentityProviderService.InitiateAuth")).toHaveLength(2)
      expect(local.cognito.counters().logins).toBe(1)
    }).pipe(withStandIn({ faults: [Fault.reset("POST AWSCognitoIdentityProviderService.InitiateAuth", "refuse")] })))
})

describe("API retries", () => {
  it.effect("RetryPolicy.staxapp: a GET answered 500 twice is tried 3 times, waiting 0 s then 2 s", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      local.faults.add(Fault.status(ACCOUNTS, 500, { times: 2 }))
      const fiber = yield* Effect.fork(Accounts.readAccounts())
      yield* settle
      // The first retry is immediate: two attempts made, the third waits 2 s.
      expect(apiRequests(local).map((r) => r.status)).toEqual([500, 500])
      yield* TestClock.adjust("1999 millis")
      yield* settle
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 millis")
      const { Accounts: all } = yield* Fiber.join(fiber)
      expect(all.length).toBeGreaterThan(0)
      expect(apiRequests(local).map((r) => r.status)).toEqual([500, 500, 200])
    }).pipe(withStandIn()))

  it.effect("a 429 with Retry-After: 7 waits 7 s", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      local.faults.add(Fault.status(ACCOUNTS, 429, { retryAfter: "7" }))
      const fiber = yield* Effect.fork(Accounts.readAccounts())
      yield* settle
      yield* TestClock.adjust("6999 millis")
      yield* settle
      expect(fiber.unsafePoll()).toBeNull()
      expect(apiRequests(local)).toHaveLength(1)
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(fiber)
      expect(apiRequests(local).map((r) => r.status)).toEqual([429, 200])
    }).pipe(withStandIn()))

  it.effect("the configured policy is used: RetryPolicy.staxapp by default", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      expect(client.config.retry).toBe(RetryPolicy.staxapp)
      expect(client.config.authRetry).toBe(AuthRetryPolicy.staxapp)
    }).pipe(withStandIn()))

  for (const [name, retry] of [["RetryPolicy.staxapp", RetryPolicy.staxapp], ["RetryPolicy.default", RetryPolicy.default]] as const) {
    it.effect(`${name}: a POST answered 500 is not retried`, () =>
      Effect.gen(function*() {
        const local = yield* StaxCloudLocal
        const client = yield* StaxCloudClient
        const error = yield* Effect.flip(client.call(createThing, { Name: "x" }))
        assert(error._tag === "ApiError")
        expect(error.status).toBe(500)
        expect(apiRequests(local, "POST /20190206/insights")).toHaveLength(1)
      }).pipe(withStandIn({ faults: [Fault.status("POST /20190206/insights", 500, { times: 10 })], client: { retry } })))
  }
})

/** The client over the stand-in, through an `HttpClient` that changes API requests after they were signed. */
const tamperingStandIn = (
  tamper: (request: HttpClientRequest.HttpClientRequest) => HttpClientRequest.HttpClientRequest,
  options: StaxCloudLocalOptions = {}
) => {
  const http = Layer.effect(
    HttpClient.HttpClient,
    Effect.map(StaxCloudLocal, (local) => {
      const memory = Transport.inMemoryClient(local.handle)
      // `HttpClient.make` sees the request after every transform of the clients built on it (the core's
      // signing included), so the change lands between signing and the wire.
      return HttpClient.make((request) =>
        memory.execute(/^\/20190206\/(accounts|insights)/.test(new URL(request.url).pathname) ? tamper(request) : request)
      )
    })
  )
  return StaxCloud.layer.pipe(Layer.provide(http), Layer.provideMerge(StaxCloudLocal.layer(options)))
}

const SIGNATURE_MISMATCH = "The request signature we calculated does not match the signature you provided"

/** `x-amz-date` format: `20261124T120000Z`. */
const amzDate = (millis: number) => new Date(millis).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z")

describe("the stand-in refuses what was not signed", () => {
  it.effect("an untouched request passes through the same wrapper", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      yield* Accounts.readAccounts({ filter: "ACTIVE" })
      expect(apiRequests(local).map((r) => r.signed)).toEqual([true])
    }).pipe(Effect.provide(tamperingStandIn((request) => request))))

  it.effect("a query parameter added after signing: AuthError 403, signature mismatch", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts({ filter: "ACTIVE" }))
      assert(error._tag === "AuthError")
      expect(error.status).toBe(403)
      expect(error.message).toContain(SIGNATURE_MISMATCH)
      // Refused twice: once, and once more after the one renewal the client allows itself.
      expect(apiRequests(local).map((r) => [r.query["injected"], r.signed])).toEqual([["1", false], ["1", false]])
    }).pipe(Effect.provide(tamperingStandIn(HttpClientRequest.setUrlParam("injected", "1")))))

  it.effect("a POST body changed after signing: AuthError 403, signature mismatch", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const client = yield* StaxCloudClient
      const error = yield* Effect.flip(client.call(createThing, { Name: "signed" }))
      assert(error._tag === "AuthError")
      expect(error.message).toContain(SIGNATURE_MISMATCH)
      expect(apiRequests(local, "POST /20190206/insights").every((r) => r.signed === false)).toBe(true)
    }).pipe(Effect.provide(tamperingStandIn(HttpClientRequest.bodyUnsafeJson({ Name: "tampered" })))))

  it.effect("the same POST untouched is signed correctly (the API then refuses the method, not the signature)", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const client = yield* StaxCloudClient
      const error = yield* Effect.flip(client.call(createThing, { Name: "signed" }))
      assert(error._tag === "AuthError")
      expect(error.message).not.toContain(SIGNATURE_MISMATCH)
      expect(apiRequests(local, "POST /20190206/insights")[0]?.signed).toBe(true)
    }).pipe(Effect.provide(tamperingStandIn((request) => request))))

  it.effect("a signature dated 6 minutes ago: AuthError 403, Signature expired", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(START)
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.status).toBe(403)
      expect(error.message).toContain("Signature expired")
    }).pipe(Effect.provide(tamperingStandIn((request) => {
      const date = request.headers["x-amz-date"]
      assert(date !== undefined)
      const millis = Date.parse(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 11)}:${date.slice(11, 13)}:${date.slice(13)}`)
      return HttpClientRequest.setHeader(request, "x-amz-date", amzDate(millis - 6 * 60_000))
    }))))

  it.effect("a request delayed 6 minutes on the way is refused as expired, then signed afresh and accepted", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      yield* TestClock.setTime(START)
      yield* Accounts.readAccounts()
      local.faults.add(Fault.delay(ACCOUNTS, "6 minutes"))
      const fiber = yield* Effect.fork(Accounts.readAccounts())
      yield* settle
      yield* TestClock.adjust("6 minutes")
      yield* Fiber.join(fiber)
      expect(apiRequests(local).map((r) => [r.status, r.signed])).toEqual([[200, true], [403, false], [200, true]])
    }).pipe(withStandIn({ client: { timeout: "10 minutes" } })))
})

describe("no secret in any log, error or span", () => {
  /** The API token's secret key, and a wrong one: neither may be printed. */
  const CANARY = "canary7cloud7secret7key7never7printed7a1b2c3"
  const WRONG_CANARY = "canary7wrong7secret7key7never7printed7d4e5f6"
  const USER = { accessKey: "ak-canary-user", secretKey: CANARY }

  /** A logger and a tracer that keep everything they are given, span events and exits included. */
  const capture = () => {
    const lines: Array<string> = []
    const logger = Logger.make((options) => {
      lines.push(Logger.stringLogger.log(options), Logger.logfmtLogger.log(options), Logger.jsonLogger.log(options))
      lines.push(inspect(options.message, { depth: 10 }), inspect(options.cause, { depth: 10 }))
    })
    const { spans, tracer } = keepingTracer()
    const layer = Layer.mergeAll(
      Logger.replace(Logger.defaultLogger, logger),
      Layer.setTracer(tracer),
      Logger.minimumLogLevel(LogLevel.All)
    )
    return { lines, spans, layer }
  }

  /**
   * The stand-in behind an `HttpClient` that keeps a copy of every body on the wire (Cognito's SRP values,
   * tokens and credentials), so the test knows every secret value that was exchanged.
   */
  const recordingStandIn = (wire: Array<string>, options: StaxCloudLocalOptions) => {
    const http = Layer.effect(
      HttpClient.HttpClient,
      Effect.map(StaxCloudLocal, (local) => {
        const memory = Transport.inMemoryClient(local.handle)
        return HttpClient.make((request) =>
          Effect.gen(function*() {
            if (request.body._tag === "Uint8Array") wire.push(new TextDecoder().decode(request.body.body))
            const response = yield* memory.execute(request)
            const text = yield* response.text
            wire.push(text)
            return HttpClientResponse.fromWeb(request, new Response(text, { status: response.status, headers: response.headers }))
          })
        )
      })
    )
    return StaxCloud.layer.pipe(Layer.provide(http), Layer.provideMerge(StaxCloudLocal.layer(options)))
  }

  const SECRET_FIELDS = new Set([
    "SRP_A",
    "SRP_B",
    "SECRET_BLOCK",
    "PASSWORD_CLAIM_SECRET_BLOCK",
    "PASSWORD_CLAIM_SIGNATURE",
    "Session",
    "IdToken",
    "AccessToken",
    "RefreshToken",
    "SecretKey",
    "SessionToken"
  ])

  /** The values of secret fields anywhere in the recorded JSON bodies (and the ID tokens sent in `Logins`). */
  const secretsOnTheWire = (wire: ReadonlyArray<string>): Set<string> => {
    const found = new Set<string>()
    const walk = (value: unknown, key: string | undefined): void => {
      if (typeof value === "string") {
        if (key !== undefined && (SECRET_FIELDS.has(key) || key.startsWith("cognito-idp."))) found.add(value)
      } else if (typeof value === "object" && value !== null) {
        for (const [k, v] of Object.entries(value)) walk(v, k)
      }
    }
    for (const text of wire) {
      try {
        walk(JSON.parse(text), undefined)
      } catch {
        // not JSON: nothing to take
      }
    }
    return found
  }

  /**
   * A run with a login, a renewal, an auth failure from the API, an API failure and a login refused for a
   * wrong secret key, everything logged at the lowest level and traced; returns what was captured and
   * every secret value that was exchanged.
   */
  const scenario = Effect.gen(function*() {
    const { layer, lines, spans } = capture()
    const wire: Array<string> = []
    const errors: Array<unknown> = []
    const failed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      Effect.flip(effect).pipe(
        Effect.tap((error) => Effect.logError("call failed", error)),
        Effect.tap((error) => Effect.log(error)),
        Effect.tap((error) => void errors.push(error))
      )

    const issued = yield* Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      yield* TestClock.setTime(START)
      yield* Accounts.readAccounts({ includeTags: true })
      // A renewal: past expiration − threshold.
      yield* TestClock.adjust(Duration.sum(TTL, Duration.seconds(1)))
      yield* Accounts.readAccounts()
      // An auth failure from the API (refused twice, with a renewal in between).
      local.faults.add(Fault.status(ACCOUNTS, 403, { times: 2 }))
      yield* failed(Accounts.readAccounts())
      // An API failure.
      yield* failed(Accounts.readAccounts({ accountId: "00000000-0000-4000-8000-00000000dead" }))
      return { counters: local.cognito.counters(), idTokens: local.cognito.idTokens(), cognito: local.cognito }
    }).pipe(
      Effect.provide(recordingStandIn(wire, { users: [USER], credentialsTtl: TTL, client: { logLevel: LogLevel.All } })),
      Effect.provide(layer)
    )
    // A login refused for a wrong secret key.
    yield* failed(Accounts.readAccounts()).pipe(
      Effect.provide(recordingStandIn(wire, {
        users: [USER],
        clientCredentials: { secretKey: WRONG_CANARY },
        client: { logLevel: LogLevel.All }
      })),
      Effect.provide(layer)
    )

    // The scenario ran as described: logins (first, renewal, after the 403), three errors, logs and spans.
    expect(issued.counters.logins).toBeGreaterThanOrEqual(3)
    expect(errors.map((e) => (e as { _tag: string })._tag)).toEqual(["AuthError", "ApiError", "AuthError"])
    expect(lines.some((line) => line.includes("StaxCloud.auth: signed in"))).toBe(true)
    expect(lines.some((line) => line.includes("refreshing credentials"))).toBe(true)
    expect(spans.map((s) => s.name)).toContain("StaxCloud.Accounts.readAccounts")
    expect(spans.map((s) => s.name)).toContain("StaxCloud.auth.login")

    // Every secret exchanged: the keys, the SRP values, the tokens, and the AWS credentials the stand-in issued.
    const secrets = secretsOnTheWire(wire)
    for (const token of issued.idTokens) expect(secrets.has(token)).toBe(true)
    const accessKeyIds = new Set(wire.flatMap((text) => [...text.matchAll(/"AccessKeyId":"(ASIA[0-9A-F]+)"/g)].map((m) => m[1] ?? "")))
    expect(accessKeyIds.size).toBe(issued.counters.getCredentialsForIdentity)
    for (const id of accessKeyIds) {
      const credentials = issued.cognito.credentials(id)
      assert(credentials !== undefined)
      expect(secrets.has(credentials.secretKey)).toBe(true)
      expect(secrets.has(credentials.sessionToken)).toBe(true)
    }
    secrets.add(CANARY)
    secrets.add(WRONG_CANARY)
    expect(secrets.size).toBeGreaterThan(20)
    return { lines, spans, errors, secrets }
  })

  /** The secrets found in `texts`, each shown by its first characters only. */
  const leaked = (secrets: ReadonlySet<string>, texts: ReadonlyArray<string>) =>
    [...secrets].filter((secret) => texts.some((text) => text.includes(secret))).map((secret) => `${secret.slice(0, 6)}…`)

  const inspected = (value: unknown) => [inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? ""]

  it.effect("none in log lines, at the lowest level", () =>
    Effect.gen(function*() {
      const { lines, secrets } = yield* scenario
      expect(leaked(secrets, lines)).toEqual([])
    }))

  it.effect("none in errors: String, JSON, inspect, stack, encoded", () =>
    Effect.gen(function*() {
      const { errors, secrets } = yield* scenario
      expect(leaked(secrets, errors.flatMap(renderings))).toEqual([])
    }))

  it.effect("none in span names, attributes, events, or the exits of the SDK's own spans", () =>
    Effect.gen(function*() {
      const { secrets, spans } = yield* scenario
      // No span records a header at all: the core records one span per call, with safe attributes only.
      const headerAttributes = spans.flatMap((s) => [...s.attributes.keys()].filter((k) => k.includes(".header.")))
      expect(headerAttributes).toEqual([])
      expect(spans.some((s) => s.name === "StaxCloud.Accounts.readAccounts")).toBe(true)
      const texts = spans.flatMap((s) => [
        s.name,
        ...[...s.attributes.values()].flatMap(inspected),
        ...s.events.flatMap(inspected),
        ...(s.name.startsWith("StaxCloud.") ? s.exits.flatMap(inspected) : [])
      ])
      expect(leaked(secrets, texts)).toEqual([])
    }))

  // The platform's per-request `http.client` span would end with the `HttpClientResponse` as its exit,
  // holding the signed request (its `x-amz-security-token`, and for Cognito's calls the ID token and the SRP
  // proof in the body). The core turns that span off for its calls and the login's.
  it.effect("none in the exits of any span", () =>
    Effect.gen(function*() {
      const { secrets, spans } = yield* scenario
      // The request inside the exit, its body (Cognito's JSON, as bytes) decoded as a tracer might.
      const bodyOf = (exit: unknown): Array<string> => {
        const body = (exit as { value?: { request?: { body?: { body?: unknown } } } }).value?.request?.body?.body
        return body instanceof Uint8Array ? [new TextDecoder().decode(body)] : []
      }
      const exits = spans.flatMap((s) => [
        ...s.exits.flatMap(inspected),
        ...s.exits.flatMap(bodyOf)
      ])
      expect(exits.length).toBeGreaterThan(0)
      expect(leaked(secrets, exits)).toEqual([])
    }))
})
