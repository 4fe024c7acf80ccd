/**
 * The Stax cloud login chain, as staxapp runs it: `public/config` → Cognito user pool SRP login (access
 * key + secret key → ID token) → identity pool (ID token → temporary AWS credentials for SigV4).
 *
 * The credentials are cached and reused while `expiration − tokenExpiryThreshold > now` (Effect's
 * `Clock`); then the whole login runs again. Concurrent callers share one login. The identity pool's
 * "Couldn't verify signed token" (eventual consistency) is retried at once, up to `maxAttempts` tries.
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Exit from "effect/Exit"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type { RetryPolicy } from "../../core/RetryPolicy.js"
import type { AuthError, StaxError } from "../../core/StaxError.js"
import * as Cognito from "./Cognito.js"
import { authError, type AuthReason } from "./errors.js"
import * as PublicConfig from "./PublicConfig.js"
import * as Srp from "./Srp.js"

/**
 * Temporary AWS credentials from the identity pool, for SigV4 (`execute-api`).
 *
 * @since 0.2.0
 * @category Models
 */
export interface AwsCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: Redacted.Redacted<string>
  readonly sessionToken: Redacted.Redacted<string>
  readonly expiration: Date
}

/**
 * What {@link makeCloudAuth} needs.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CloudAuthOptions {
  /** The API base, e.g. `https://api.au1.staxapp.cloud/20190206` (`public/config` is read below it). */
  readonly apiBaseUrl: string
  /** The API token's access key (the user pool user name). */
  readonly accessKey: string
  /** The API token's secret key (the user pool password). */
  readonly secretKey: Redacted.Redacted<string>
  /** Time limit of each attempt (`public/config` and each Cognito call). */
  readonly timeout: Duration.DurationInput
  /**
   * Retries of each login request (a 429 or 5xx the policy lists, `Retry-After` honoured, a connection that
   * failed, a timeout), each counted as a read; none when absent. The client passes its own `retry`.
   */
  readonly retry?: RetryPolicy | undefined
  /** The largest answer of a login request, in bytes (default 64 MiB). */
  readonly maxResponseBytes?: number | undefined
  /** Tries of the identity pool step while it answers "Couldn't verify signed token" (staxapp: 5). */
  readonly maxAttempts: number
  /** Credentials are renewed this long before they expire (staxapp: 1 minute). */
  readonly tokenExpiryThreshold: Duration.DurationInput
  /** Overrides of the Cognito endpoints (default `https://cognito-idp.<region>.amazonaws.com/` and
   * `https://cognito-identity.<region>.amazonaws.com/`). */
  readonly endpoints?: { readonly userPool?: string | undefined; readonly identityPool?: string | undefined } | undefined
}

/**
 * The login chain.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CloudAuth {
  /**
   * Valid credentials: the cached ones, or a new login's (one login shared by concurrent callers). Fails
   * with an `AuthError` when the keys are refused, a `TransportError` when a server could not be reached, an
   * `ApiError` when a login request answered a 429 or 5xx after its retries (or `public/config` a 404: the
   * region), a `DecodeError` when an answer could not be read.
   */
  readonly credentials: Effect.Effect<AwsCredentials, StaxError>
  /**
   * Drops the cached credentials: the next `credentials` logs in again. Succeeds with whether there were
   * credentials to drop: `false` after a failed login (logging in again at once would fail the same way).
   */
  readonly invalidate: Effect.Effect<boolean>
  /** The pools' AWS region (from `public/config`), the region requests are signed for. */
  readonly region: Effect.Effect<string, StaxError>
  /**
   * Every secret seen so far (secret key, the SRP values of the login, ID tokens, AWS secrets, session
   * tokens), for scrubbing.
   */
  readonly secrets: () => ReadonlyArray<string>
}

const COULD_NOT_VERIFY = "Couldn't verify signed token"

/**
 * How many token/key values {@link CloudAuth.secrets} keeps: those of the last few logins (older ones
 * expired); a login adds up to nine (SRP_A, the secret block, the session, the claim's signature, three
 * tokens, the AWS secret and the session token).
 */
const KEPT_SECRETS = 27

interface State {
  readonly cached: AwsCredentials | undefined
  readonly inflight: Deferred.Deferred<AwsCredentials, StaxError> | undefined
}

/** Maps a Cognito refusal to the reason the user can act on. */
const userPoolReason = (failure: Cognito.CognitoFailure): { reason: AuthReason; message: string } => {
  switch (failure.type) {
    case "UserNotFoundException":
      return {
        reason: "UnknownAccessKey",
        message: "the Stax cloud does not know this access key: check your Access Key (STAX_ACCESS_KEY), " +
          "that the API token exists (it may have been deleted), and that you use the right Stax region (STAX_REGION)"
      }
    case "NotAuthorizedException":
      return {
        reason: "WrongSecretKey",
        message: `the Stax cloud refused the secret key: check your Secret Key (STAX_SECRET_KEY) (${failure.message})`
      }
    default:
      return {
        reason: "Refused",
        message: `${failure.operation} failed with ${failure.type}${failure.message ? `: ${failure.message}` : ""}`
      }
  }
}

