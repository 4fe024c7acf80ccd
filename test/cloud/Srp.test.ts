import { createHmac } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import * as CognitoJs from "amazon-cognito-identity-js"
import { Effect, Either } from "effect"
import * as fc from "fast-check"
import { vi } from "vitest"
import * as Srp from "../../src/cloud/auth/Srp.js"
import * as Cognito from "../../src/testing/cloud/Cognito.js"

/** The parts of amazon-cognito-identity-js that its type declarations leave out. */
interface JsBigInteger {
  toString(radix: number): string
}
interface JsHelper {
  N: JsBigInteger
  smallAValue: JsBigInteger
  largeAValue: JsBigInteger | undefined
  getLargeAValue(callback: (error: unknown, A: JsBigInteger) => void): void
  getPasswordAuthenticationKey(
    userId: string,
    password: string,
    B: JsBigInteger,
    salt: JsBigInteger,
    callback: (error: unknown, key: Uint8Array) => void
  ): void
}
const Js = CognitoJs as unknown as {
  AuthenticationHelper: new(poolName: string) => JsHelper
  DateHelper: new() => { getNowString(): string }
}

const poolName = "StaxLocal1"

/** A salt's hex, its first byte chosen among the awkward ones (0x00 pads away, 0x80+ reads negative). */
const salt = fc.tuple(
  fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0xff),
  fc.uint8Array({ minLength: 1, maxLength: 20 })
).map(([first, rest]) => Buffer.from([first, ...rest]).toString("hex"))
const password = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 })
const userId = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 20 })
const secretBlock = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Buffer.from(b).toString("base64"))

/** Runs our server challenge and our client against each other. */
const exchange = (input: { salt: string; userId: string; password: string; tried: string; secretBlock: string }) => {
  const client = Srp.client()
  const v = Srp.verifier(poolName, input.userId, input.password, BigInt(`0x${input.salt}`))
  const server = Either.getOrThrow(Srp.server(v, client.srpA))
  const claim = { poolName, userId: input.userId, secretBlock: input.secretBlock, timestamp: "Wed Nov 4 12:08:00 UTC 2026" }
  const signature = Either.getOrThrow(
    client.passwordClaim({ ...claim, srpB: server.srpB, salt: BigInt(`0x${input.salt}`).toString(16), password: input.tried })
  )
  return server.verify(signature, claim)
}

describe("Srp", () => {
  it("our client's signature verifies on our server for any password and salt", () => {
    fc.assert(
      fc.property(salt, userId, password, secretBlock, (salt, userId, password, secretBlock) =>
        exchange({ salt, userId, password, tried: password, secretBlock })
      ),
      { numRuns: 25 }
    )
  })

  it("a wrong password does not verify", () => {
    fc.assert(
      fc.property(salt, userId, password, password, secretBlock, (salt, userId, password, tried, secretBlock) => {
        fc.pre(password !== tried)
        return !exchange({ salt, userId, password, tried, secretBlock })
      }),
      { numRuns: 15 }
    )
  })

  it("computes the same A and signature as amazon-cognito-identity-js for the same secret a", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 32, maxLength: 32 }).filter((a) => a.some((b) => b !== 0)),
        salt,
        userId,
        password,
        secretBlock,
        async (a, salt, userId, password, secretBlock) => {
          const ours = Srp.client(() => a)
          const helper = new Js.AuthenticationHelper(poolName)
          const BigInteger = helper.N.constructor as new(hex: string, radix: number) => JsBigInteger
          helper.smallAValue = new BigInteger(Buffer.from(a).toString("hex"), 16)
          helper.largeAValue = undefined
          const theirA = await new Promise<JsBigInteger>((resolve) => helper.getLargeAValue((_, A) => resolve(A)))
          expect(ours.srpA).toBe(theirA.toString(16))

          const v = Srp.verifier(poolName, userId, password, BigInt(`0x${salt}`))
          const server = Either.getOrThrow(Srp.server(v, ours.srpA))
          const sent = BigInt(`0x${salt}`).toString(16)
          const key = await new Promise<Uint8Array>((resolve, reject) =>
            helper.getPasswordAuthenticationKey(
              userId,
              password,
              new BigInteger(server.srpB, 16),
              new BigInteger(sent, 16),
              (error, key) => error ? reject(error) : resolve(key)
            )
          )
          const claim = { poolName, userId, secretBlock, timestamp: "Thu Jan 1 00:00:00 UTC 2026" }
          const theirs = createHmac("sha256", key)
            .update(Buffer.concat([
              Buffer.from(poolName),
              Buffer.from(userId),
              Buffer.from(secretBlock, "base64"),
              Buffer.from(claim.timestamp)
            ]))
            .digest("base64")
          const signature = Either.getOrThrow(ours.passwordClaim({ ...claim, srpB: server.srpB, salt: sent, password }))
          expect(signature).toBe(theirs)
          expect(server.verify(theirs, claim)).toBe(true)
        }
      ),
      { numRuns: 10 }
    )
  })

  it("refuses a zero SRP_B instead of signing", () => {
    const result = Srp.client().passwordClaim({
      poolName,
      userId: "u",
      secretBlock: "AA==",
      timestamp: "t",
      srpB: "0",
      salt: "01",
      password: "p"
    })
    expect(Either.isLeft(result)).toBe(true)
  })

  it("refuses a zero SRP_A on the server", () => {
    expect(Either.isLeft(Srp.server(5n, "0"))).toBe(true)
  })

  it("pads hex to an even length that reads as a positive number", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 300n }), (n) => {
        const hex = Srp.padHex(n)
        expect(hex.length % 2).toBe(0)
        expect(parseInt(hex[0]!, 16)).toBeLessThan(8)
        expect(BigInt(`0x${hex}`)).toBe(n)
        expect(hex.length <= n.toString(16).length + 2).toBe(true)
      })
    )
  })

  it("formats the timestamp as Cognito does: day of month unpadded, time padded, UTC", () => {
    expect(Srp.cognitoTimestamp(new Date(Date.UTC(2026, 10, 4, 2, 8, 0)))).toBe("Wed Nov 4 02:08:00 UTC 2026")
  })

  it("formats the timestamp like amazon-cognito-identity-js's DateHelper", () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    try {
      fc.assert(
        fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }), (date) => {
          vi.setSystemTime(date)
          expect(Srp.cognitoTimestamp(date)).toBe(new Js.DateHelper().getNowString())
        })
      )
    } finally {
      vi.useRealTimers()
    }
  })
})

