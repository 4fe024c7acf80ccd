/**
 * The response envelope of the Stax.ai API, and the one function that turns an answer (status,
 * headers, body text) into a payload or a typed error.
 *
 * Every JSON answer is an object with a boolean `success`; the payload sits beside it under a
 * resource-named key (`{success: true, stack}`). Failures look the same whether the server sends
 * them on HTTP 200 (the legacy docs) or on 401/403/404/4xx/5xx (the trust-accounting docs):
 * `{success: false, error}`, with `authError: true` when authentication failed.
 *
 * @since 0.1.0
 */
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type { ParseOptions } from "effect/SchemaAST"
import type { Answer as CoreAnswer, InterpretContext } from "../core/Answer.js"
import { excerpt, MESSAGE_LENGTH, notJsonKind, preview } from "../core/answer/Excerpt.js"
import { isObject, maxJsonDepth, parseJson, readied } from "../core/answer/JsonBody.js"
import { decodeSuccess } from "../core/answer/Payload.js"
import { apiErrorOf, isAuthStatus, isOk, isSuccess } from "../core/answer/Status.js"
import { FastDecode } from "../core/decode/index.js"
import { type ApiReason, AuthError, DecodeError, type StaxError, scrubPrefix } from "../core/StaxError.js"

export { excerpt, preview } from "../core/answer/Excerpt.js"
export { dropNullProperties, maxJsonDepth } from "../core/answer/JsonBody.js"
export { decodeErrorFromParseError } from "../core/answer/Payload.js"

/**
 * `{success: true, ...payload}`: the payload fields are decoded by each endpoint's own schema.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const SuccessEnvelope = Schema.Struct({ success: Schema.Literal(true) })

/**
 * `{success: false, authError: true, error}`: the credentials were refused.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const AuthFailureEnvelope = Schema.Struct({
  success: Schema.Literal(false),
  authError: Schema.Literal(true),
  error: Schema.optional(Schema.Unknown)
})

/**
 * `{success: false, error}`: the API refused the request.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ApiFailureEnvelope = Schema.Struct({
  success: Schema.Literal(false),
  authError: Schema.optional(Schema.Literal(false)),
  error: Schema.optional(Schema.Unknown)
})

/**
 * The envelope of every JSON answer.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Envelope = Schema.Union(SuccessEnvelope, AuthFailureEnvelope, ApiFailureEnvelope)

/**
 * @since 0.1.0
 * @category Schemas
 */
export type Envelope = typeof Envelope.Type

/**
 * An HTTP answer with its body read as text (the core's).
 *
 * @since 0.1.0
 * @category Models
 */
export type Answer = CoreAnswer

/**
 * What {@link interpret} needs besides the answer (the core's `InterpretContext`): the endpoint, the
 * payload schema (the whole success body: the payload keys beside `success`), the secrets to scrub, the
 * current time and the decoding mode.
 *
 * @since 0.1.0
 * @category Models
 */
export type Context<A, I> = InterpretContext<A, I>

/** The message of a failure envelope's `error`, bounded and scrubbed. */
const messageOf = (error: unknown, status: number, secrets: ReadonlyArray<string>): string => {
  if (typeof error === "string" && error.length > 0) return scrubPrefix(error, secrets, MESSAGE_LENGTH)
  if (error !== undefined && error !== null && typeof error === "object") {
    const inner = (error as { message?: unknown }).message
    if (typeof inner === "string" && inner.length > 0) return scrubPrefix(inner, secrets, MESSAGE_LENGTH)
    return preview(error, secrets, MESSAGE_LENGTH)
  }
  return `HTTP ${status}`
}

/**
 * A schema decoder that never throws: Effect's union decoding reads a discriminator with `String(...)`,
 * which throws on a hostile value such as `{"toString": {}}`; such a value is a decode failure like any other.
 */
