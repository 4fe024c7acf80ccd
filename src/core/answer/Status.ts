/**
 * What an answer's status says, for both APIs' interpreters: success, refused credentials, and the
 * `ApiError` of any other failure (with the server's `Retry-After`, when it sent one).
 *
 * @since 0.2.0
 */
import * as Option from "effect/Option"
import type { Answer } from "../Answer.js"
import { parseRetryAfter } from "../RetryPolicy.js"
import { ApiError, type ApiReason } from "../StaxError.js"

/**
 * A 2xx status.
 *
 * @since 0.2.0
 * @category Status
 */
export const isOk = (status: number): boolean => status >= 200 && status < 300

/**
 * A status whose answer is the payload: a 2xx, or one of the operation's `acceptStatuses`.
 *
 * @example
 * ```ts
 * isSuccess(409, [409]) // true: CheckAlias answers 409 with its usual body
 * ```
 *
 * @since 0.2.0
 * @category Status
 */
export const isSuccess = (status: number, acceptStatuses: ReadonlyArray<number> | undefined): boolean =>
  isOk(status) || (acceptStatuses !== undefined && acceptStatuses.includes(status))

/**
 * 401 or 403: the credentials were refused.
 *
 * @since 0.2.0
 * @category Status
 */
export const isAuthStatus = (status: number): boolean => status === 401 || status === 403

/**
 * What an API's interpreter adds to an `ApiError`: its `reason`, and the header that carries the API's
 * request id (Stax cloud's `x-amzn-requestid`; none for Stax.ai, which documents no request id).
 *
 * @since 0.2.0
 * @category Models
 */
export interface ApiErrorExtras {
  readonly reason?: ApiReason | undefined
  /** A lower-case header name. */
  readonly requestIdHeader?: string | undefined
}

/** The longest request id kept (an AWS request id is a 36-character UUID). */
const REQUEST_ID_LENGTH = 128

/**
 * The request id of an answer, from `header`: printable ASCII only, bounded, else none.
 *
 * @since 0.2.0
 * @category Status
 */
export const requestIdOf = (answer: Answer, header: string | undefined): string | undefined => {
  const value = header === undefined ? undefined : answer.headers[header]?.trim()
  return value !== undefined && value.length > 0 && value.length <= REQUEST_ID_LENGTH && /^[\x21-\x7e]+$/.test(value)
    ? value
    : undefined
}

/**
 * The `ApiError` of a failure answer, with `retryAfterSeconds` from its `Retry-After` header (seconds or
 * an HTTP date, read against `context.nowMillis`), and the `reason` and `requestId` of `extras`. `message`
 * must already be scrubbed and bounded.
 *
 * @example
 * ```ts
 * apiErrorOf(answer, context, "Too Many Requests") // ApiError { status: 429, retryAfterSeconds: 3, ... }
 * apiErrorOf(answer, context, "Account not found", { reason: "NotFound", requestIdHeader: "x-amzn-requestid" })
 * ```
 *
 * @since 0.2.0
 * @category Status
 */
export const apiErrorOf = (
  answer: Answer,
  context: { readonly endpoint: string; readonly nowMillis: number },
  message: string,
  extras: ApiErrorExtras = {}
): ApiError => {
  const retryAfter = parseRetryAfter(answer.headers["retry-after"], context.nowMillis)
  const requestId = requestIdOf(answer, extras.requestIdHeader)
  return new ApiError({
    endpoint: context.endpoint,
    status: answer.status,
    message,
    ...(Option.isSome(retryAfter) ? { retryAfterSeconds: retryAfter.value } : {}),
    ...(extras.reason === undefined ? {} : { reason: extras.reason }),
    ...(requestId === undefined ? {} : { requestId })
  })
}
