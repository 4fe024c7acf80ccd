/**
 * What an answer's status says, for both APIs' interpreters: success, refused credentials, and the
 * `ApiError` of any other failure (with the server's `Retry-After`, when it sent one).
 *
 * @since 0.2.0
 */
import * as Option from "effect/Option"
import type { Answer } from "../Answer.js"
import { parseRetryAfter } from "../RetryPolicy.js"
import { ApiError } from "../StaxError.js"

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
 * The `ApiError` of a failure answer, with `retryAfterSeconds` from its `Retry-After` header (seconds or
 * an HTTP date, read against `context.nowMillis`). `message` must already be scrubbed and bounded.
 *
 * @example
 * ```ts
 * apiErrorOf(answer, context, "Too Many Requests") // ApiError { status: 429, retryAfterSeconds: 3, ... }
 * ```
 *
 * @since 0.2.0
 * @category Status
 */
export const apiErrorOf = (
  answer: Answer,
  context: { readonly endpoint: string; readonly nowMillis: number },
  message: string
): ApiError => {
  const retryAfter = parseRetryAfter(answer.headers["retry-after"], context.nowMillis)
  return new ApiError({
    endpoint: context.endpoint,
    status: answer.status,
    message,
    ...(Option.isSome(retryAfter) ? { retryAfterSeconds: retryAfter.value } : {})
  })
}
