/**
 * Every ported staxapp example (`examples/cloud/*.ts`, found by listing the directory, so a new example
 * is tested without editing this file) runs its `program` against ONE in-memory Stax cloud stand-in, in
 * file order, sharing its state as a user running them one after another would; each must complete and
 * its claims about what it returned (the resource read back, the task's final status, the items streamed)
 * must hold. Waiting for tasks polls on a schedule: the test clock is moved on a second at a time while a
 * program runs, each step after the event loop has had a turn (no real sleep).
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { Effect, Fiber, Layer, Option, TestClock } from "effect"
import { readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { StaxCloud } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { check, type Claims } from "../../examples/cloud/run.js"

/** What each example module exports. */
interface ExampleModule {
  readonly program: Effect.Effect<unknown, unknown, StaxCloud.Services>
  readonly claims: Claims<any>
}

const directory = fileURLToPath(new URL("../../examples/cloud/", import.meta.url))
const files = readdirSync(directory).filter((name) => name.endsWith(".ts") && name !== "run.ts").sort()
const examples = await Promise.all(
  files.map(async (file) => ({ file, module: (await import(`../../examples/cloud/${file}`)) as ExampleModule }))
)

/** One turn of the event loop, so the in-memory stand-in's promises settle before the clock moves. */
const turn = Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))

/** Runs an effect to its end, moving the test clock on a second per event-loop turn while it waits. */
const withClockMoving = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.gen(function*() {
    const fiber = yield* Effect.fork(effect)
    for (;;) {
      yield* turn
      const exit = yield* Fiber.poll(fiber)
      if (Option.isSome(exit)) return yield* exit.value
      yield* TestClock.adjust("1 second")
    }
  })

describe("examples/cloud", () => {
  it("holds at least 30 examples, each exporting program and claims; every known gap names one", () => {
    for (const file of Object.keys(knownGaps)) expect(files, file).toContain(file)
    expect(examples.length).toBeGreaterThanOrEqual(30)
    for (const { file, module } of examples) {
      expect(Effect.isEffect(module.program), file).toBe(true)
      expect(typeof module.claims, file).toBe("function")
    }
  })
})

/**
 * Examples whose claims the stand-in (or the SDK) cannot meet yet, each with what is missing, as measured
 * on main with the generated services, T's tasks and paging and S's stand-in serving the registry. Each
 * runs as a test that must FAIL: once the gap is closed it passes, this test turns red, and its entry goes.
 */
const knownGaps: Readonly<Record<string, string>> = {}

layer(StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer())))("examples/cloud against one stand-in", (it) => {
  for (const { file, module } of examples) {
    const gap = knownGaps[file]
    const test = gap === undefined ? it.effect : it.effect.fails
    test(gap === undefined ? file : `${file} (known gap: ${gap})`, () =>
      Effect.gen(function*() {
        const result = yield* withClockMoving(module.program)
        const held = yield* check(result, module.claims)
        expect(held.length).toBeGreaterThan(0)
      }))
  }
})
