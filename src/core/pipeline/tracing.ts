/**
 * A call's span `<Api>.<Area>.<operation>` (method, path, status, attempts: never a header value or a
 * query string), and its propagation to the server (`traceparent`, `b3`).
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import type * as Fiber from "effect/Fiber"
import * as FiberRef from "effect/FiberRef"
import type * as Tracer from "effect/Tracer"
import { CancelSlot } from "../internal/cancellable.js"
import { traceHeaderRecord, type TraceHeaders } from "../internal/traceHeaders.js"

/**
 * The trace headers of the call's span, or `undefined`: none when propagation or tracing is off (a
 * disabled tracer's no-op span has no ids to send), as the platform's client does.
 *
 * @since 0.2.0
 * @category Tracing
 */
export const traceHeaders = (
  fiber: Fiber.RuntimeFiber<unknown, unknown>,
  span: Tracer.AnySpan
): TraceHeaders | undefined =>
  span._tag === "Span" && fiber.getFiberRef(FiberRef.currentTracerEnabled) &&
    fiber.getFiberRef(HttpClient.currentTracerPropagation)
    ? traceHeaderRecord(span)
    : undefined

/**
 * Runs a call's `body` in a span of its own with one finalizer, which runs `slot` (cancelling a first
 * attempt that never answered: an interruption) and ends the span as `Effect.useSpan` ends one, but with
 * `Exit.void` on success: a span keeps the exit it ends with, and a call's success value (the whole
 * decoded answer) would otherwise outlive the call and reach every tracer. One finalizer rather than
 * `useSpan`'s plus the sender's own `onInterrupt`: each is an uninterruptible region on every call.
 *
 * @since 0.2.0
 * @category Tracing
 */
export const inSpan = <A, E>(
  name: string,
  options: Tracer.SpanOptions,
  body: (span: Tracer.Span, slot: CancelSlot) => Effect.Effect<A, E>
): Effect.Effect<A, E> =>
  Effect.flatMap(Effect.makeSpan(name, options), (span) => {
    const slot = new CancelSlot()
    return Effect.onExit(body(span, slot), (exit) =>
      Effect.withFiberRuntime<void>((fiber) => {
        slot.run()
        if (span.status._tag !== "Ended") {
          const endTime = fiber.getFiberRef(FiberRef.currentTracerTimingEnabled)
            ? Context.get(fiber.currentDefaultServices, Clock.Clock).unsafeCurrentTimeNanos()
            : BigInt(0)
          span.end(endTime, Exit.isSuccess(exit) ? Exit.void : exit)
        }
        return Effect.void
      }))
  })
