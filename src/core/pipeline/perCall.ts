/**
 * Per-call overrides of the configured settings: `withTimeout`, `withDeadline` and `withRetryPolicy` run
 * the SDK calls of an effect, of either API, with another value (FiberRefs read when a call starts).
 *
 * @since 0.2.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberRef from "effect/FiberRef"
import { dual } from "effect/Function"
import { globalValue } from "effect/GlobalValue"
import * as Option from "effect/Option"
import type { RetryPolicy } from "../RetryPolicy.js"

/** A per-call timeout, set with `withTimeout`. */
export const currentTimeout = globalValue(
  "stax-effect/StaxClient/currentTimeout",
  () => FiberRef.unsafeMake<Option.Option<Duration.Duration>>(Option.none())
)

/** A per-call retry policy, set with `withRetryPolicy`. */
export const currentRetryPolicy = globalValue(
  "stax-effect/StaxClient/currentRetryPolicy",
  () => FiberRef.unsafeMake<Option.Option<RetryPolicy>>(Option.none())
)

/** A per-call overall deadline, set with `withDeadline`. */
export const currentCallDeadline = globalValue(
  "stax-effect/Pipeline/currentCallDeadline",
  () => FiberRef.unsafeMake<Option.Option<Duration.Duration>>(Option.none())
)

/**
 * A per-call override: runs the SDK calls of an effect with another value of a setting (data-first or
 * data-last).
 *
 * @since 0.2.0
 * @category Per-call options
 */
export type PerCall<I> = {
  (value: I): <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(effect: Effect.Effect<A, E, R>, value: I): Effect.Effect<A, E, R>
}

const perCall = <I, V>(ref: FiberRef.FiberRef<Option.Option<V>>, decode: (input: I) => V): PerCall<I> =>
  dual(
    2,
    <A, E, R>(effect: Effect.Effect<A, E, R>, value: I): Effect.Effect<A, E, R> =>
      Effect.locally(effect, ref, Option.some(decode(value)))
  )

/**
 * Runs the SDK calls in `effect` with another per-attempt timeout than the configured one (a long
 * upload, a quick health check). Applies to every call the effect makes, of either API. The overall
 * deadline, unless set, is twice the timeout.
 *
 * @example
 * ```ts
 * Documents.upload({ files }).pipe(Pipeline.withTimeout("10 minutes"))
 * ```
 *
 * @since 0.2.0
 * @category Per-call options
 */
export const withTimeout: PerCall<Duration.DurationInput> = perCall(currentTimeout, Duration.decode)

/**
 * Runs the SDK calls in `effect` with another overall deadline per call (all attempts and the waits
 * between them, until the answer starts) than the configured one.
 *
 * @example
 * ```ts
 * Stacks.get({ stackTag: "invoices" }).pipe(Pipeline.withDeadline("5 seconds"))
 * ```
 *
 * @since 0.2.0
 * @category Per-call options
 */
export const withDeadline: PerCall<Duration.DurationInput> = perCall(currentCallDeadline, Duration.decode)

/**
 * Runs the SDK calls in `effect` with another retry policy than the configured one.
 *
 * @example
 * ```ts
 * Stacks.get({ stackTag: "invoices" }).pipe(Pipeline.withRetryPolicy(RetryPolicy.none))
 * ```
 *
 * @since 0.2.0
 * @category Per-call options
 */
export const withRetryPolicy: PerCall<RetryPolicy> = perCall(currentRetryPolicy, (policy: RetryPolicy) => policy)
