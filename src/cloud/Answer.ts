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
import type { Answer, InterpretContext } from "../core/Answer.js"
import { excerpt, MESSAGE_LENGTH, notJsonKind } from "../core/answer/Excerpt.js"
import { dropNullProperties, parseJson as parseJsonEither } from "../core/answer/JsonBody.js"
import { decodeSuccess } from "../core/answer/Payload.js"
import { apiErrorOf, isAuthStatus, isOk } from "../core/answer/Status.js"
import { AuthError, DecodeError, type StaxError, scrubPrefix } from "../core/StaxError.js"

export type { Answer } from "../core/Answer.js"

/**
 * What {@link interpret} needs besides the answer (the core's `InterpretContext`): the endpoint, the
 * payload schema (the whole success body), the secrets to scrub (the session token, the keys), the
 * current time and the decoding mode.
 *
 * @since 0.2.0
 * @category Models
 */
export type Context<A, I> = InterpretContext<A, I>

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
  Option.map(Option.getRight(parseJsonEither(text)), dropNullProperties)

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
  const clean = (text: string) => scrubPrefix(text, secrets, MESSAGE_LENGTH)
  const notJson = () =>
    new DecodeError({
      endpoint,
      status,
      message: `expected JSON, got ${notJsonKind(body)} (HTTP ${status})`,
      excerpt: excerpt(body, secrets)
    })

  if (isOk(status)) {
    const raw = parseJsonEither(body)
    if (Either.isLeft(raw)) return Either.left(notJson())
    return decodeSuccess(answer, context, raw.right, "answer")
  }
  const json = parseJson(body)

  const message = Option.isSome(json) ? failureMessage(json.value) : undefined
  if (isAuthStatus(status)) {
    return Either.left(new AuthError({ endpoint, status, message: clean(message ?? `HTTP ${status}`) }))
  }
  if (Option.isNone(json)) return Either.left(notJson())
  return Either.left(apiErrorOf(answer, context, clean(message ?? `HTTP ${status}: ${excerpt(body, secrets)}`)))
}
