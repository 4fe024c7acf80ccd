import { HttpClient, HttpClientRequest, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Either, Redacted, Schema, TestClock } from "effect"
import * as Cognito from "../../src/cloud/auth/Cognito.js"
import { PublicConfig } from "../../src/cloud/auth/PublicConfig.js"
import * as Srp from "../../src/cloud/auth/Srp.js"
import * as StandIn from "../../src/testing/cloud/Cognito.js"

const post = (cognito: StandIn.CognitoStandIn, target: string, body: unknown) =>
  Effect.gen(function*() {
    const response = yield* cognito.handle(new Request("https://cognito.stax.test/", {
      method: "POST",
      headers: { "x-amz-target": target, "content-type": "application/x-amz-json-1.1" },
      body: JSON.stringify(body)
    }))
    return { status: response.status, body: (yield* Effect.promise(() => response.json())) as Record<string, any> }
  })

/** A full login against the stand-in, by hand: returns the ID token and the identity id. */
const login = (
  cognito: StandIn.CognitoStandIn,
  accessKey: string,
  password: string,
  timestamp = Srp.cognitoTimestamp(new Date())
) =>
  Effect.gen(function*() {
    const client = Srp.client()
    const initiated = yield* post(cognito, "AWSCognitoIdentityProviderService.InitiateAuth", {
      AuthFlow: "USER_SRP_AUTH",
      ClientId: cognito.clientId,
      AuthParameters: { USERNAME: accessKey, SRP_A: client.srpA }
    })
    const p = initiated.body.ChallengeParameters as Record<string, string>
    const claim = {
      poolName: cognito.userPoolId.split("_")[1]!,
      userId: p.USER_ID_FOR_SRP!,
      secretBlock: p.SECRET_BLOCK!,
      timestamp
    }
    const signature = Either.getOrThrow(client.passwordClaim({ ...claim, srpB: p.SRP_B!, salt: p.SALT!, password }))
    const respond = {
      ChallengeName: "PASSWORD_VERIFIER",
      ClientId: cognito.clientId,
      ChallengeResponses: {
        USERNAME: claim.userId,
        PASSWORD_CLAIM_SECRET_BLOCK: claim.secretBlock,
        PASSWORD_CLAIM_SIGNATURE: signature,
        TIMESTAMP: claim.timestamp
      }
    }
    const responded = yield* post(cognito, "AWSCognitoIdentityProviderService.RespondToAuthChallenge", respond)
    return { responded, respond }
  })

const logins = (cognito: StandIn.CognitoStandIn, idToken: string) => ({
  [`cognito-idp.${cognito.region}.amazonaws.com/${cognito.userPoolId}`]: idToken
})

