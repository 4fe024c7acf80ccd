/**
 * `Effect.async` for a callback API with a cancel action, written so that nothing of a call outlives it.
 *
 * `Effect.async(register)` where `register` returns a canceler keeps that canceler's closure (and, in
 * the same closure context, the fiber's resume callback, so the fiber and its result) reachable after
 * the call from objects V8 may already have allocated in the old generation. Under load every answer,
 * and whatever the canceler held (an undici exchange: its request, its body), then survived young
 * collections and was promoted: ~12 KB a call against ~4 KB, and about a third of the throughput at
 * concurrency 32 (`bench/gc-probe.ts`). Here the async registers no canceler; interruption runs the
 * cancel action through an `onInterrupt` around it, and that action is forgotten as soon as the
 * callback API answers.
 *
 * @internal
 */
import * as Effect from "effect/Effect"

/** The cancel action of one pending call, until it answers. */
class Pending {
  answered = false
  cancel: (() => void) | undefined = undefined
  run(): void {
    const cancel = this.cancel
    this.cancel = undefined
    if (cancel !== undefined) cancel()
  }
}

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
export const cancellable = <A, E>(
  register: (resume: (effect: Effect.Effect<A, E>) => void) => (() => void) | void
): Effect.Effect<A, E> =>
  Effect.suspend(() => {
    const pending = new Pending()
    return Effect.onInterrupt(
      Effect.async<A, E>((resume) => {
        const cancel = register((effect) => {
          pending.answered = true
          pending.cancel = undefined
          resume(effect)
        })
        if (!pending.answered && cancel !== undefined) pending.cancel = cancel
      }),
      () => Effect.sync(() => pending.run())
    )
  })
