import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Fiber, TestClock } from "effect"
import { cancellable } from "../../src/core/internal/cancellable.js"

/** A callback API answered by hand: what was registered, how often it was cancelled. */
const manual = <A>() => {
  const state = { answer: undefined as ((a: A) => void) | undefined, registered: 0, cancelled: 0 }
  const effect = cancellable<A, never>((resume) => {
    state.registered++
    state.answer = (a) => resume(Effect.succeed(a))
    return () => {
      state.cancelled++
    }
  })
  return { state, effect }
}

describe("cancellable", () => {
  it.effect("resumes with what the callback API answers, and never cancels an answered call", () =>
    Effect.gen(function*() {
      const { effect, state } = manual<number>()
      const fiber = yield* Effect.fork(effect)
      yield* Effect.yieldNow()
      assert.strictEqual(state.registered, 1)
      state.answer!(42)
      assert.deepStrictEqual(yield* Fiber.await(fiber), Exit.succeed(42))
      // Interrupting it now (it has ended) runs nothing.
      yield* Fiber.interrupt(fiber)
      assert.strictEqual(state.cancelled, 0)
    }))

  it.effect("runs the cancel action once when the waiting fiber is interrupted", () =>
    Effect.gen(function*() {
      const { effect, state } = manual<number>()
      const fiber = yield* Effect.fork(effect)
      yield* Effect.yieldNow()
      const exit = yield* Fiber.interrupt(fiber)
      assert.isTrue(Exit.isInterrupted(exit))
      assert.strictEqual(state.cancelled, 1)
      // A late answer after the interruption is ignored.
      state.answer!(7)
      assert.strictEqual(state.cancelled, 1)
    }))

  it.effect("cancels when a timeout interrupts the wait (virtual time)", () =>
    Effect.gen(function*() {
      const { effect, state } = manual<number>()
      const fiber = yield* Effect.fork(Effect.timeout(effect, "1 second"))
      yield* TestClock.adjust("1 second")
      const exit = yield* Fiber.await(fiber)
      assert.isTrue(Exit.isFailure(exit))
      assert.strictEqual(state.cancelled, 1)
    }))

  it.effect("takes an answer given before register returns, and then has nothing to cancel", () =>
    Effect.gen(function*() {
      let cancelled = 0
      const atOnce = cancellable<string, never>((resume) => {
        resume(Effect.succeed("now"))
        return () => {
          cancelled++
        }
      })
      assert.strictEqual(yield* atOnce, "now")
      assert.strictEqual(cancelled, 0)
    }))

  it.effect("each run registers anew: the effect can be run again", () =>
    Effect.gen(function*() {
      let calls = 0
      const next = cancellable<number, never>((resume) => {
        resume(Effect.succeed(++calls))
      })
      assert.deepStrictEqual([yield* next, yield* next], [1, 2])
    }))
})
