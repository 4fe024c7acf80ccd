/**
 * The four Cognito JSON calls of the Stax cloud login: user pool `InitiateAuth` and
 * `RespondToAuthChallenge`, identity pool `GetId` and `GetCredentialsForIdentity`. Unsigned POSTs with
 * `Content-Type: application/x-amz-json-1.1` and `X-Amz-Target`, each under a time limit, answers
 * decoded with Schema. Secrets in the answers (tokens, AWS secret, session token) are decoded straight
 * into `Redacted`.
 *
 * @since 0.2.0
 */
import * as Clock from "effect/Clock"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { isOk } from "../../core/answer/Status.js"
import { MESSAGE_LENGTH } from "../../core/answer/Excerpt.js"
import { type ApiError, type DecodeError, scrubPrefix, TransportError } from "../../core/StaxError.js"
import * as LoginAnswer from "./LoginAnswer.js"
import * as LoginSender from "./LoginSender.js"

/**
 * A Cognito refusal: the `{"__type": "...", "message": "..."}` body of a 4xx answer (other than 429).
 *
 * @since 0.2.0
 * @category Errors
 */
export class CognitoFailure extends Data.TaggedError("CognitoFailure")<{
  /** The operation, e.g. `InitiateAuth`. */
  readonly operation: string
  readonly status: number
  /** The exception name without its namespace, e.g. `NotAuthorizedException`. */
  readonly type: string
  /** Cognito's message, scrubbed of secrets. */
  readonly message: string
}> {}

/**
 * How a Cognito call fails: Cognito's refusal, or the SDK's typed error (no answer; a 429 or 5xx that
 * outlasted the retries, or an answer that is not Cognito's: `ApiError`; a 2xx it cannot read: `DecodeError`).
 *
 * @since 0.2.0
 * @category Errors
 */
export type CallFailure = CognitoFailure | TransportError | ApiError | DecodeError

/**
 * Where and how to call: the HTTP client, the endpoint URL, the time limit per attempt, the retry policy
 * (none when absent), the size cap and the secrets to scrub from any text that goes into an error.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CallSettings extends LoginSender.LoginTransport {
  readonly url: string
}

/** A transport failure of a login step, saying what could not be reached and what to check. */
const unreachable = (settings: CallSettings, operation: string, error: TransportError): TransportError =>
  error.reason === "Timeout"
    ? new TransportError({ ...error, message: `no answer from ${operation}: ${error.message}` })
    : new TransportError({
      ...error,
      message: `the Stax cloud login could not reach ${new URL(settings.url).origin} (${operation}): ${error.message}. ` +
        "Check the network connection and the Stax region (STAX_REGION)"
    })

const call = <A, I>(
  settings: CallSettings,
  service: "AWSCognitoIdentityProviderService" | "AWSCognitoIdentityService",
  operation: string,
  body: unknown,
  answer: Schema.Schema<A, I>
): Effect.Effect<A, CallFailure> => {
  const endpoint = `StaxCloud.auth.${operation}`
  const outgoing = LoginSender.request("POST", settings.url, {
    "x-amz-target": `${service}.${operation}`,
    "content-type": "application/x-amz-json-1.1"
  }, JSON.stringify(body))
  return LoginSender.send(settings, endpoint, outgoing).pipe(
    Effect.mapError((error) => unreachable(settings, operation, error)),
    Effect.flatMap((response) =>
      Effect.flatMap(Clock.currentTimeMillis, (nowMillis): Effect.Effect<A, CallFailure> => {
        const context = { endpoint, secrets: settings.secrets(), nowMillis }
        if (isOk(response.status)) return LoginAnswer.decode(response, context, operation, answer)
        const problem = LoginAnswer.jsonOf(response)
        const type = typeof problem === "object" && problem !== null ? (problem as Record<string, unknown>)["__type"] : undefined
        // Only a 4xx in Cognito's own words is a refusal; a 429, a 5xx or someone else's answer is not.
        if (response.status === 429 || response.status >= 500 || response.status < 400 || typeof type !== "string") {
          return Effect.fail(LoginAnswer.unexpectedStatus(response, context, operation))
        }
        const record = problem as Record<string, unknown>
        const text = typeof record["message"] === "string" ? record["message"] : typeof record["Message"] === "string" ? record["Message"] : ""
        return Effect.fail(
          new CognitoFailure({
            operation,
            status: response.status,
            type: type.split("#").pop()!.slice(0, 200),
            message: scrubPrefix(text, context.secrets, MESSAGE_LENGTH)
          })
        )
      })
    )
  )
}

