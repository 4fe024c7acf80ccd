/**
 * The one function that turns a Stax cloud answer (status, headers, body text) into a payload or a typed
 * error: the Stax cloud counterpart of `Envelope.interpret` (the Stax.ai API's).
 *
 * The Stax cloud API has no envelope: a success is the payload itself (`{ Accounts: [...] }`), a failure is
 * `{ Error, Cause }` or a `StaxEvent` from the API, or `{ message }` from API Gateway in front of it
 * (signature refused, throttled, an internal error).
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import type { Answer, InterpretContext } from "../core/Answer.js"
import { excerpt, MESSAGE_LENGTH, notJsonKind } from "../core/answer/Excerpt.js"
import { dropNullProperties, parseJson as parseJsonEither } from "../core/answer/JsonBody.js"
import { decodeSuccess } from "../core/answer/Payload.js"
import { apiErrorOf, isAuthStatus, isSuccess } from "../core/answer/Status.js"
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

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null && !Array.isArray(u)

/** An own property's value (never one inherited: a body may name `constructor`). */
const own = (record: Record<string, unknown>, key: string): unknown => Object.hasOwn(record, key) ? record[key] : undefined

/**
 * The message of a `StaxEvent` failure body (`{DetailType, Detail: {Message, Operation, OperationStatus,
 * TaskId}}`, `Message` a string or an object holding a `TaskId`): the event, its message, then the operation,
 * its status and the task; `undefined` when the body has none of them.
 */
const eventMessage = (record: Record<string, unknown>): string | undefined => {
  const type = nonEmptyString(own(record, "DetailType"))
  const detail = own(record, "Detail")
  const details = isRecord(detail) ? detail : {}
  const message = own(details, "Message")
  const text = nonEmptyString(message)
  const taskId = nonEmptyString(own(details, "TaskId")) ?? (isRecord(message) ? nonEmptyString(own(message, "TaskId")) : undefined)
  const about = [
    [nonEmptyString(own(details, "Operation")), nonEmptyString(own(details, "OperationStatus"))].filter((s) => s !== undefined).join(" "),
    taskId === undefined ? "" : `task ${taskId}`
  ].filter((s) => s.length > 0).join(", ")
  const head = type !== undefined && text !== undefined && text !== type ? `${type}: ${text}` : type ?? text
  if (head === undefined) return undefined
  return about.length > 0 ? `${head} (${about})` : head
}

/**
 * The message of a failure body: the API's `Error` (with its `Cause`, when it has one), a `StaxEvent`'s
 * `DetailType` and `Detail` (message, operation, status, task), or API Gateway's `message`; `undefined` when
 * the body has none of them.
 *
 * @example
 * ```ts
 * failureMessage({ Error: "Invalid parameter", Cause: "limit must be a positive integer" })
 * // "Invalid parameter: limit must be a positive integer"
 * failureMessage({ DetailType: "Group already exists", Detail: { Message: "Name taken", Operation: "teams:CreateGroup", OperationStatus: "FAILED" } })
 * // "Group already exists: Name taken (teams:CreateGroup FAILED)"
 * failureMessage({ message: "Missing Authentication Token" }) // "Missing Authentication Token"
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const failureMessage = (body: unknown): string | undefined => {
  if (!isRecord(body)) return undefined
  const error = nonEmptyString(own(body, "Error"))
  const cause = nonEmptyString(own(body, "Cause"))
  if (error !== undefined) return cause === undefined || cause === error ? error : `${error}: ${cause}`
  if (cause !== undefined) return cause
  return eventMessage(body) ?? nonEmptyString(own(body, "message"))
}

/** A failure answer's JSON, nulls dropped, for reading its message. */
const parseJson = (text: string): Option.Option<unknown> =>
  Option.map(Option.getRight(parseJsonEither(text)), dropNullProperties)

/**
 * The header that carries the id API Gateway gave the request (kept as an `ApiError`'s `requestId`).
 *
 * @since 0.2.0
 * @category Decoding
 */
export const REQUEST_ID_HEADER = "x-amzn-requestid"

/**
 * Interprets a Stax cloud answer:
 * - 2xx (or a status the operation accepts, `context.acceptStatuses`) with JSON: the payload, decoded
 *   leniently by `context.payload` (unknown fields and enum values kept; a documented field of the wrong
 *   type is a `DecodeError` naming its path);
 * - 401/403: `AuthError` with the message (API Gateway refuses a signature with 403 `{message}`);
 * - any other non-2xx with JSON: `ApiError` with the `Error`/`Cause`, the `StaxEvent`'s event and detail, or
 *   `message`, `Retry-After` when sent, `reason: "NotFound"` on a 404, and the `x-amzn-requestid` header
 *   as `requestId`;
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

  if (isSuccess(status, context.acceptStatuses)) {
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
  return Either.left(
    apiErrorOf(answer, context, clean(message ?? `HTTP ${status}: ${excerpt(body, secrets)}`), {
      ...(status === 404 ? { reason: "NotFound" as const } : {}),
      requestIdHeader: REQUEST_ID_HEADER
    })
  )
}