const fromCognito = (failure: Cognito.CallFailure): StaxError => {
  if (failure._tag !== "CognitoFailure") return failure
  const { message, reason } = userPoolReason(failure)
  return authError(`StaxCloud.auth.${failure.operation}`, reason, message, failure.status)
}

const isCouldNotVerify = (failure: Cognito.CallFailure): boolean =>
  failure._tag === "CognitoFailure" && failure.type === "NotAuthorizedException" &&
  failure.message.includes(COULD_NOT_VERIFY)

const challengeError = (endpoint: string, challenge: string): AuthError =>
  challenge === "NEW_PASSWORD_REQUIRED"
    ? authError(
      endpoint,
      "NewPasswordRequired",
      "the Stax cloud requires a new password for this access key (NEW_PASSWORD_REQUIRED), which an API token " +
        "cannot set: create a new API token"
    )
    : authError(endpoint, "UnsupportedChallenge", `the Stax cloud asked for the ${challenge} challenge, which the SDK does not answer`)

/**
 * Builds the login chain. Needs an `HttpClient` (e.g. `FetchHttpClient.layer`); nothing is fetched
 * until `credentials` or `region` runs.
 *
 * @example
 * ```ts
 * const auth = yield* makeCloudAuth({
 *   apiBaseUrl: "https://api.au1.staxapp.cloud/20190206",
 *   accessKey: "…",
 *   secretKey: Redacted.make("…"),
 *   timeout: "10 seconds",
 *   maxAttempts: 5,
 *   tokenExpiryThreshold: "1 minute"
 * })
 * const { accessKeyId, secretAccessKey, sessionToken } = yield* auth.credentials
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const makeCloudAuth = (
  options: CloudAuthOptions
): Effect.Effect<CloudAuth, never, HttpClient.HttpClient> =>
  Effect.gen(function*() {
    const client = yield* HttpClient.HttpClient
    const threshold = Duration.toMillis(options.tokenExpiryThreshold)
    const maxAttempts = Math.max(1, Math.floor(options.maxAttempts))

    const secretKey = Redacted.value(options.secretKey)
    let seen: ReadonlyArray<string> = []
    const remember = (values: ReadonlyArray<string>) => {
      seen = [...seen, ...values.filter((s) => s.length > 0)].slice(-KEPT_SECRETS)
    }
    const secrets = (): ReadonlyArray<string> => secretKey.length > 0 ? [secretKey, ...seen] : seen
    const transport = { client, timeout: options.timeout, retry: options.retry, maxResponseBytes: options.maxResponseBytes }
    const publicConfig = yield* PublicConfig.make({ ...transport, apiBaseUrl: options.apiBaseUrl, secrets })
    const settings = (url: string): Cognito.CallSettings => ({ ...transport, url, secrets })

    const login = Effect.gen(function*() {
      const config = yield* publicConfig
      const userPool = settings(options.endpoints?.userPool ?? `https://cognito-idp.${config.region}.amazonaws.com/`)
      const identityPool = settings(
        options.endpoints?.identityPool ?? `https://cognito-identity.${config.region}.amazonaws.com/`
      )
      yield* Effect.logDebug("StaxCloud.auth: signing in")

      // 1. User pool SRP login → ID token.
      const srp = Srp.client()
      // The SRP values of this login are scrubbed too: a server may echo them in an error.
      remember([srp.srpA])
      const initiated = yield* Cognito.initiateAuth(userPool, {
        clientId: config.userPoolWebClientId,
        username: options.accessKey,
        srpA: srp.srpA
      }).pipe(Effect.mapError(fromCognito))
      if (initiated.ChallengeName !== "PASSWORD_VERIFIER") {
        return yield* challengeError("StaxCloud.auth.InitiateAuth", initiated.ChallengeName ?? "(none)")
      }
      const challenge = yield* Effect.mapError(
        Cognito.decodePasswordVerifier(initiated.ChallengeParameters),
        () => authError("StaxCloud.auth.InitiateAuth", "Refused", "InitiateAuth answered an incomplete PASSWORD_VERIFIER challenge")
      )
      const timestamp = Srp.cognitoTimestamp(new Date(yield* Clock.currentTimeMillis))
      const claim = {
        poolName: config.poolName,
        userId: challenge.USER_ID_FOR_SRP,
        secretBlock: challenge.SECRET_BLOCK,
        timestamp
      }
      remember([challenge.SECRET_BLOCK, initiated.Session ?? ""])
      const signature = srp.passwordClaim({ ...claim, srpB: challenge.SRP_B, salt: challenge.SALT, password: secretKey })
      if (Either.isLeft(signature)) {
        return yield* authError("StaxCloud.auth.InitiateAuth", "Refused", `InitiateAuth answered an unusable challenge: ${signature.left}`)
      }
      remember([signature.right])
      const responded = yield* Cognito.respondToPasswordVerifier(userPool, {
        clientId: config.userPoolWebClientId,
        userId: challenge.USER_ID_FOR_SRP,
        secretBlock: challenge.SECRET_BLOCK,
        signature: signature.right,
        timestamp,
        session: initiated.Session
      }).pipe(Effect.mapError(fromCognito))
      const result = responded.AuthenticationResult
      if (result === undefined) {
        return yield* challengeError("StaxCloud.auth.RespondToAuthChallenge", responded.ChallengeName ?? "(none)")
      }
      const idToken = result.IdToken
      remember([idToken, result.AccessToken, result.RefreshToken].flatMap((t) => t === undefined ? [] : [Redacted.value(t)]))

      // 2. Identity pool → AWS credentials, retried at once on "Couldn't verify signed token".
      const logins = { [`cognito-idp.${config.region}.amazonaws.com/${config.userPoolId}`]: idToken }
      const answer = yield* Cognito.getId(identityPool, { identityPoolId: config.identityPoolId, logins }).pipe(
        Effect.flatMap(({ IdentityId }) =>
          Cognito.getCredentialsForIdentity(identityPool, { identityId: IdentityId, logins })
        ),
        Effect.tapError((failure) =>
          isCouldNotVerify(failure)
            ? Effect.logDebug("StaxCloud.auth: the identity pool could not verify the ID token yet")
            : Effect.void
        ),
        Effect.retry({ times: maxAttempts - 1, while: isCouldNotVerify }),
        Effect.mapError((failure) =>
          failure._tag !== "CognitoFailure"
            ? failure
            : authError(
              `StaxCloud.auth.${failure.operation}`,
              "IdentityPool",
              isCouldNotVerify(failure)
                ? `Retries exceeded: the identity pool could not verify the ID token in ${maxAttempts} attempts`
                : `the identity pool refused the ID token: ${failure.type}${failure.message ? `: ${failure.message}` : ""}`,
              failure.status
            )
        )
      )
      const { AccessKeyId, Expiration, SecretKey, SessionToken } = answer.Credentials
      remember([Redacted.value(SecretKey), Redacted.value(SessionToken)])
      yield* Effect.logDebug(`StaxCloud.auth: signed in, credentials valid until ${Expiration.toISOString()}`)
      const credentials: AwsCredentials = {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretKey,
        sessionToken: SessionToken,
        expiration: Expiration
      }
      return credentials
    }).pipe(Effect.withSpan("StaxCloud.auth.login"))

    const state = yield* Ref.make<State>({ cached: undefined, inflight: undefined })
    const fresh = (credentials: AwsCredentials | undefined, now: number): credentials is AwsCredentials =>
      credentials !== undefined && credentials.expiration.getTime() - threshold > now

    // The cached credentials, also outside the Ref: a call with fresh credentials reads them without an effect.
    let current: AwsCredentials | undefined = undefined
    let knownRegion: string | undefined = undefined

    const slow = Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const mine = yield* Deferred.make<AwsCredentials, StaxError>()
      const decision = yield* Ref.modify(state, (s): [
        { readonly _tag: "Cached"; readonly value: AwsCredentials } | {
          readonly _tag: "Join" | "Start"
          readonly deferred: Deferred.Deferred<AwsCredentials, StaxError>
        },
        State
      ] => {
        if (fresh(s.cached, now)) return [{ _tag: "Cached", value: s.cached }, s]
        if (s.inflight !== undefined) return [{ _tag: "Join", deferred: s.inflight }, s]
        return [{ _tag: "Start", deferred: mine }, { ...s, inflight: mine }]
      })
      if (decision._tag === "Cached") return decision.value
      if (decision._tag === "Start") {
        // The login runs on its own fiber: a caller that is interrupted does not cancel it for the others.
        yield* login.pipe(
          Effect.onExit((exit) =>
            // A failed login leaves nothing cached (the old credentials were due for renewal anyway).
            Ref.set(state, { cached: Exit.isSuccess(exit) ? exit.value : undefined, inflight: undefined }).pipe(
              Effect.zipRight(Effect.sync(() => {
                current = Exit.isSuccess(exit) ? exit.value : undefined
              })),
              Effect.zipRight(Deferred.done(mine, exit))
            )
          ),
          Effect.forkDaemon
        )
      }
      return yield* Deferred.await(decision.deferred)
    })

    const credentials: Effect.Effect<AwsCredentials, StaxError> = Effect.withFiberRuntime((fiber) => {
      const cached = current
      const now = Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeMillis()
      return fresh(cached, now) ? Effect.succeed(cached) : slow
    })

    return {
      credentials,
      invalidate: Effect.zipLeft(
        Ref.modify(state, (s) => [s.cached !== undefined, { ...s, cached: undefined }]),
        Effect.sync(() => {
          current = undefined
        })
      ),
      // Known once `public/config` was read: then without running its cached effect again.
      region: Effect.suspend(() =>
        knownRegion !== undefined ? Effect.succeed(knownRegion) : Effect.map(publicConfig, (config) => knownRegion = config.region)
      ),
      secrets
    }
  })
