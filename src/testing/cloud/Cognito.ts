/**
 * A stand-in for the Cognito services behind the Stax cloud login: the user pool's `InitiateAuth`
 * (`USER_SRP_AUTH`) and `RespondToAuthChallenge` (`PASSWORD_VERIFIER`), and the identity pool's
 * `GetId` and `GetCredentialsForIdentity`, over their JSON protocol (`X-Amz-Target`), as a web
 * `Request` → `Response` handler. Errors are Cognito's: HTTP 400 with `{"__type", "message"}`.
 *
 * It issues opaque ID tokens and random temporary AWS credentials with a short, configurable life,
 * keeps the credentials for the API stand-in's SigV4 check ({@link CognitoStandIn.credentials}),
 * counts the calls, and can answer the identity pool's eventual-consistency failure
 * ("Couldn't verify signed token") a given number of times.
 *
 * @since 0.2.0
 */
import { randomBytes } from "node:crypto"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Srp from "../../cloud/auth/Srp.js"

/**
 * A user of the pool: an API token's access key and secret key.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CognitoUserSpec {
  readonly accessKey: string
  readonly secretKey: string
  /** Answer `NEW_PASSWORD_REQUIRED` after a correct password. */
  readonly needsNewPassword?: boolean
  /** The user's `USER_ID_FOR_SRP` (default: a random id, different from the access key). */
  readonly userId?: string
  /** The SRP salt, hex (default: 16 random bytes). Sent without leading zeros. */
  readonly salt?: string
}

/**
 * How to build the stand-in.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CognitoOptions {
  readonly users: ReadonlyArray<CognitoUserSpec>
  /** The pools' AWS region (default `ap-southeast-2`). */
  readonly region?: string
  readonly userPoolId?: string
  readonly clientId?: string
  readonly identityPoolId?: string
  /** Life of the temporary AWS credentials (default 1 hour). */
  readonly credentialsTtl?: Duration.DurationInput
  /** Life of the ID tokens (default 1 hour). */
  readonly idTokenTtl?: Duration.DurationInput
  /** The stand-in's clock in epoch millis (default: Effect's `Clock`, so `TestClock` drives it). */
  readonly now?: () => number
  /** Random bytes for salts, `b`, tokens and keys (default `crypto.randomBytes`). */
  readonly random?: Srp.RandomBytes
  /** How many identity-pool token checks answer "Couldn't verify signed token" first (default 0). */
  readonly unverifiedTokenFailures?: number
}

/**
 * Temporary AWS credentials the identity pool issued.
 *
 * @since 0.2.0
 * @category Models
 */
export interface IssuedCredentials {
  readonly accessKeyId: string
  readonly secretKey: string
  readonly sessionToken: string
  /** Epoch millis (whole seconds, as sent). */
  readonly expiration: number
  readonly identityId: string
  /** The access key of the user they were issued to. */
  readonly accessKey: string
}

/**
 * Calls seen so far.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CognitoCounters {
  readonly initiateAuth: number
  readonly respondToAuthChallenge: number
  /** Successful logins (ID tokens issued). */
  readonly logins: number
  readonly getId: number
  readonly getCredentialsForIdentity: number
}

/**
 * The stand-in.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CognitoStandIn {
  readonly region: string
  readonly userPoolId: string
  readonly clientId: string
  readonly identityPoolId: string
  /** Answers a user pool or identity pool call (dispatch on `X-Amz-Target`; the URL is ignored). */
  readonly handle: (request: Request) => Effect.Effect<Response>
  /** The issued credentials with this access key id (also once expired), for SigV4 verification. */
  readonly credentials: (accessKeyId: string) => IssuedCredentials | undefined
  readonly counters: () => CognitoCounters
  /** The ID tokens issued so far (opaque strings), e.g. to check that none leaks. */
  readonly idTokens: () => ReadonlyArray<string>
  /** Deletes a user (as deleting an API token does): its next login answers `UserNotFoundException`. */
  readonly removeUser: (accessKey: string) => void
  /** The next `n` identity-pool token checks answer "Couldn't verify signed token". */
  readonly failTokenChecks: (n: number) => void
  /** The `GET /public/config` answer for an API at `baseUrl`, pointing at this stand-in's pools. */
  readonly publicConfig: (baseUrl: string) => Record<string, unknown>
}

class Refusal {
  constructor(readonly type: string, readonly message: string) {}
}

interface User {
  readonly spec: CognitoUserSpec
  readonly userId: string
  readonly salt: bigint
  readonly verifier: bigint
  readonly identityId: string
}

interface Challenge {
  readonly user: User
  readonly server: Srp.SrpServer
}

/** `Wed Nov 4 02:08:00 UTC 2026`: English names, day of month unpadded. */
const TIMESTAMP =
  /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12]\d|3[01]) \d\d:\d\d:\d\d UTC \d{4}$/

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/x-amz-json-1.1" } })

const str = (value: unknown): string | undefined => typeof value === "string" ? value : undefined
const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {}

