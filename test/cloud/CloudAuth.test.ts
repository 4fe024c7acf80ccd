import { assert, describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Fiber, Logger, LogLevel, Redacted, TestClock } from "effect"
import { makeCloudAuth } from "../../src/cloud/auth/CloudAuth.js"
import { authReason } from "../../src/cloud/auth/errors.js"
import type { CognitoOptions } from "../../src/testing/cloud/Cognito.js"
import { authOptions, makeNetwork, type Network, testUser } from "./helpers.js"

type Overrides = Parameters<typeof authOptions>[0]

/** A stand-in network and a CloudAuth over it. */
const setup = (cognito: Partial<CognitoOptions> = {}, overrides: Overrides = {}) =>
  Effect.gen(function*() {
    const network = makeNetwork({ users: [testUser], credentialsTtl: "15 minutes", ...cognito })
    const auth = yield* Effect.provide(makeCloudAuth(authOptions(overrides)), network.layer)
    return { network, auth }
  })

const configFetches = (network: Network) => network.seen.filter((line) => line.endsWith("/public/config")).length

describe("CloudAuth credentials", () => {
  it.effect("logs in and returns the credentials the identity pool issued", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const credentials = yield* auth.credentials
      const issued = network.cognito.credentials(credentials.accessKeyId)
      assert(issued !== undefined)
      expect(Redacted.value(credentials.secretAccessKey)).toBe(issued.secretKey)
      expect(Redacted.value(credentials.sessionToken)).toBe(issued.sessionToken)
      expect(credentials.expiration.getTime()).toBe(issued.expiration)
    }))

  it.effect("sends the four Cognito calls with their X-Amz-Target, unsigned, to the configured endpoints", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      yield* auth.credentials
      expect(network.seen).toEqual([
        "GET https://api.stax.test/20190206/public/config",
        "POST https://cognito-idp.stax.test/ AWSCognitoIdentityProviderService.InitiateAuth",
        "POST https://cognito-idp.stax.test/ AWSCognitoIdentityProviderService.RespondToAuthChallenge",
        "POST https://cognito-identity.stax.test/ AWSCognitoIdentityService.GetId",
        "POST https://cognito-identity.stax.test/ AWSCognitoIdentityService.GetCredentialsForIdentity"
      ])
    }))

  it.effect("reuses the cached credentials until just before the threshold", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const first = yield* auth.credentials
      yield* TestClock.adjust(Duration.subtract(Duration.minutes(14), Duration.millis(1)))
      const second = yield* auth.credentials
      expect(second.accessKeyId).toBe(first.accessKeyId)
      expect(network.cognito.counters().initiateAuth).toBe(1)
    }))

  it.effect("logs in again exactly when expiration minus the threshold reaches now", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const first = yield* auth.credentials
      yield* TestClock.adjust(Duration.minutes(14))
      const second = yield* auth.credentials
      expect(second.accessKeyId).not.toBe(first.accessKeyId)
      expect(network.cognito.counters().initiateAuth).toBe(2)
    }))

  it.effect("renews credentials that expired mid-run, and the new ones are valid at the stand-in", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const first = yield* auth.credentials
      yield* TestClock.adjust(Duration.minutes(20))
      const second = yield* auth.credentials
      const now = new Date(yield* TestClock.currentTimeMillis)
      expect(first.expiration.getTime()).toBeLessThan(now.getTime())
      expect(second.expiration.getTime()).toBeGreaterThan(now.getTime())
      expect(network.cognito.credentials(second.accessKeyId)?.expiration).toBe(second.expiration.getTime())
      expect(network.cognito.counters().logins).toBe(2)
    }))

  it.effect("shares one login among 50 concurrent callers", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const all = yield* Effect.all(Array.from({ length: 50 }, () => auth.credentials), { concurrency: "unbounded" })
      expect(new Set(all.map((c) => c.accessKeyId)).size).toBe(1)
      expect(network.cognito.counters().initiateAuth).toBe(1)
      expect(network.cognito.counters().getCredentialsForIdentity).toBe(1)
    }))

  it.effect("shares one failing login among concurrent callers, and tries again on the next call", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup({}, { secret: "wrong" })
      const errors = yield* Effect.all(Array.from({ length: 10 }, () => Effect.flip(auth.credentials)), {
        concurrency: "unbounded"
      })
      expect(errors.every((e) => e._tag === "AuthError")).toBe(true)
      expect(network.cognito.counters().initiateAuth).toBe(1)
      yield* Effect.flip(auth.credentials)
      expect(network.cognito.counters().initiateAuth).toBe(2)
    }))

  it.effect("logs in again after invalidate", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const first = yield* auth.credentials
      yield* auth.invalidate
      const second = yield* auth.credentials
      expect(second.accessKeyId).not.toBe(first.accessKeyId)
      expect(network.cognito.counters().initiateAuth).toBe(2)
    }))

  it.effect("a caller interrupted during the login does not cancel it for the others", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.faults.identityPool = "hang"
      const first = yield* Effect.fork(auth.credentials)
      const second = yield* Effect.fork(auth.credentials)
      yield* TestClock.adjust("1 second")
      yield* Fiber.interrupt(first)
      network.faults.identityPool = "none"
      yield* TestClock.adjust("10 seconds")
      const error = yield* Effect.flip(Fiber.join(second))
      // the shared login (not a second one) ended: its identity pool call timed out
      expect(error._tag).toBe("TransportError")
      expect(network.cognito.counters().initiateAuth).toBe(1)
    }))
})

