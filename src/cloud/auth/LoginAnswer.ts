/**
 * What the login makes of an answer that is not the one it wanted, in the SDK's error table: a status that
 * outlasted the retries (a 429, a 5xx) or that says the URL is wrong is an `ApiError` with the status, never
 * an `AuthError` (only a refusal of the keys is a credentials problem); a 2xx the SDK cannot read is a
 * `DecodeError`. Messages are scrubbed of the login's secrets; no excerpt of a login answer is kept (a body
 * that failed to decode may still hold a token).
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type { Answer } from "../../core/Answer.js"
import { MESSAGE_LENGTH, notJsonKind } from "../../core/answer/Excerpt.js"
import { maxJsonDepth, parseJson, readied } from "../../core/answer/JsonBody.js"
import { apiErrorOf } from "../../core/answer/Status.js"
import { type ApiError, DecodeError, scrubPrefix } from "../../core/StaxError.js"
import { failureMessage } from "../Answer.js"

/**
 * What reading a login answer needs: the endpoint named in errors, the secrets to scrub, the current time
 * (for `Retry-After` dates).
 *
 * @since 0.2.0
 * @category Models
 */
export interface LoginContext {
  readonly endpoint: string
  readonly secrets: ReadonlyArray<string>
  readonly nowMillis: number
}

/**
 * The answer's JSON body (nulls and `__proto__` keys dropped), or `undefined` when it is not JSON or nests
 * deeper than the SDK reads (`maxJsonDepth`).
 *
 * @since 0.2.0
 * @category Decoding
 */
export const jsonOf = (answer: Answer): unknown => {
  const body = readied(parseJson(answer.body))
  return body._tag === "Json" ? body.value : undefined
}

/**
 * The message a failure body carries: the Stax cloud's `{Error, Cause}`, API Gateway's `{message}`, or
 * Cognito's `{__type, message}`; `undefined` when it has none.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const bodyMessage = (json: unknown): string | undefined => {
  const stax = failureMessage(json)
  if (typeof json !== "object" || json === null || Array.isArray(json)) return stax
  const record = json as Record<string, unknown>
  const type = typeof record["__type"] === "string" ? (record["__type"] as string).split("#").pop() : undefined
  return type !== undefined && type.length > 0 ? (stax === undefined ? type : `${type}: ${stax}`) : stax
}

/**
 * The `ApiError` of a login answer with a failure status: `what` failed with HTTP `status`, the body's
 * message when it has one, then `advice` (when the status points at something the user can fix).
 *
 * @example
 * ```ts
 * unexpectedStatus(answer, context, "GetId") // ApiError { status: 503, message: "GetId answered HTTP 503: ..." }
 * ```
 *
 * @since 0.2.0
 * @category Errors
 */
export const unexpectedStatus = (answer: Answer, context: LoginContext, what: string, advice?: string): ApiError => {
  const json = jsonOf(answer)
  const said = json === undefined ? notJsonKind(answer.body) : bodyMessage(json) ?? "no message"
  const message = `${what} answered HTTP ${answer.status} (${said})${advice === undefined ? "" : `: ${advice}`}`
  return apiErrorOf(answer, context, scrubPrefix(message, context.secrets, MESSAGE_LENGTH))
}

/**
 * A 2xx login answer that is not what `what` should answer: a `DecodeError` naming the paths that did not
 * decode (never the values: they may be secrets).
 *
 * @since 0.2.0
 * @category Errors
 */
export const unreadable = (answer: Answer, context: LoginContext, what: string, problem: string): DecodeError =>
  new DecodeError({
    endpoint: context.endpoint,
    status: answer.status,
    message: scrubPrefix(`${what} answered something the SDK cannot read: ${problem}`, context.secrets, MESSAGE_LENGTH),
    excerpt: ""
  })

/**
 * Decodes a 2xx login answer's JSON with `schema`; a body that is not JSON or does not decode is a
 * {@link unreadable} `DecodeError`.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const decode = <A, I>(
  answer: Answer,
  context: LoginContext,
  what: string,
  schema: Schema.Schema<A, I>
): Either.Either<A, DecodeError> => {
  const body = readied(parseJson(answer.body))
  if (body._tag === "TooDeep") return Either.left(unreadable(answer, context, what, `the JSON nests deeper than ${maxJsonDepth} levels`))
  if (body._tag === "NotJson") return Either.left(unreadable(answer, context, what, `expected JSON, got ${notJsonKind(answer.body)}`))
  const json = body.value
  return Either.mapLeft(
    Schema.decodeUnknownEither(schema)(json),
    (error) => unreadable(answer, context, what, describeParseError(error))
  )
}

/** The decoding failure's paths only: a ParseError's own text may quote the (secret) values. */
const describeParseError = (error: ParseResult.ParseError): string => {
  const paths = ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => issue.path.join(".") || "(body)")
  return `unexpected answer at ${[...new Set(paths)].slice(0, 5).join(", ")}`
}
