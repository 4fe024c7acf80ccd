/**
 * #17, defects of part 1: transient answers during the login (`public/config`, the user pool's and the
 * identity pool's calls) are retried by the client's retry policy, in virtual time, honouring `Retry-After`;
 * a 5xx is never reported as a credentials problem, and the region advice is given only where the region is
 * the likely cause. Faults come from the stand-in's fault plan.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer, TestClock } from "effect"
import { Accounts, RetryPolicy, StaxCloud, StaxCloudClient, type StaxCloudConfig } from "stax-effect/cloud"
import { type CloudRequestRecord, Fault, StaxCloudLocal, type StaxCloudLocalOptions } from "stax-effect/testing"

const CONFIG = "GET /20190206/public/config"
const INITIATE = "POST AWSCognitoIdentityProviderService.InitiateAuth"
const RESPOND = "POST AWSCognitoIdentityProviderService.RespondToAuthChallenge"
const GET_ID = "POST AWSCognitoIdentityService.GetId"
const CREDENTIALS = "POST AWSCognitoIdentityService.GetCredentialsForIdentity"
const LOGIN_ROUTES = [CONFIG, INITIATE, RESPOND, GET_ID, CREDENTIALS] as const

type Services = Accounts | StaxCloudClient | StaxCloudLocal | StaxCloudConfig

const withStandIn = (options: StaxCloudLocalOptions = {}) => <A, E>(effect: Effect.Effect<A, E, Services>) =>
  Effect.provide(effect, StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer(options))))

const statuses = (local: { readonly requests: ReadonlyArray<CloudRequestRecord> }, route: string) =>
  local.requests.filter((r) => r.route === route).map((r) => r.status ?? "reset")

/** Lets forked fibers run until they block on the TestClock (the stand-in reads bodies through promises). */
const settle = Effect.yieldNow().pipe(
  Effect.zipRight(Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))),
  Effect.repeatN(30)
)

/** A policy that waits a whole second before each retry, and retries 5xx on every route of the login. */
const patient = RetryPolicy.default.with({ jitter: 0, backoffFactor: 1, maxAttempts: 3 })

describe("login: a transient answer is retried by the client's policy", () => {
  for (const route of LOGIN_ROUTES) {
    for (const status of [503, 429, 500]) {
      it.effect(`${route} answered ${status} once: the call succeeds after the policy's wait`, () =>
        Effect.gen(function*() {
          const local = yield* StaxCloudLocal
          local.faults.add(Fault.status(route, status))
          const fiber = yield* Effect.fork(Accounts.readAccounts())
          yield* settle
          yield* TestClock.adjust("999 millis")
          yield* settle
          // Virtual time: nothing was tried again before the policy's 1 s.
          expect(fiber.unsafePoll()).toBeNull()
          expect(statuses(local, route)).toEqual([status])
          yield* TestClock.adjust("1 millis")
          const { Accounts: all } = yield* Fiber.join(fiber)
          expect(all.length).toBeGreaterThan(0)
          expect(statuses(local, route)).toEqual([status, 200])
          expect(local.cognito.counters().logins).toBe(1)
        }).pipe(withStandIn({ client: { retry: patient } })))
    }
  }

  it.effect("RetryPolicy.staxapp (the default): a 502 from GetId is retried at once", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const { Accounts: all } = yield* Accounts.readAccounts()
      expect(all.length).toBeGreaterThan(0)
      expect(statuses(local, GET_ID)).toEqual([502, 200])
    }).pipe(withStandIn({ faults: [Fault.status(GET_ID, 502, { body: "html" })] })))

  it.effect("Retry-After is honoured during the login (7 s on InitiateAuth)", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      local.faults.add(Fault.status(INITIATE, 429, { retryAfter: "7" }))
      const fiber = yield* Effect.fork(Accounts.readAccounts())
      yield* settle
      yield* TestClock.adjust("6999 millis")
      yield* settle
      expect(fiber.unsafePoll()).toBeNull()
      expect(statuses(local, INITIATE)).toEqual([429])
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(fiber)
      expect(statuses(local, INITIATE)).toEqual([429, 200])
    }).pipe(withStandIn({ client: { retry: patient } })))

  it.effect("a refused connection to public/config is retried by the login itself", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const client = yield* StaxCloudClient
      expect(yield* client.auth.region).toBe("ap-southeast-2")
      expect(statuses(local, CONFIG)).toEqual(["reset", 200])
    }).pipe(withStandIn({ faults: [Fault.reset(CONFIG, "refuse")] })))

  it.effect("client.auth.credentials alone retries a 503 from GetCredentialsForIdentity", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const client = yield* StaxCloudClient
      const fiber = yield* Effect.fork(client.auth.credentials)
      yield* settle
      yield* TestClock.adjust("1 second")
      const credentials = yield* Fiber.join(fiber)
      expect(local.cognito.credentials(credentials.accessKeyId)).toBeDefined()
      expect(statuses(local, CREDENTIALS)).toEqual([503, 200])
    }).pipe(withStandIn({ faults: [Fault.status(CREDENTIALS, 503)], client: { retry: patient } })))
})