describe("CloudAuth identity pool", () => {
  it.effect("retries \"Couldn't verify signed token\" at once and succeeds within maxAttempts", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup({ unverifiedTokenFailures: 4 }, { maxAttempts: 5 })
      const credentials = yield* auth.credentials
      expect(network.cognito.credentials(credentials.accessKeyId)).toBeDefined()
      expect(network.cognito.counters().getId).toBe(5)
      expect(network.cognito.counters().initiateAuth).toBe(1)
    }))

  it.effect("fails with reason IdentityPool after maxAttempts tries of \"Couldn't verify signed token\"", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup({ unverifiedTokenFailures: 3 }, { maxAttempts: 3 })
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("IdentityPool")
      expect(error.message).toMatch(/Retries exceeded/)
      expect(network.cognito.counters().getId).toBe(3)
      expect(network.cognito.counters().getCredentialsForIdentity).toBe(0)
    }))

  it.effect("does not retry another identity pool refusal", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup({}, { maxAttempts: 5 })
      network.intercept = (target) =>
        target.endsWith(".GetId")
          ? Response.json({ __type: "ResourceNotFoundException", message: "IdentityPool not found." }, { status: 400 })
          : undefined
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("IdentityPool")
      expect(error.endpoint).toBe("StaxCloud.auth.GetId")
      expect(error.status).toBe(400)
      expect(network.seen.filter((line) => line.endsWith(".GetId"))).toHaveLength(1)
    }))
})

describe("CloudAuth failures a user can act on", () => {
  it.effect("an unknown access key fails with reason UnknownAccessKey", () =>
    Effect.gen(function*() {
      const { auth } = yield* setup({}, { accessKey: "AKNOBODY" })
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("UnknownAccessKey")
      expect(error.endpoint).toBe("StaxCloud.auth.InitiateAuth")
      expect(error.message).toMatch(/STAX_ACCESS_KEY/)
    }))

  it.effect("a deleted API token fails with reason UnknownAccessKey at the next login", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      yield* auth.credentials
      network.cognito.removeUser(testUser.accessKey)
      yield* auth.invalidate
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("UnknownAccessKey")
    }))

  it.effect("a wrong secret key fails with reason WrongSecretKey", () =>
    Effect.gen(function*() {
      const { auth } = yield* setup({}, { secret: "not-the-secret" })
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("WrongSecretKey")
      expect(error.endpoint).toBe("StaxCloud.auth.RespondToAuthChallenge")
      expect(error.message).toMatch(/STAX_SECRET_KEY/)
    }))

  it.effect("a user that needs a new password fails with reason NewPasswordRequired", () =>
    Effect.gen(function*() {
      const { auth } = yield* setup({ users: [{ ...testUser, needsNewPassword: true }] })
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("NewPasswordRequired")
    }))

  it.effect("another challenge fails with reason UnsupportedChallenge", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.intercept = (target) =>
        target.endsWith(".RespondToAuthChallenge")
          ? Response.json({ ChallengeName: "SOFTWARE_TOKEN_MFA", ChallengeParameters: {}, Session: "s" })
          : undefined
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("UnsupportedChallenge")
      expect(error.message).toMatch(/SOFTWARE_TOKEN_MFA/)
    }))

  it.effect("any other user pool refusal fails with reason Refused and its status", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.intercept = (target) =>
        target.endsWith(".InitiateAuth")
          ? Response.json({ __type: "TooManyRequestsException", message: "Rate exceeded" }, { status: 400 })
          : undefined
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "AuthError")
      expect(authReason(error)).toBe("Refused")
      expect(error.message).toMatch(/TooManyRequestsException/)
    }))

  it.effect("an unreachable user pool fails with a TransportError that was not sent", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.faults.userPool = "refuse"
      const error = yield* Effect.flip(auth.credentials)
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Connect")
      expect(error.maybeSent).toBe(false)
      expect(error.endpoint).toBe("StaxCloud.auth.InitiateAuth")
    }))

  it.effect("a silent identity pool fails with a Timeout after the configured time", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.faults.identityPool = "hang"
      const fiber = yield* Effect.fork(auth.credentials)
      yield* TestClock.adjust("9999 millis")
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 millis")
      const error = yield* Effect.flip(Fiber.join(fiber))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(error.endpoint).toBe("StaxCloud.auth.GetId")
    }))
})