/**
 * Builds a Cognito stand-in.
 *
 * @example
 * ```ts
 * const cognito = Cognito.make({ users: [{ accessKey: "ak", secretKey: "sk" }], credentialsTtl: "15 minutes" })
 * // route https://cognito-idp.../ and https://cognito-identity.../ to cognito.handle,
 * // and GET <api>/public/config to cognito.publicConfig(api)
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (options: CognitoOptions): CognitoStandIn => {
  const random = options.random ?? randomBytes
  const region = options.region ?? "ap-southeast-2"
  const userPoolId = options.userPoolId ?? `${region}_StaxLocal1`
  const poolName = userPoolId.slice(userPoolId.indexOf("_") + 1)
  const clientId = options.clientId ?? "staxlocalwebclient"
  const identityPoolId = options.identityPoolId ?? `${region}:00000000-0000-4000-8000-000000000001`
  const providerName = `cognito-idp.${region}.amazonaws.com/${userPoolId}`
  const credentialsTtl = Duration.toMillis(options.credentialsTtl ?? "1 hour")
  const idTokenTtl = Duration.toMillis(options.idTokenTtl ?? "1 hour")
  const now: Effect.Effect<number> = options.now === undefined ? Clock.currentTimeMillis : Effect.sync(options.now)

  const token = (bytes: number) => Buffer.from(random(bytes)).toString("base64url")
  const hex = (bytes: number) => Buffer.from(random(bytes)).toString("hex")
  const uuid = () => {
    const h = hex(16)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
  }

  const users = new Map<string, User>()
  for (const spec of options.users) {
    const userId = spec.userId ?? uuid()
    const salt = BigInt(`0x${spec.salt ?? hex(16)}`)
    users.set(spec.accessKey, {
      spec,
      userId,
      salt,
      verifier: Srp.verifier(poolName, userId, spec.secretKey, salt),
      identityId: `${region}:${uuid()}`
    })
  }
  const challenges = new Map<string, Challenge>()
  const idTokens = new Map<string, { readonly user: User; readonly expires: number }>()
  const issued = new Map<string, IssuedCredentials>()
  const count = { initiateAuth: 0, respondToAuthChallenge: 0, logins: 0, getId: 0, getCredentialsForIdentity: 0 }
  let tokenCheckFailures = options.unverifiedTokenFailures ?? 0

  const initiateAuth = (body: Record<string, unknown>): unknown => {
    count.initiateAuth++
    if (body.ClientId !== clientId) throw new Refusal("ResourceNotFoundException", "User pool client does not exist.")
    if (body.AuthFlow !== "USER_SRP_AUTH") throw new Refusal("InvalidParameterException", "Unsupported AuthFlow.")
    const parameters = record(body.AuthParameters)
    const user = users.get(str(parameters.USERNAME) ?? "")
    if (user === undefined) throw new Refusal("UserNotFoundException", "User does not exist.")
    const server = Srp.server(user.verifier, str(parameters.SRP_A) ?? "", random)
    if (Either.isLeft(server)) throw new Refusal("InvalidParameterException", "Invalid SRP_A.")
    const secretBlock = token(64)
    challenges.set(secretBlock, { user, server: server.right })
    return {
      ChallengeName: "PASSWORD_VERIFIER",
      ChallengeParameters: {
        SALT: user.salt.toString(16),
        SECRET_BLOCK: secretBlock,
        SRP_B: server.right.srpB,
        USERNAME: user.userId,
        USER_ID_FOR_SRP: user.userId
      }
    }
  }

  const respondToAuthChallenge = (body: Record<string, unknown>, time: number): unknown => {
    count.respondToAuthChallenge++
    if (body.ClientId !== clientId) throw new Refusal("ResourceNotFoundException", "User pool client does not exist.")
    if (body.ChallengeName !== "PASSWORD_VERIFIER") throw new Refusal("InvalidParameterException", "Unsupported challenge.")
    const responses = record(body.ChallengeResponses)
    const secretBlock = str(responses.PASSWORD_CLAIM_SECRET_BLOCK) ?? ""
    const challenge = challenges.get(secretBlock)
    challenges.delete(secretBlock)
    const username = str(responses.USERNAME)
    if (challenge === undefined || (username !== challenge.user.userId && username !== challenge.user.spec.accessKey)) {
      throw new Refusal("NotAuthorizedException", "Incorrect username or password.")
    }
    const timestamp = str(responses.TIMESTAMP) ?? ""
    if (!TIMESTAMP.test(timestamp)) throw new Refusal("InvalidParameterException", "TIMESTAMP is not in the expected format.")
    const proven = challenge.server.verify(str(responses.PASSWORD_CLAIM_SIGNATURE) ?? "", {
      poolName,
      userId: challenge.user.userId,
      secretBlock,
      timestamp
    })
    if (!proven) throw new Refusal("NotAuthorizedException", "Incorrect username or password.")
    if (challenge.user.spec.needsNewPassword === true) {
      return {
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        ChallengeParameters: { USER_ID_FOR_SRP: challenge.user.userId, requiredAttributes: "[]", userAttributes: "{}" },
        Session: token(48)
      }
    }
    count.logins++
    const idToken = token(48)
    idTokens.set(idToken, { user: challenge.user, expires: time + idTokenTtl })
    return {
      AuthenticationResult: {
        AccessToken: token(48),
        ExpiresIn: Math.floor(idTokenTtl / 1000),
        IdToken: idToken,
        RefreshToken: token(48),
        TokenType: "Bearer"
      },
      ChallengeParameters: {}
    }
  }

  /** The user of the request's `Logins` ID token, or Cognito's refusal. */
  const checkToken = (body: Record<string, unknown>, time: number): User => {
    const logins = record(body.Logins)
    const keys = Object.keys(logins)
    if (keys.length !== 1 || keys[0] !== providerName) {
      throw new Refusal("NotAuthorizedException", "Invalid login token. Issuer doesn't match providerName")
    }
    if (tokenCheckFailures > 0) {
      tokenCheckFailures--
      throw new Refusal("NotAuthorizedException", "Invalid login token. Couldn't verify signed token.")
    }
    const entry = idTokens.get(str(logins[providerName]) ?? "")
    if (entry === undefined) throw new Refusal("NotAuthorizedException", "Invalid login token. Not a valid OpenId Connect identity token.")
    if (entry.expires <= time) throw new Refusal("NotAuthorizedException", "Invalid login token. Token expired.")
    return entry.user
  }

  const getId = (body: Record<string, unknown>, time: number): unknown => {
    count.getId++
    if (body.IdentityPoolId !== identityPoolId) throw new Refusal("ResourceNotFoundException", "IdentityPool not found.")
    return { IdentityId: checkToken(body, time).identityId }
  }

  const getCredentialsForIdentity = (body: Record<string, unknown>, time: number): unknown => {
    count.getCredentialsForIdentity++
    const user = checkToken(body, time)
    if (body.IdentityId !== user.identityId) throw new Refusal("NotAuthorizedException", "Logins don't match.")
    const expirationSeconds = Math.floor((time + credentialsTtl) / 1000)
    const credentials: IssuedCredentials = {
      accessKeyId: `ASIA${hex(8).toUpperCase()}`,
      secretKey: token(30),
      sessionToken: token(96),
      expiration: expirationSeconds * 1000,
      identityId: user.identityId,
      accessKey: user.spec.accessKey
    }
    issued.set(credentials.accessKeyId, credentials)
    return {
      IdentityId: user.identityId,
      Credentials: {
        AccessKeyId: credentials.accessKeyId,
        Expiration: expirationSeconds,
        SecretKey: credentials.secretKey,
        SessionToken: credentials.sessionToken
      }
    }
  }

  const operations: Record<string, (body: Record<string, unknown>, time: number) => unknown> = {
    "AWSCognitoIdentityProviderService.InitiateAuth": initiateAuth,
    "AWSCognitoIdentityProviderService.RespondToAuthChallenge": respondToAuthChallenge,
    "AWSCognitoIdentityService.GetId": getId,
    "AWSCognitoIdentityService.GetCredentialsForIdentity": getCredentialsForIdentity
  }

  const handle = (request: Request): Effect.Effect<Response> =>
    Effect.gen(function*() {
      const operation = operations[request.headers.get("x-amz-target") ?? ""]
      if (request.method !== "POST" || operation === undefined) {
        return json(400, { __type: "UnknownOperationException", message: "Unknown operation." })
      }
      const text = yield* Effect.promise(() => request.text())
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return json(400, { __type: "SerializationException", message: "Malformed JSON body." })
      }
      const time = yield* now
      try {
        return json(200, operation(record(body), time))
      } catch (error) {
        if (error instanceof Refusal) return json(400, { __type: error.type, message: error.message })
        throw error
      }
    })

  return {
    region,
    userPoolId,
    clientId,
    identityPoolId,
    handle,
    credentials: (accessKeyId) => issued.get(accessKeyId),
    counters: () => ({ ...count }),
    idTokens: () => [...idTokens.keys()],
    removeUser: (accessKey) => {
      users.delete(accessKey)
    },
    failTokenChecks: (n) => {
      tokenCheckFailures = n
    },
    publicConfig: (baseUrl) => {
      const pools = { identityPoolId, region, userPoolId, userPoolWebClientId: clientId, mandatorySignIn: true }
      return {
        API: { endpoints: [{ name: "api", endpoint: baseUrl, region }] },
        Analytics: { disable: true },
        ApiAuth: pools,
        AppSync: {
          analytics: { endpoint: `${baseUrl}/graphql`, region },
          core: { endpoint: `${baseUrl}/graphql`, region },
          graphqlEndpoint: `${baseUrl}/graphql`,
          region
        },
        Auth: pools,
        Features: [],
        Juma: { controlplaneRegion: region, domainName: "localhost", fullDomainName: "localhost", masterAccountId: 0, stage: "local" },
        JumaAuth: { ...pools, identityPoolIdV2: identityPoolId },
        Sentry: { dsn: "", projectName: "stax-local" }
      }
    }
  }
}