/**
 * `InitiateAuth`'s answer for `USER_SRP_AUTH`: normally the `PASSWORD_VERIFIER` challenge.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const InitiateAuthAnswer = Schema.Struct({
  ChallengeName: Schema.optional(Schema.String),
  ChallengeParameters: Schema.optionalWith(Schema.Record({ key: Schema.String, value: Schema.String }), {
    default: () => ({})
  }),
  Session: Schema.optional(Schema.String)
})

/**
 * The parameters of the `PASSWORD_VERIFIER` challenge.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PasswordVerifier = Schema.Struct({
  SRP_B: Schema.String,
  SALT: Schema.String,
  SECRET_BLOCK: Schema.String,
  USER_ID_FOR_SRP: Schema.String
})

/**
 * Reads the `PASSWORD_VERIFIER` parameters out of `InitiateAuth`'s `ChallengeParameters`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const decodePasswordVerifier = Schema.decodeUnknown(PasswordVerifier)

/**
 * `RespondToAuthChallenge`'s answer: tokens, or another challenge.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const RespondAnswer = Schema.Struct({
  AuthenticationResult: Schema.optional(Schema.Struct({
    IdToken: Schema.Redacted(Schema.String),
    AccessToken: Schema.optional(Schema.Redacted(Schema.String)),
    RefreshToken: Schema.optional(Schema.Redacted(Schema.String))
  })),
  ChallengeName: Schema.optional(Schema.String),
  Session: Schema.optional(Schema.String)
})

/**
 * `GetId`'s answer.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const GetIdAnswer = Schema.Struct({ IdentityId: Schema.String })

/** The last second a `Date` can hold (8.64e15 ms): a later one would be an invalid `Date`. */
const MAX_EPOCH_SECONDS = 8.64e12

/**
 * Epoch seconds (Cognito's JSON date format) as a `Date`, within what a `Date` can hold.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const EpochSeconds = Schema.transform(Schema.Number.pipe(Schema.between(0, MAX_EPOCH_SECONDS)), Schema.DateFromSelf, {
  strict: true,
  decode: (seconds) => new Date(seconds * 1000),
  encode: (date) => date.getTime() / 1000
})

/**
 * `GetCredentialsForIdentity`'s answer: temporary AWS credentials.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CredentialsAnswer = Schema.Struct({
  IdentityId: Schema.optional(Schema.String),
  Credentials: Schema.Struct({
    AccessKeyId: Schema.String,
    SecretKey: Schema.Redacted(Schema.String),
    SessionToken: Schema.Redacted(Schema.String),
    Expiration: EpochSeconds
  })
})

/**
 * User pool `InitiateAuth` with `AuthFlow: USER_SRP_AUTH`.
 *
 * @since 0.2.0
 * @category Calls
 */
export const initiateAuth = (
  settings: CallSettings,
  input: { readonly clientId: string; readonly username: string; readonly srpA: string }
) =>
  call(settings, "AWSCognitoIdentityProviderService", "InitiateAuth", {
    AuthFlow: "USER_SRP_AUTH",
    ClientId: input.clientId,
    AuthParameters: { USERNAME: input.username, SRP_A: input.srpA }
  }, InitiateAuthAnswer)

/**
 * User pool `RespondToAuthChallenge` with `ChallengeName: PASSWORD_VERIFIER`.
 *
 * @since 0.2.0
 * @category Calls
 */
export const respondToPasswordVerifier = (
  settings: CallSettings,
  input: {
    readonly clientId: string
    readonly userId: string
    readonly secretBlock: string
    readonly signature: string
    readonly timestamp: string
    readonly session: string | undefined
  }
) =>
  call(settings, "AWSCognitoIdentityProviderService", "RespondToAuthChallenge", {
    ChallengeName: "PASSWORD_VERIFIER",
    ClientId: input.clientId,
    ChallengeResponses: {
      USERNAME: input.userId,
      PASSWORD_CLAIM_SECRET_BLOCK: input.secretBlock,
      PASSWORD_CLAIM_SIGNATURE: input.signature,
      TIMESTAMP: input.timestamp
    },
    ...(input.session === undefined ? {} : { Session: input.session })
  }, RespondAnswer)

/**
 * Identity pool `GetId`.
 *
 * @since 0.2.0
 * @category Calls
 */
export const getId = (
  settings: CallSettings,
  input: { readonly identityPoolId: string; readonly logins: Record<string, Redacted.Redacted<string>> }
) =>
  call(settings, "AWSCognitoIdentityService", "GetId", {
    IdentityPoolId: input.identityPoolId,
    Logins: revealLogins(input.logins)
  }, GetIdAnswer)

/**
 * Identity pool `GetCredentialsForIdentity`.
 *
 * @since 0.2.0
 * @category Calls
 */
export const getCredentialsForIdentity = (
  settings: CallSettings,
  input: { readonly identityId: string; readonly logins: Record<string, Redacted.Redacted<string>> }
) =>
  call(settings, "AWSCognitoIdentityService", "GetCredentialsForIdentity", {
    IdentityId: input.identityId,
    Logins: revealLogins(input.logins)
  }, CredentialsAnswer)

const revealLogins = (logins: Record<string, Redacted.Redacted<string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(logins).map(([key, token]) => [key, Redacted.value(token)]))
