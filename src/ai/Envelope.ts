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
import { Either, Option, ParseResult, Schema } from "effect"
import type { Answer as CoreAnswer } from "../core/Answer.js"
import type { ParseOptions } from "effect/SchemaAST"
import { ApiError, AuthError, DecodeError, type StaxError, scrub } from "../core/StaxError.js"
import { parseRetryAfter } from "../core/RetryPolicy.js"

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
 * What {@link interpret} needs besides the answer.
 *
 * @since 0.1.0
 * @category Models
 */
export interface Context<A, I> {
  /** The SDK operation, e.g. `Stacks.get`, named in every error. */
  readonly endpoint: string
  /** Decodes the whole success body (the payload keys beside `success`). */
  readonly payload: Schema.Schema<A, I>
  /** Strings to scrub from anything kept in an error (the API key). */
  readonly secrets: ReadonlyArray<string>
  /** The current time, for `Retry-After` given as an HTTP date. */
  readonly nowMillis: number
}

const EXCERPT_LENGTH = 200

/**
 * The first characters of a body, on one line, scrubbed of secrets.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const excerpt = (body: string, secrets: ReadonlyArray<string>): string => {
  const flat = scrub(body, secrets).replace(/\s+/g, " ").trim()
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat
}

const isAuthStatus = (status: number) => status === 401 || status === 403
const isOk = (status: number) => status >= 200 && status < 300

const messageOf = (error: unknown, status: number): string => {
  if (typeof error === "string" && error.length > 0) return error
  if (error !== undefined && error !== null && typeof error === "object") {
    const inner = (error as { message?: unknown }).message
    if (typeof inner === "string" && inner.length > 0) return inner
    return JSON.stringify(error).slice(0, EXCERPT_LENGTH)
  }
  return `HTTP ${status}`
}

/**
 * Removes `null` object properties, in place, at every depth (array elements are kept): the API sends
 * `null` for unset fields, and the SDK treats them as absent.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const dropNullProperties = (value: unknown): unknown => {
  const stack: Array<unknown> = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === "object") stack.push(item)
    } else if (current !== null && typeof current === "object") {
      const record = current as Record<string, unknown>
      for (const key in record) {
        const item = record[key]
        if (item === null) delete record[key]
        else if (typeof item === "object") stack.push(item)
      }
    }
  }
  return value
}

const parseJson = (text: string): Option.Option<unknown> => {
  try {
    return Option.some(dropNullProperties(JSON.parse(text)))
  } catch {
    return Option.none()
  }
}

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const decodeEnvelope = Schema.decodeUnknownEither(Envelope)

/**
 * Decode options for payloads: unknown extra fields are kept on the decoded objects (the API's docs
 * are partial, so fields the SDK does not know are preserved, never a failure), and every error is
 * collected so the first one can be named.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const payloadParseOptions: ParseOptions = { onExcessProperty: "preserve", errors: "first" }

/**
 * Turns a `ParseError` into a `DecodeError` naming the path of the first offending field.
 *
 * @since 0.1.0
 * @category Decoding
 */
export const decodeErrorFromParseError = (
  error: ParseResult.ParseError,
  context: { readonly endpoint: string; readonly status?: number; readonly body: string; readonly secrets: ReadonlyArray<string> }
): DecodeError => {
  const issues = ParseResult.ArrayFormatter.formatErrorSync(error)
  const first = issues[0]
  const path = first === undefined ? "" : first.path.map(String).join(".")
  return new DecodeError({
    endpoint: context.endpoint,
    ...(context.status === undefined ? {} : { status: context.status }),
    ...(path === "" ? {} : { path }),
    message: scrub(
      first === undefined ? error.message : `${path === "" ? "body" : path}: ${first.message}`,
      context.secrets
    ),
    excerpt: excerpt(context.body, context.secrets)
  })
}

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
  const clean = (text: string) => scrub(text, secrets)
  const apiError = (message: string) => {
    const retryAfter = parseRetryAfter(answer.headers["retry-after"], context.nowMillis)
    return new ApiError({
      endpoint,
      status,
      message: clean(message),
      ...(Option.isSome(retryAfter) ? { retryAfterSeconds: retryAfter.value } : {})
    })
  }
  const decodeError = (message: string) =>
    new DecodeError({ endpoint, status, message, excerpt: excerpt(body, secrets) })

  const json = parseJson(body)
  if (Option.isNone(json)) {
    if (isAuthStatus(status)) return Either.left(new AuthError({ endpoint, status, message: `HTTP ${status}` }))
    const what = body.trim().startsWith("<") ? "an HTML page" : body.trim() === "" ? "an empty body" : "a body that is not JSON"
    return Either.left(decodeError(`expected a JSON envelope, got ${what} (HTTP ${status})`))
  }
  const envelope = decodeEnvelope(json.value)
  if (Either.isLeft(envelope)) {
    if (isAuthStatus(status)) {
      return Either.left(new AuthError({ endpoint, status, message: clean(messageOf(json.value, status)) }))
    }
    if (!isOk(status) && isObject(json.value)) {
      return Either.left(apiError(messageOf(json.value["error"] ?? json.value["message"], status)))
    }
    return Either.left(decodeError(`expected a JSON object with a boolean "success" (HTTP ${status})`))
  }
  const value = envelope.right
  if (value.success === false) {
    if (value.authError === true || isAuthStatus(status)) {
      return Either.left(new AuthError({ endpoint, status, message: clean(messageOf(value.error, status)) }))
    }
    return Either.left(apiError(messageOf(value.error, status)))
  }
  if (!isOk(status)) return Either.left(apiError(`HTTP ${status} with success: true`))
  return Schema.decodeUnknownEither(context.payload, payloadParseOptions)(json.value).pipe(
    Either.mapLeft((error) => decodeErrorFromParseError(error, { endpoint, status, body, secrets }))
  )
}