describe("login: what is reported when the retries run out", () => {
  for (const route of LOGIN_ROUTES) {
    it.effect(`${route} answering 503 every time: an ApiError with the status, never an AuthError`, () =>
      Effect.gen(function*() {
        const local = yield* StaxCloudLocal
        const fiber = yield* Effect.fork(Effect.flip(Accounts.readAccounts()))
        yield* settle
        yield* TestClock.adjust("10 seconds")
        const error = yield* Fiber.join(fiber)
        assert(error._tag === "ApiError")
        expect(error.status).toBe(503)
        expect(error.endpoint).toMatch(/^StaxCloud\.auth\./)
        expect(error.message).not.toMatch(/region|STAX_REGION|secret key|access key/i)
        expect(statuses(local, route)).toEqual([503, 503, 503])
      }).pipe(withStandIn({ faults: [Fault.status(route, 503, { times: 100 })], client: { retry: patient } })))
  }

  it.effect("no retries (RetryPolicy.none): one 500 from RespondToAuthChallenge is an ApiError 500 at once", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "ApiError")
      expect(error.status).toBe(500)
      expect(error.endpoint).toBe("StaxCloud.auth.RespondToAuthChallenge")
      // The fault plan's `{Error, Cause}` body is read into the message.
      expect(error.message).toContain("Injected failure")
      expect(statuses(local, RESPOND)).toEqual([500])
    }).pipe(withStandIn({ faults: [Fault.status(RESPOND, 500)], client: { retry: RetryPolicy.none } })))

  it.effect("a 429 that runs out of retries carries the server's Retry-After", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "ApiError")
      expect(error.status).toBe(429)
      expect(error.retryAfterSeconds).toBe(3)
    }).pipe(withStandIn({ faults: [Fault.status(GET_ID, 429, { retryAfter: "3" })], client: { retry: RetryPolicy.none } })))

  it.effect("public/config answering 404: the region advice (the region is the likely cause), not a credentials error", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
      expect(error.message).toContain("STAX_REGION")
    }).pipe(withStandIn({ faults: [Fault.status(CONFIG, 404, { body: "html" })], client: { retry: RetryPolicy.none } })))

  it.effect("public/config unreachable: a TransportError with the region advice", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Connect")
      expect(error.endpoint).toBe("StaxCloud.auth.publicConfig")
      expect(error.message).toContain("STAX_REGION")
    }).pipe(withStandIn({ faults: [Fault.reset(CONFIG, "refuse", { times: 100 })], client: { retry: RetryPolicy.none } })))

  it.effect("a 400 from the user pool that is not in Cognito's words (an HTML page): ApiError 400, not a refusal", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "ApiError")
      expect(error.status).toBe(400)
      expect(error.message).toContain("an HTML page")
    }).pipe(withStandIn({ faults: [Fault.status(INITIATE, 400, { body: "html" })], client: { retry: RetryPolicy.none } })))

  it.effect("a wrong secret key is still an AuthError WrongSecretKey, not retried", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.reason).toBe("WrongSecretKey")
      expect(statuses(local, RESPOND)).toHaveLength(1)
    }).pipe(withStandIn({ clientCredentials: { secretKey: "not-the-secret-key" }, client: { retry: patient } })))

  it.effect("an unknown access key is still an AuthError UnknownAccessKey, not retried", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const error = yield* Effect.flip(Accounts.readAccounts())
      assert(error._tag === "AuthError")
      expect(error.reason).toBe("UnknownAccessKey")
      expect(statuses(local, INITIATE)).toHaveLength(1)
    }).pipe(withStandIn({ clientCredentials: { accessKey: "AKNOBODY" }, client: { retry: patient } })))
})