const safeDecoder = <A, I>(schema: Schema.Schema<A, I>, options?: ParseOptions) => {
  const decode = Schema.decodeUnknownEither(schema, options)
  return (value: unknown): Either.Either<A, ParseResult.ParseError | "Unreadable"> => {
    try {
      return decode(value)
    } catch {
      return Either.left("Unreadable")
    }
  }
}

const decodeEnvelope = safeDecoder(Envelope)

/** "Stack not found", "Document not found", ...: the API's words for a missing thing. */
const NOT_FOUND = /\bnot found\b/i

/**
 * What a Stax.ai refusal means: `NotFound` for a 404, or for a message that says "... not found" (the
 * legacy API answers a missing stack or document on HTTP 200 with `{success: false, error: "Stack not found"}`).
 *
 * @example
 * ```ts
 * reasonOf(200, "Stack not found") // "NotFound"
 * reasonOf(400, "stackId is required") // undefined
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const reasonOf = (status: number, message: string): ApiReason | undefined =>
  status === 404 || NOT_FOUND.test(message) ? "NotFound" : undefined

/**
 * Decode options for payloads: unknown extra fields are kept on the decoded objects (the API's docs
 * are partial, so fields the SDK does not know are preserved, never a failure), and the first error is
 * reported, naming its path.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const payloadParseOptions: ParseOptions = FastDecode.parseOptions

/**
 * Interprets an answer:
 * - `success: true` on 2xx: the payload, decoded by `context.payload` (a wrong type is a `DecodeError` naming the path);
 * - `authError: true`, or status 401/403: `AuthError`;
 * - `success: false`, or a non-2xx JSON body: `ApiError`;
 * - a body that is not JSON (an HTML gateway page, a truncated body) or a 2xx without `success`: `DecodeError`.
 *
 * Pure, so it is tested on its own, property by property.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const interpret = <A, I>(answer: Answer, context: Context<A, I>): Either.Either<A, StaxError> => {
  const { endpoint, secrets } = context
  const { body, status } = answer
  const apiError = (message: string) => apiErrorOf(answer, context, message, { reason: reasonOf(status, message) })
  const decodeError = (message: string) =>
    new DecodeError({ endpoint, status, message, excerpt: excerpt(body, secrets) })

  // Parsed once. The usual case first: a 2xx `success: true` answer, its payload validated in one pass.
  const parsed = parseJson(body)
  if (isSuccess(status, context.acceptStatuses) && Either.isRight(parsed) && isObject(parsed.right) && parsed.right["success"] === true) {
    return decodeSuccess(answer, context, parsed.right, "payload")
  }
  const json = readied(parsed)
  if (json._tag !== "Json") {
    if (isAuthStatus(status)) return Either.left(new AuthError({ endpoint, status, message: `HTTP ${status}` }))
    if (json._tag === "TooDeep") {
      return Either.left(decodeError(`the JSON body nests deeper than ${maxJsonDepth} levels (HTTP ${status})`))
    }
    return Either.left(decodeError(`expected a JSON envelope, got ${notJsonKind(body)} (HTTP ${status})`))
  }
  const envelope = decodeEnvelope(json.value)
  if (Either.isLeft(envelope)) {
    if (isAuthStatus(status)) {
      return Either.left(new AuthError({ endpoint, status, message: messageOf(json.value, status, secrets) }))
    }
    if (!isOk(status) && isObject(json.value)) {
      return Either.left(apiError(messageOf(json.value["error"] ?? json.value["message"], status, secrets)))
    }
    return Either.left(decodeError(`expected a JSON object with a boolean "success" (HTTP ${status})`))
  }
  const value = envelope.right
  if (value.success === false) {
    if (value.authError === true || isAuthStatus(status)) {
      return Either.left(new AuthError({ endpoint, status, message: messageOf(value.error, status, secrets) }))
    }
    return Either.left(apiError(messageOf(value.error, status, secrets)))
  }
  if (!isSuccess(status, context.acceptStatuses)) return Either.left(apiError(`HTTP ${status} with success: true`))
  return decodeSuccess(answer, context, json.value, "payload")
}
