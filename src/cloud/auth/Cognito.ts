/**
 * The four Cognito JSON calls of the Stax cloud login: user pool `InitiateAuth` and
 * `RespondToAuthChallenge`, identity pool `GetId` and `GetCredentialsForIdentity`. Unsigned POSTs with
 * `Content-Type: application/x-amz-json-1.1` and `X-Amz-Target`, each under a time limit, answers
 * decoded with Schema. Secrets in the answers (tokens, AWS secret, session token) are decoded straight
 * into `Redacted`.
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import { fromHttpClientError } from "../../core/internal/transport.js"
import { scrub, TransportError } from "../../core/StaxError.js"

/**
 * A Cognito refusal: the `{"__type": "...", "message": "..."}` body of a non-2xx answer.
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
 * Where and how to call: the HTTP client, the endpoint URL, the time limit per call and the secrets
 * to scrub from any text that goes into an error.
 *
 * @since 0.2.0
 * @category Models
 */
export interface CallSettings {
  readonly client: HttpClient.HttpClient
  readonly url: string
  readonly timeout: Duration.DurationInput
  readonly secrets: () => ReadonlyArray<string>
}

const ErrorBody = Schema.Struct({
  __type: Schema.optional(Schema.String),
  message: Schema.optional(Schema.String),
  Message: Schema.optional(Schema.String)
})

/** The decoding failure's paths only: a ParseError's own text may quote the (secret) values. */
const describeParseError = (error: ParseResult.ParseError): string => {
  const paths = ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => issue.path.join(".") || "(body)")
  return `unexpected answer at ${[...new Set(paths)].join(", ")}`
}

/** A transport failure of a login step, saying what could not be reached and what to check. */
const unreachable = (settings: CallSettings, operation: string, error: TransportError): TransportError =>
  new TransportError({
    endpoint: error.endpoint,
    reason: error.reason,
    maybeSent: error.maybeSent,
    message: `the Stax cloud login could not reach ${new URL(settings.url).origin} (${operation}): ${error.message}. ` +
      "Check the network connection and the Stax region (STAX_REGION)"
  })

const call = <A, I>(
  settings: CallSettings,
  service: "AWSCognitoIdentityProviderService" | "AWSCognitoIdentityService",
  operation: string,
  body: unknown,
  answer: Schema.Schema<A, I>
): Effect.Effect<A, CognitoFailure | TransportError> => {
  const endpoint = `StaxCloud.auth.${operation}`
  const request = HttpClientRequest.post(settings.url).pipe(
    HttpClientRequest.setHeader("X-Amz-Target", `${service}.${operation}`),
    HttpClientRequest.bodyText(JSON.stringify(body), "application/x-amz-json-1.1")
  )
  return settings.client.execute(request).pipe(
    Effect.flatMap((response) =>
      response.status >= 200 && response.status < 300
        ? HttpClientResponse.schemaBodyJson(answer)(response).pipe(
          Effect.catchTag("ParseError", (error) =>
            Effect.fail(
              new CognitoFailure({ operation, status: response.status, type: "Decode", message: describeParseError(error) })
            ))
        )
        : HttpClientResponse.schemaBodyJson(ErrorBody)(response).pipe(
          Effect.orElseSucceed(() => ({ __type: undefined, message: undefined, Message: undefined })),
          Effect.flatMap((problem) =>
            Effect.fail(
              new CognitoFailure({
                operation,
                status: response.status,
                type: (problem.__type ?? `HTTP ${response.status}`).split("#").pop()!,
                message: scrub(problem.message ?? problem.Message ?? "", settings.secrets())
              })
            )
          )
        )
    ),
    Effect.catchTags({
      RequestError: (error) => Effect.fail(unreachable(settings, operation, fromHttpClientError(endpoint, error, settings.secrets()))),
      ResponseError: (error) => Effect.fail(unreachable(settings, operation, fromHttpClientError(endpoint, error, settings.secrets())))
    }),
    Effect.timeoutFail({
      duration: settings.timeout,
      onTimeout: () =>
        new TransportError({
          endpoint,
          reason: "Timeout",
          maybeSent: true,
          message: `no answer from ${operation} within ${Duration.format(settings.timeout)}`
        })
    })
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

/**
 * Epoch seconds (Cognito's JSON date format) as a `Date`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const EpochSeconds = Schema.transform(Schema.Number, Schema.DateFromSelf, {
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
