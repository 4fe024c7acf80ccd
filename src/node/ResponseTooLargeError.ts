/**
 * The error `UndiciHttpClient` puts as the `cause` of a platform error when an answer's body is larger
 * than the limit set with `UndiciHttpClient.withMaxResponseBytes`.
 *
 * @since 0.2.0
 */
import { hasCodeInCauseChain } from "../core/internal/causeChain.js"

/**
 * The `code` of a `ResponseTooLargeError` (undici's own code for the same condition).
 *
 * @since 0.2.0
 * @category Constants
 */
export const TOO_LARGE_CODE = "UND_ERR_RES_EXCEEDED_MAX_SIZE" as const

/**
 * An answer's body was larger than allowed; the request was aborted (its socket destroyed) as soon as
 * the limit was passed, so no more than the limit was ever held.
 *
 * @since 0.2.0
 * @category Errors
 */
export class ResponseTooLargeError extends Error {
  /** Always `"UND_ERR_RES_EXCEEDED_MAX_SIZE"`. */
  readonly code: typeof TOO_LARGE_CODE = TOO_LARGE_CODE
  override readonly name = "ResponseTooLargeError"
  /** What the request core reads from it: an answer over the size cap. */
  readonly staxReason = "TooLarge"
  constructor(
    /** The limit, in bytes. */
    readonly maxBytes: number
  ) {
    super(`the answer is larger than ${maxBytes} bytes`)
  }
}

/**
 * Whether an error (or any error along its `cause` chain) is a `ResponseTooLargeError`.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isResponseTooLarge = (error: unknown): boolean =>
  hasCodeInCauseChain(error, TOO_LARGE_CODE)
