/**
 * A call's time limits: the per-attempt timeout and the overall deadline (all attempts and the waits
 * between them, until the answer starts), from the per-call settings of the fiber or else the API's. A
 * download's body is then bounded by the timeout between two chunks and by `downloadTimeout` in all.
 *
 * @since 0.2.0
 */
import * as Duration from "effect/Duration"
import type * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import type { RetryPolicy } from "../RetryPolicy.js"
import { currentCallDeadline, currentRetryPolicy, currentTimeout } from "./perCall.js"

/**
 * A call's limits and retry policy, fixed when it starts.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Limits {
  readonly policy: RetryPolicy
  /** The per-attempt time limit, in milliseconds. */
  readonly timeoutMillis: number
  /** Epoch milliseconds (Effect `Clock`) when the call must be over. */
  readonly deadlineAt: number
  /** The call's deadline as a length of time (from its start to `deadlineAt`), in milliseconds. */
  readonly deadlineMillis: number
}

/**
 * The settings a call's limits come from when the fiber does not override them.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Defaults {
  readonly timeout: Duration.Duration
  readonly deadline: Duration.Duration | undefined
  readonly retry: RetryPolicy
}

/**
 * A call's limits, starting at `now`; `adjust` is the operation's own adjustment of the policy.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const limitsOf = (
  defaults: Defaults,
  fiber: Fiber.RuntimeFiber<unknown, unknown>,
  now: number,
  adjust: (policy: RetryPolicy) => RetryPolicy
): Limits => {
  const timeout = Option.getOrElse(fiber.getFiberRef(currentTimeout), () => defaults.timeout)
  const deadline = Option.getOrElse(
    fiber.getFiberRef(currentCallDeadline),
    () => defaults.deadline ?? Duration.times(timeout, 2)
  )
  const base = Option.getOrElse(fiber.getFiberRef(currentRetryPolicy), () => defaults.retry)
  const deadlineMillis = Duration.toMillis(deadline)
  return { policy: adjust(base), timeoutMillis: Duration.toMillis(timeout), deadlineAt: now + deadlineMillis, deadlineMillis }
}

/**
 * The time left for the next attempt: the per-attempt limit, or less if the deadline is nearer.
 *
 * @since 0.2.0
 * @category Limits
 */
export const attemptMillis = (limits: Limits, now: number): number =>
  Math.max(1, Math.min(limits.timeoutMillis, limits.deadlineAt - now))

/**
 * What a timeout of an attempt given `millis` means, with the limit reached: the call's deadline, or the
 * per-attempt limit.
 *
 * @example
 * ```ts
 * timeoutMessage(limits, 30_000) // "no complete answer within 30s (the timeout)"
 * timeoutMessage(limits, 12_000) // "the call's deadline of 1m was reached"
 * ```
 *
 * @since 0.2.0
 * @category Limits
 */
export const timeoutMessage = (limits: Limits, millis: number): string =>
  millis < limits.timeoutMillis
    ? `the call's deadline of ${Duration.format(Duration.millis(limits.deadlineMillis))} was reached`
    : `no complete answer within ${Duration.format(Duration.millis(limits.timeoutMillis))} (the timeout)`