describe("Cognito stand-in", () => {
  const user = { accessKey: "AKTEST", secretKey: "sk" }

  it.effect("answers an unknown X-Amz-Target with 400 UnknownOperationException", () =>
    Effect.gen(function*() {
      const cognito = StandIn.make({ users: [user] })
      const answer = yield* post(cognito, "AWSCognitoIdentityProviderService.SignUp", {})
      expect(answer.status).toBe(400)
      expect(answer.body.__type).toBe("UnknownOperationException")
    }))

  it.effect("refuses an unknown user as Cognito does: 400 with __type and message only", () =>
    Effect.gen(function*() {
      const cognito = StandIn.make({ users: [user] })
      const answer = yield* post(cognito, "AWSCognitoIdentityProviderService.InitiateAuth", {
        AuthFlow: "USER_SRP_AUTH",
        ClientId: cognito.clientId,
        AuthParameters: { USERNAME: "AKNOBODY", SRP_A: Srp.client().srpA }
      })
      expect(answer.status).toBe(400)
      expect(Object.keys(answer.body).sort()).toEqual(["__type", "message"])
      expect(answer.body.__type).toBe("UserNotFoundException")
    }))

  it.effect("uses a secret block once: a replayed proof is refused", () =>
    Effect.gen(function*() {
      const cognito = StandIn.make({ users: [user] })
      const { respond, responded } = yield* login(cognito, user.accessKey, user.secretKey)
      expect(responded.status).toBe(200)
      const replay = yield* post(cognito, "AWSCognitoIdentityProviderService.RespondToAuthChallenge", respond)
      expect(replay.status).toBe(400)
      expect(replay.body.__type).toBe("NotAuthorizedException")
      expect(cognito.counters().logins).toBe(1)
    }))

  it.effect("refuses a TIMESTAMP whose day of month is zero-padded", () =>
    Effect.gen(function*() {
      const cognito = StandIn.make({ users: [user] })
      const { responded } = yield* login(cognito, user.accessKey, user.secretKey, "Wed Nov 04 02:08:00 UTC 2026")
      expect(responded.status).toBe(400)
      expect(responded.body.__type).toBe("InvalidParameterException")
      expect(cognito.counters().logins).toBe(0)
    }))

  it.effect("issues credentials it can look up by AccessKeyId, expiring in epoch seconds of its clock", () =>
    Effect.gen(function*() {
      const start = 1_800_000_000_123
      const cognito = StandIn.make({ users: [user], now: () => start, credentialsTtl: "15 minutes" })
      const { responded } = yield* login(cognito, user.accessKey, user.secretKey)
      const idToken = responded.body.AuthenticationResult.IdToken as string
      const id = yield* post(cognito, "AWSCognitoIdentityService.GetId", {
        IdentityPoolId: cognito.identityPoolId,
        Logins: logins(cognito, idToken)
      })
      const answer = yield* post(cognito, "AWSCognitoIdentityService.GetCredentialsForIdentity", {
        IdentityId: id.body.IdentityId,
        Logins: logins(cognito, idToken)
      })
      const sent = answer.body.Credentials as Record<string, unknown>
      expect(sent.Expiration).toBe(Math.floor((start + 15 * 60_000) / 1000))
      const issued = cognito.credentials(sent.AccessKeyId as string)
      assert(issued !== undefined)
      expect(issued.secretKey).toBe(sent.SecretKey)
      expect(issued.sessionToken).toBe(sent.SessionToken)
      expect(issued.expiration).toBe((sent.Expiration as number) * 1000)
      expect(issued.accessKey).toBe(user.accessKey)
      expect(cognito.credentials("ASIANOTISSUED")).toBeUndefined()
      expect(cognito.counters()).toEqual({
        initiateAuth: 1,
        respondToAuthChallenge: 1,
        logins: 1,
        getId: 1,
        getCredentialsForIdentity: 1
      })
    }))

  it.effect("refuses an expired ID token at the identity pool (TestClock)", () =>
    Effect.gen(function*() {
      const cognito = StandIn.make({ users: [user], idTokenTtl: "5 minutes" })
      const { responded } = yield* login(cognito, user.accessKey, user.secretKey)
      yield* TestClock.adjust("5 minutes")
      const answer = yield* post(cognito, "AWSCognitoIdentityService.GetId", {
        IdentityPoolId: cognito.identityPoolId,
        Logins: logins(cognito, responded.body.AuthenticationResult.IdToken)
      })
      expect(answer.status).toBe(400)
      expect(answer.body.__type).toBe("NotAuthorizedException")
      expect(answer.body.message).toMatch(/expired/)
    }))

  it.effect("answers \"Couldn't verify signed token\" as many times as told", () =>
    Effect.gen(function*() {
      const cognito = StandIn.make({ users: [user] })
      const { responded } = yield* login(cognito, user.accessKey, user.secretKey)
      cognito.failTokenChecks(2)
      const body = { IdentityPoolId: cognito.identityPoolId, Logins: logins(cognito, responded.body.AuthenticationResult.IdToken) }
      const answers = [
        yield* post(cognito, "AWSCognitoIdentityService.GetId", body),
        yield* post(cognito, "AWSCognitoIdentityService.GetId", body),
        yield* post(cognito, "AWSCognitoIdentityService.GetId", body)
      ]
      expect(answers.map((a) => a.status)).toEqual([400, 400, 200])
      expect(answers[0]!.body).toEqual({
        __type: "NotAuthorizedException",
        message: "Invalid login token. Couldn't verify signed token."
      })
    }))

  it("serves a public/config whose ApiAuth section the client reads", () => {
    const cognito = StandIn.make({ users: [user], region: "us-east-1" })
    const config = cognito.publicConfig("http://127.0.0.1:9/20190206")
    const decoded = Schema.decodeUnknownSync(Schema.Struct({ ApiAuth: PublicConfig }))(config)
    expect(decoded.ApiAuth.region).toBe("us-east-1")
    expect(decoded.ApiAuth.userPoolId).toBe(cognito.userPoolId)
    expect(decoded.ApiAuth.poolName).toBe(cognito.userPoolId.split("_")[1])
    expect((config.API as { endpoints: Array<{ endpoint: string }> }).endpoints[0]!.endpoint).toBe(
      "http://127.0.0.1:9/20190206"
    )
  })
})