describe("Srp against amazon-cognito-identity-js's CognitoUser", () => {
  /** Logs in with amazon-cognito-identity-js, its fetch routed to the stand-in. */
  const jsLogin = async (cognito: Cognito.CognitoStandIn, accessKey: string, password: string) => {
    const original = globalThis.fetch
    globalThis.fetch = ((url: string, init: RequestInit) =>
      Effect.runPromise(cognito.handle(new Request(url, init)))) as typeof fetch
    try {
      const pool = new CognitoJs.CognitoUserPool({
        UserPoolId: cognito.userPoolId,
        ClientId: cognito.clientId,
        endpoint: "https://cognito-idp.stax.test/"
      })
      const user = new CognitoJs.CognitoUser({ Username: accessKey, Pool: pool })
      return await new Promise<{ ok: true; idToken: string } | { ok: false; code: string }>((resolve) =>
        user.authenticateUser(new CognitoJs.AuthenticationDetails({ Username: accessKey, Password: password }), {
          onSuccess: (session) => resolve({ ok: true, idToken: session.getIdToken().getJwtToken() }),
          onFailure: (error: { code: string }) => resolve({ ok: false, code: error.code }),
          newPasswordRequired: () => resolve({ ok: false, code: "NEW_PASSWORD_REQUIRED" })
        })
      )
    } finally {
      globalThis.fetch = original
    }
  }

  it("logs in against the stand-in whatever the salt's first byte", async () => {
    await fc.assert(
      fc.asyncProperty(salt, password, async (salt, password) => {
        const cognito = Cognito.make({ users: [{ accessKey: "AKTEST", secretKey: password, salt }] })
        const result = await jsLogin(cognito, "AKTEST", password)
        expect(result.ok).toBe(true)
        expect(cognito.counters().logins).toBe(1)
      }),
      { numRuns: 6 }
    )
  })

  it("is refused by the stand-in with a wrong password", async () => {
    const cognito = Cognito.make({ users: [{ accessKey: "AKTEST", secretKey: "right" }] })
    expect(await jsLogin(cognito, "AKTEST", "wrong")).toEqual({ ok: false, code: "NotAuthorizedException" })
    expect(cognito.counters().logins).toBe(0)
  })

  it("is told the user does not exist for an unknown access key", async () => {
    const cognito = Cognito.make({ users: [{ accessKey: "AKTEST", secretKey: "right" }] })
    expect(await jsLogin(cognito, "AKOTHER", "right")).toEqual({ ok: false, code: "UserNotFoundException" })
  })

  it("is asked for a new password when the user needs one", async () => {
    const cognito = Cognito.make({ users: [{ accessKey: "AKTEST", secretKey: "right", needsNewPassword: true }] })
    expect(await jsLogin(cognito, "AKTEST", "right")).toEqual({ ok: false, code: "NEW_PASSWORD_REQUIRED" })
  })
})

describe("Cognito stand-in's SRP challenge", () => {
  it.effect("sends SALT and SRP_B without leading zeros", () =>
    Effect.gen(function*() {
      const cognito = Cognito.make({ users: [{ accessKey: "AKTEST", secretKey: "pw", salt: "0000ab12" }] })
      const response = yield* cognito.handle(new Request("https://cognito-idp.stax.test/", {
        method: "POST",
        headers: { "x-amz-target": "AWSCognitoIdentityProviderService.InitiateAuth" },
        body: JSON.stringify({
          AuthFlow: "USER_SRP_AUTH",
          ClientId: cognito.clientId,
          AuthParameters: { USERNAME: "AKTEST", SRP_A: Srp.client().srpA }
        })
      }))
      const answer = (yield* Effect.promise(() => response.json())) as { ChallengeParameters: Record<string, string> }
      expect(answer.ChallengeParameters.SALT).toBe("ab12")
      expect(answer.ChallengeParameters.SRP_B).toMatch(/^[1-9a-f][0-9a-f]*$/)
    }))
})
