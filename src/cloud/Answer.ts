/**
 * The one function that turns a Stax cloud answer (status, headers, body text) into a payload or a typed
 * error: the Stax cloud counterpart of `Envelope.interpret` (the Stax.ai API's).
 *
 * The Stax cloud API has no envelope: a success is the payload itself (`{ Accounts: [...] }`), a failure is
 * `{ Error, Cause }` from the API, or `{ message }` from API Gateway in front of it (signature refused,
 * throttled, an internal error).
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import { type Answer, decodeErrorFromParseError, dropNullProperties, excerpt } from "../ai/Envelope.js"
import * as Decode from "../core/decode/index.js"
import { parseRetryAfter } from "../core/RetryPolicy.js"
import { ApiError, AuthError, DecodeError, type StaxError, scrubPrefix } from "../core/StaxError.js"

export type { Answer } from "../ai/Envelope.js"

/**
 * What {@link interpret} needs besides the answer.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Context<A, I> {
  /** The SDK operation, e.g. `Accounts.readAccounts`, named in every error. */
  readonly endpoint: string
  /** Decodes the whole success body. */
  readonly payload: Schema.Schema<A, I>
  /** Strings to scrub from anything kept in an error (the session token, the keys). */
  readonly secrets: ReadonlyArray<string>
  /** The current time, for `Retry-After` given as an HTTP date. */
  readonly nowMillis: number
}

const isOk = (status: number) => status >= 200 && status < 300
const isAuthStatus = (status: number) => status === 401 || status === 403

const nonEmptyString = (u: unknown): string | undefined => (typeof u === "string" && u.trim().length > 0 ? u : undefined)

/**
 * The message of a failure body: the API's `Error` (with its `Cause`, when it has one) or API Gateway's
 * `message`; `undefined` when the body has neither.
 *
 * @example
 * ```ts
 * failureMessage({ Error: "Invalid parameter", Cause: "limit must be a positive integer" })
 * // "Invalid parameter: limit must be a positive integer"
 * failureMessage({ message: "Missing Authentication Token" }) // "Missing Authentication Token"
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const failureMessage = (body: unknown): string | undefined => {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined
  const record = body as Record<string, unknown>
  const error = Object.hasOwn(record, "Error") ? nonEmptyString(record["Error"]) : undefined
  const cause = Object.hasOwn(record, "Cause") ? nonEmptyString(record["Cause"]) : undefined
  if (error !== undefined) return cause === undefined || cause === error ? error : `${error}: ${cause}`
  if (cause !== undefined) return cause
  return Object.hasOwn(record, "message") ? nonEmptyString(record["message"]) : undefined
}

/** A failure answer's JSON, nulls dropped, for reading its message. */
const parseJson = (text: string): Option.Option<unknown> =>
  Option.map(Option.getRight(Decode.parseJson(text)), dropNullProperties)

/**
 * Interprets a Stax cloud answer:
 * - 2xx with JSON: the payload, decoded leniently by `context.payload` (unknown fields and enum values kept;
 *   a documented field of the wrong type is a `DecodeError` naming its path);
 * - 401/403: `AuthError` with the message (API Gateway refuses a signature with 403 `{message}`);
 * - any other non-2xx with JSON: `ApiError` with the `Error`/`Cause` or `message`, and `Retry-After` when sent;
 * - a body that is not JSON (an HTML gateway page, a truncated or empty body): `DecodeError` (or `AuthError`
 *   on 401/403).
 *
 * Every message and excerpt is scrubbed of `context.secrets`. Pure and total: it never throws.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const interpret = <A, I>(answer: Answer, context: Context<A, I>): Either.Either<A, StaxError> => {
  const { endpoint, secrets } = context
  const { body, status } = answer
  // Scrubbed before it is cut, from a bounded prefix: a long message costs no more than a short one.
  const clean = (text: string) => scrubPrefix(text, secrets, 500)
  const notJson = () => {
    const trimmed = excerpt(body, [])
    const what = trimmed.startsWith("<") ? "an HTML page" : trimmed === "" ? "an empty body" : "a body that is not JSON"
    return new DecodeError({ endpoint, status, message: `expected JSON, got ${what} (HTTP ${status})`, excerpt: excerpt(body, secrets) })
  }

  if (isOk(status)) {
    const raw = Decode.parseJson(body)
    if (Either.isLeft(raw)) return Either.left(notJson())
    return Decode.decodePayload(context.payload, raw.right).pipe(
      Either.mapLeft((error) =>
        error === "Unreadable"
          ? new DecodeError({
            endpoint,
            status,
            message: `the answer holds a value the SDK cannot read (HTTP ${status})`,
            excerpt: excerpt(body, secrets)
          })
          : decodeErrorFromParseError(error, { endpoint, status, body, secrets })
      )
    )
  }
  const json = parseJson(body)

  const message = Option.isSome(json) ? failureMessage(json.value) : undefined
  if (isAuthStatus(status)) {
    return Either.left(new AuthError({ endpoint, status, message: clean(message ?? `HTTP ${status}`) }))
  }
  if (Option.isNone(json)) return Either.left(notJson())
  const retryAfter = parseRetryAfter(answer.headers["retry-after"], context.nowMillis)
  return Either.left(
    new ApiError({
      endpoint,
      status,
      message: clean(message ?? `HTTP ${status}: ${excerpt(body, secrets)}`),
      ...(Option.isSome(retryAfter) ? { retryAfterSeconds: retryAfter.value } : {})
    })
  )
}
