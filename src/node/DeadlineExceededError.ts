/**
 * The error `UndiciHttpClient` puts as the `cause` of a platform `RequestError`/`ResponseError` when a
 * request's deadline (`UndiciHttpClient.withDeadline`) expires.
 *
 * @since 0.2.0
 */
import { hasCodeInCauseChain } from "../core/internal/causeChain.js"

/**
 * The `code` of a `DeadlineExceededError`, in the style of undici's own error codes, so code that
 * walks an error's `cause` chain for a `code` (as `core/internal/transport.ts` does) finds it.
 *
 * @since 0.2.0
 * @category Constants
 */
export const DEADLINE_CODE = "UND_ERR_DEADLINE" as const

/**
 * A request ran out of time and was aborted (its socket destroyed).
 *
 * - `phase: "response"`: no complete answer within `millis` of sending (head and, when read with
 *   `text`/`json`/`arrayBuffer`, the whole body).
 * - `phase: "idle"`: while the body was read with `response.stream`, no data came for `millis`.
 *
 * @since 0.2.0
 * @category Errors
 */
export class DeadlineExceededError extends Error {
  /** Always `"UND_ERR_DEADLINE"`. */
  readonly code: typeof DEADLINE_CODE = DEADLINE_CODE
  override readonly name = "DeadlineExceededError"
  /** What the request core reads from it: a timeout. */
  readonly staxReason = "Timeout"
  constructor(
    /** The deadline that expired, in milliseconds. */
    readonly millis: number,
    /** Which limit expired: the whole answer, or the wait between two chunks of a streamed body. */
    readonly phase: "response" | "idle"
  ) {
    super(
      phase === "idle"
        ? `no data for ${millis} ms while streaming the response body`
        : `no complete response within ${millis} ms`
    )
  }
}

/**
 * Whether an error (or any error along its `cause` chain, e.g. a platform `RequestError`) is a
 * `DeadlineExceededError`.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isDeadlineExceeded = (error: unknown): boolean =>
  hasCodeInCauseChain(error, DEADLINE_CODE)
