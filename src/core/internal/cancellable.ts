/**
 * `Effect.async` for a callback API with a cancel action, written so that nothing of a call outlives it.
 *
 * `Effect.async(register)` where `register` returns a canceler keeps that canceler's closure (and, in
 * the same closure context, the fiber's resume callback, so the fiber and its result) reachable after
 * the call from objects V8 may already have allocated in the old generation. Under load every answer,
 * and whatever the canceler held (an undici exchange: its request, its body), then survived young
 * collections: at concurrency 32, ~15 KB a call kept past them against ~12 KB without, and 9% of the
 * throughput (`bench/gc-probe.ts`). Here the async registers no canceler; interruption runs the cancel
 * action through an `onInterrupt` around it (or the caller's own finalizer, `cancellableIn`), and that
 * action is forgotten as soon as the callback API answers.
 *
 * @internal
 */
import * as Effect from "effect/Effect"

/**
 * Where one pending call keeps its cancel action until it answers. Given to {@link cancellableIn} by a
 * caller that handles interruption itself; `run` cancels the call if it has not answered yet.
 */
export class CancelSlot {
  answered = false
  cancel: (() => void) | undefined = undefined
  run(): void {
    const cancel = this.cancel
    this.cancel = undefined
    if (cancel !== undefined) cancel()
  }
}

type Register<A, E> = (resume: (effect: Effect.Effect<A, E>) => void) => (() => void) | void

/**
 * {@link cancellable} for a caller that already has a finalizer around the call (an `onExit` for its
 * span): no interruption handling here; the cancel action is left in `slot` until the answer, and the
 * caller must run `slot.run()` when the call ends (a no-op once it has answered). One finalizer instead of
 * two: each costs a few µs of a call.
 */
export const cancellableIn = <A, E>(slot: CancelSlot, register: Register<A, E>): Effect.Effect<A, E> =>
  Effect.async<A, E>((resume) => {
    const cancel = register((effect) => {
      slot.answered = true
      slot.cancel = undefined
      resume(effect)
    })
    if (!slot.answered && cancel !== undefined) slot.cancel = cancel
  })

/**
 * Like `Effect.async`, for a `register` that returns its cancel action (or nothing when it answered at
 * once): interrupting the effect while it waits runs that action; once `resume` has been called the
 * action is dropped.
 *
 * @example
 * ```ts
 * cancellable<Buffer, Error>((resume) => exchange.collect((result) =>
 *   resume(result instanceof Error ? Effect.fail(result) : Effect.succeed(result))))
 * ```
 */
export const cancellable = <A, E>(register: Register<A, E>): Effect.Effect<A, E> =>
  Effect.suspend(() => {
    const slot = new CancelSlot()
    return Effect.onInterrupt(cancellableIn(slot, register), () => Effect.sync(() => slot.run()))
  })