describe("CloudAuth public/config", () => {
  it.effect("gives the pools' AWS region", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup({ region: "eu-west-1" })
      expect(yield* auth.region).toBe("eu-west-1")
      expect(network.seen).toEqual(["GET https://api.stax.test/20190206/public/config"])
    }))

  it.effect("fetches public/config once across logins", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      yield* auth.credentials
      yield* auth.invalidate
      yield* auth.credentials
      yield* auth.region
      expect(configFetches(network)).toBe(1)
      expect(network.cognito.counters().initiateAuth).toBe(2)
    }))

  // An answer that cannot be read is a DecodeError (the error table's), not a refusal of the keys.
  it.effect("refuses a public/config without a usable ApiAuth section with a DecodeError", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.faults.config = "garbled"
      const error = yield* Effect.flip(auth.region)
      assert(error._tag === "DecodeError")
      expect(error.status).toBe(200)
      expect(error.message).toMatch(/ApiAuth\.userPoolId/)
    }))

  it.effect("does not cache a failed public/config fetch", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.faults.config = "503"
      const error = yield* Effect.flip(auth.credentials)
      // #17: a 5xx is not a credentials problem, nor a reason to check the region.
      assert(error._tag === "ApiError")
      expect(error.status).toBe(503)
      expect(error.message).not.toMatch(/STAX_REGION/)
      network.faults.config = "none"
      yield* auth.credentials
      expect(configFetches(network)).toBe(2)
    }))
})

describe("CloudAuth secrets", () => {
  const canaries = (network: Network, auth: { secrets: () => ReadonlyArray<string> }) => [
    testUser.secretKey,
    ...network.cognito.idTokens(),
    ...auth.secrets()
  ]

  it.effect("lists the secret key, the ID token, the AWS secret and the session token for scrubbing", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const credentials = yield* auth.credentials
      const secrets = auth.secrets()
      expect(secrets).toContain(testUser.secretKey)
      expect(secrets).toContain(network.cognito.idTokens()[0])
      expect(secrets).toContain(Redacted.value(credentials.secretAccessKey))
      expect(secrets).toContain(Redacted.value(credentials.sessionToken))
    }))

  it.effect("keeps secrets out of log lines, even at the lowest level", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const logger = Logger.make(({ message }) => {
        lines.push(JSON.stringify(message))
      })
      const { auth, network } = yield* setup()
      const credentials = yield* auth.credentials.pipe(
        Effect.provide(Logger.replace(Logger.defaultLogger, logger)),
        Logger.withMinimumLogLevel(LogLevel.All)
      )
      expect(lines.length).toBeGreaterThan(0)
      const secrets = [...canaries(network, auth), Redacted.value(credentials.sessionToken)]
      for (const line of lines) for (const secret of secrets) expect(line).not.toContain(secret)
    }))

  it.effect("scrubs a secret echoed by Cognito out of the error", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      network.intercept = (target, body) => {
        if (!target.endsWith(".GetId")) return undefined
        const token = Object.values(body.Logins as Record<string, string>)[0]
        return Response.json({ __type: "NotAuthorizedException", message: `Invalid login token: ${token}` }, { status: 400 })
      }
      const error = yield* Effect.flip(auth.credentials)
      const idToken = network.cognito.idTokens()[0]!
      expect(error.message).toContain("<redacted>")
      for (const secret of canaries(network, auth)) {
        expect(String(error)).not.toContain(secret)
        expect(JSON.stringify(error)).not.toContain(secret)
      }
      expect(canaries(network, auth)).toContain(idToken)
    }))

  it.effect("keeps the secret key out of a wrong-key error", () =>
    Effect.gen(function*() {
      const canary = "canary-secret-key-9d81"
      const { auth } = yield* setup({}, { secret: canary })
      const error = yield* Effect.flip(auth.credentials)
      expect(error._tag).toBe("AuthError")
      expect(String(error)).not.toContain(canary)
      expect(JSON.stringify(error)).not.toContain(canary)
    }))

  it.effect("keeps the session token and AWS secret out of a failure after a refresh", () =>
    Effect.gen(function*() {
      const { auth, network } = yield* setup()
      const credentials = yield* auth.credentials
      yield* TestClock.adjust(Duration.minutes(20))
      network.faults.userPool = "refuse"
      const error = yield* Effect.flip(auth.credentials)
      for (const secret of [Redacted.value(credentials.sessionToken), Redacted.value(credentials.secretAccessKey)]) {
        expect(String(error)).not.toContain(secret)
        expect(JSON.stringify(error)).not.toContain(secret)
      }
      expect(String(credentials.sessionToken)).not.toContain(Redacted.value(credentials.sessionToken))
    }))
})
