/**
 * Retries by policy. A call's first attempt runs bare; only after a failure the policy may retry does its
 * `Schedule` take over (and it stops rather than wait past the call's deadline). A one-shot body (a
 * streamed upload) is sent again only if the connection never opened.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Schedule from "effect/Schedule"
import type { Answer } from "../Answer.js"
import { type AttemptFailure, type RetryPolicy, toSchedule } from "../RetryPolicy.js"
import { type StaxError, TransportError } from "../StaxError.js"

/**
 * An answer whose status the policy may retry: it fails the attempt; once the attempts are over it is
 * the call's answer after all.
 *
 * @since 0.2.0
 * @category Models
 */
export class RetryableAnswer {
  readonly _tag = "RetryableAnswer"
  constructor(readonly answer: Answer) {}
}

/**
 * The failure of one attempt: a transport failure, an answer the policy may retry, or a typed error of
 * authorising it (refused credentials; a login's own failure).
 *
 * @since 0.2.0
 * @category Models
 */
export type AttemptError = TransportError | RetryableAnswer | StaxError

/**
 * Failures another attempt cannot mend: refused credentials (or another typed failure of authorising, such as
 * a login's answer that outlasted its own retries), a refused redirect, a body that cannot be encoded, an
 * invalid URL, an answer over the size limit. They end the attempts at once.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isFinal = (error: AttemptError): error is StaxError =>
  error._tag === "AuthError" || error._tag === "ApiError" || error._tag === "DecodeError" ||
  (error._tag === "TransportError" &&
    (error.reason === "Redirect" || error.reason === "Encode" || error.reason === "InvalidUrl" ||
      error.reason === "TooLarge"))

/**
 * Whether the policy retries an answer with this status.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isRetryableStatus = (policy: RetryPolicy, status: number): boolean =>
  policy.statusCodes.includes(status) || policy.unprocessedStatusCodes.includes(status)

const toAttemptFailure = (error: TransportError | RetryableAnswer): AttemptFailure =>
  error._tag === "RetryableAnswer"
    ? { _tag: "Status", status: error.answer.status, retryAfter: error.answer.headers["retry-after"] }
    : { _tag: "Transport", maybeSent: error.maybeSent }

/**
 * What the retries of one call need.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Retried<A> {
  readonly method: string
  readonly policy: RetryPolicy
  readonly deadlineAt: number
  /** A body that cannot be sent twice. */
  readonly oneShotBody: boolean
  /** One more attempt (counted by the caller). */
  readonly attempt: Effect.Effect<A, AttemptError>
  /** Called with each failure that another attempt may follow. */
  readonly onRetryable: (error: TransportError | RetryableAnswer) => Effect.Effect<void>
}

/**
 * Goes on after the first attempt failed with `first`: further attempts as the policy allows. Fails
 * with the last failure (a `RetryableAnswer` when the attempts ran out on a retryable status).
 *
 * @since 0.2.0
 * @category Retries
 */
export const retryAfter = <A>(retried: Retried<A>, first: AttemptError): Effect.Effect<A, AttemptError> => {
  if (isFinal(first) || retried.policy.maxAttempts <= 1) return Effect.fail(first)
  const base = toSchedule(retried.policy, retried.method, { deadlineAt: retried.deadlineAt })
  const schedule = retried.oneShotBody
    ? base.pipe(Schedule.whileInput((f: AttemptFailure) => f._tag === "Transport" && !f.maybeSent))
    : base
  let replayFirst = true
  const again = Effect.suspend((): Effect.Effect<A, AttemptError> => {
    if (replayFirst) {
      // The schedule's first input is the failure already seen; nothing is sent for it.
      replayFirst = false
      return Effect.fail(first)
    }
    return retried.attempt
  })
  return again.pipe(
    Effect.tapError((error) => isFinal(error) ? Effect.void : retried.onRetryable(error)),
    // A final failure ends the attempts at once: carry it past the retry as a value.
    Effect.map((a): Either.Either<A, StaxError> => Either.right(a)),
    Effect.catchIf(isFinal, (error) => Effect.succeed(Either.left(error))),
    Effect.retry(Schedule.mapInput(schedule, (error: AttemptError) => toAttemptFailure(error as TransportError | RetryableAnswer))),
    Effect.flatMap((result) => result)
  )
}

/**
 * The call's last `TransportError` with the attempts made: `attempts` set and said in its message, beside
 * the policy's limit (`maxAttempts`).
 *
 * @example
 * ```ts
 * withAttempts(error, 3, 3).message // "no complete answer within 30s (the timeout) (after 3 attempts, the most the retry policy allows)"
 * withAttempts(error, 1, 3).message // "the call's deadline of 1m was reached (after 1 of at most 3 attempts)"
 * ```
 *
 * @since 0.2.0
 * @category Retries
 */
export const withAttempts = (error: TransportError, attempts: number, maxAttempts: number): TransportError => {
  if (error.attempts !== undefined) return error
  const made = attempts >= maxAttempts
    ? `after ${attempts} attempt${attempts === 1 ? "" : "s"}, the most the retry policy allows`
    : `after ${attempts} of at most ${maxAttempts} attempts`
  return new TransportError({
    endpoint: error.endpoint,
    ...(error.maybeApplied === undefined ? {} : { maybeApplied: error.maybeApplied }),
    reason: error.reason,
    maybeSent: error.maybeSent,
    message: `${error.message} (${made})`,
    attempts
  })
}