describe("Cognito calls", () => {
  /** An HttpClient answering every request with `answer`, recording what it was sent. */
  const fake = (answer: () => Response) => {
    const sent: Array<HttpClientRequest.HttpClientRequest> = []
    const client = HttpClient.make((request) => {
      sent.push(request)
      return Effect.succeed(HttpClientResponse.fromWeb(request, answer()))
    })
    const settings: Cognito.CallSettings = { client, url: "https://cognito-identity.stax.test/", timeout: "5 seconds", secrets: () => ["s3cr3t"] }
    return { sent, settings }
  }
  const logins = { "cognito-idp.r.amazonaws.com/r_x": Redacted.make("id-token") }

  it.effect("posts JSON 1.1 with the operation's X-Amz-Target and no Authorization", () =>
    Effect.gen(function*() {
      const { sent, settings } = fake(() => Response.json({ IdentityId: "r:1" }))
      yield* Cognito.getId(settings, { identityPoolId: "r:pool", logins })
      const request = sent[0]!
      expect(request.method).toBe("POST")
      expect(request.headers["x-amz-target"]).toBe("AWSCognitoIdentityService.GetId")
      expect(request.headers["content-type"]).toBe("application/x-amz-json-1.1")
      expect(request.headers["authorization"]).toBeUndefined()
      assert(request.body._tag === "Uint8Array")
      expect(JSON.parse(new TextDecoder().decode(request.body.body))).toEqual({
        IdentityPoolId: "r:pool",
        Logins: { "cognito-idp.r.amazonaws.com/r_x": "id-token" }
      })
    }))

  it.effect("decodes Expiration from epoch seconds and keeps the secrets Redacted", () =>
    Effect.gen(function*() {
      const { settings } = fake(() =>
        Response.json({ Credentials: { AccessKeyId: "ASIA1", SecretKey: "sk", SessionToken: "st", Expiration: 1_800_000_000 } })
      )
      const answer = yield* Cognito.getCredentialsForIdentity(settings, { identityId: "r:1", logins })
      expect(answer.Credentials.Expiration.toISOString()).toBe(new Date(1_800_000_000_000).toISOString())
      expect(Redacted.isRedacted(answer.Credentials.SecretKey)).toBe(true)
      expect(String(answer.Credentials.SessionToken)).not.toContain("st")
    }))

  it.effect("turns a 400 into a CognitoFailure named without its namespace, scrubbed of secrets", () =>
    Effect.gen(function*() {
      const { settings } = fake(() =>
        Response.json({ __type: "com.amazonaws.cognito#NotAuthorizedException", message: "bad s3cr3t" }, { status: 400 })
      )
      const failure = yield* Effect.flip(Cognito.getId(settings, { identityPoolId: "p", logins }))
      assert(failure._tag === "CognitoFailure")
      expect(failure.type).toBe("NotAuthorizedException")
      expect(failure.status).toBe(400)
      expect(failure.message).toBe("bad <redacted>")
    }))

  it.effect("names the unreadable field of an answer but none of its values", () =>
    Effect.gen(function*() {
      const { settings } = fake(() =>
        Response.json({ Credentials: { AccessKeyId: "ASIA1", SecretKey: "leaky-aws-secret", SessionToken: "leaky-token", Expiration: "soon" } })
      )
      const failure = yield* Effect.flip(Cognito.getCredentialsForIdentity(settings, { identityId: "r:1", logins }))
      // A 2xx the SDK cannot read is the SDK's DecodeError, with no excerpt of the body (it holds secrets).
      assert(failure._tag === "DecodeError")
      expect(failure.endpoint).toBe("StaxCloud.auth.GetCredentialsForIdentity")
      expect(failure.message).toContain("Credentials.Expiration")
      expect(failure.excerpt).toBe("")
      expect(JSON.stringify(failure)).not.toContain("leaky")
      expect(String(failure)).not.toContain("leaky")
    }))
})
