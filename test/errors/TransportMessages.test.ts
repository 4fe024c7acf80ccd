/**
 * A `TransportError` says which limit was reached (the timeout, the call's deadline, the size cap, each
 * with its value) and how many attempts were made (`attempts`, and in the message), through the public
 * API against the stand-in; `TestClock` moves time (nothing sleeps). (A POST's single timed-out attempt:
 * test/StaxClient.test.ts.)
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer, TestClock } from "effect"
import { RetryPolicy, Stacks, Stax } from "stax-effect"
import { Fault, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"

const policy = (fields: Partial<RetryPolicy.Fields>) => RetryPolicy.default.with({ jitter: 0, ...fields })

const local = (options: StaxLocalOptions = {}) => Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer(options)))

const seed: StaxLocalOptions["seed"] = { stacks: [{ path: "Invoices" }] }

describe("TransportError messages: the limit reached and the attempts made", () => {
  it.effect("timeouts until the policy's attempts run out: all of them counted", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(Stacks.get({ stackTag: "Invoices" })))
      yield* TestClock.adjust("5 seconds")
      yield* TestClock.adjust("1 second")
      yield* TestClock.adjust("5 seconds")
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "TransportError")
      expect(error.attempts).toBe(2)
      expect(error.message).toBe("no complete answer within 5s (the timeout) (after 2 attempts, the most the retry policy allows)")
    }).pipe(Effect.provide(local({
      seed,
      faults: [Fault.delay("GET /stack/get", "1 minute", { times: 5 })],
      client: { timeout: "5 seconds", deadline: "1 minute", retry: policy({ maxAttempts: 2, backoffFactor: 1 }) }
    }))))

  it.effect("the call's deadline names its length and the attempts it allowed", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(Stacks.get({ stackTag: "Invoices" })))
      yield* TestClock.adjust("5 seconds") // the first attempt's timeout
      yield* TestClock.adjust("1 second") // the wait before the second
      yield* TestClock.adjust("2 seconds") // the deadline, 8 s after the start
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(error.attempts).toBe(2)
      expect(error.message).toBe("the call's deadline of 8s was reached (after 2 of at most 5 attempts)")
    }).pipe(Effect.provide(local({
      seed,
      faults: [Fault.delay("GET /stack/get", "1 minute", { times: 5 })],
      client: { timeout: "5 seconds", deadline: "8 seconds", retry: policy({ maxAttempts: 5, backoffFactor: 1 }) }
    }))))

  it.effect("an answer over the size cap names the cap, and is not retried", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.list())
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("TooLarge")
      expect(error.attempts).toBe(1)
      expect(error.message).toBe("the answer is larger than 1024 bytes (maxResponseBytes) (after 1 of at most 3 attempts)")
    }).pipe(Effect.provide(local({
      seed: { stacks: Array.from({ length: 40 }, (_, i) => ({ path: `Stack number ${i} with a long enough name` })) },
      client: { maxResponseBytes: 1024, retry: policy({ maxAttempts: 3 }) }
    }))))
})
