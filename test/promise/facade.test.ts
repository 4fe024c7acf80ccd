import { Context, Effect, Layer, ManagedRuntime, Stream } from "effect"
import { Facade } from "stax-effect/promise"
import { describe, expect, it } from "vitest"
import * as Accessor from "../../src/core/Accessor.js"

/** A service some operations of which need one more service (as worker calls need `WorkerConfig`). */
class Offset extends Context.Tag("test/Offset")<Offset, { readonly by: number }>() {}

interface CounterService {
  readonly add: (a: number, b: number) => Effect.Effect<number, never, Offset>
  readonly upTo: (input: { readonly n: number }) => Stream.Stream<number, never, Offset>
  readonly label: () => Effect.Effect<string>
}

class Counter extends Context.Tag("test/Counter")<Counter, CounterService>() {
  static readonly add = Accessor.effect(Counter, (s) => s.add)
  static readonly upTo = Accessor.stream(Counter, (s) => s.upTo)
  static readonly label = Accessor.effect(Counter, (s) => s.label)
}

const CounterLive = Layer.succeed(Counter, {
  add: (a, b) => Effect.map(Offset, (o) => a + b + o.by),
  upTo: ({ n }) => Stream.unwrap(Effect.map(Offset, (o) => Stream.range(1 + o.by, n + o.by))),
  label: () => Effect.succeed("counter")
})

const offset: Facade.Provision<Offset> = {
  tag: Offset,
  apply: (effect) => Effect.provideService(effect, Offset, { by: 100 })
}

describe("Facade: a client's services in a few declarative lines", () => {
  it("maps Effect operations to Promises and Stream operations to async iterables, with provisions", async () => {
    await using client = Facade.makeClient(ManagedRuntime.make(CounterLive), {
      counter: Facade.area(Counter, ["add", "upTo", "label"], { add: offset, upTo: offset })
    })
    expect(await client.counter.add(1, 2)).toBe(103)
    expect(await client.counter.label()).toBe("counter")
    const seen: Array<number> = []
    for await (const n of client.counter.upTo({ n: 3 })) seen.push(n)
    expect(seen).toEqual([101, 102, 103])
  })

  it("refuses, at compile time, an area that leaves an operation out or a requirement unmet", async () => {
    // @ts-expect-error "upTo" and "label" are missing
    Facade.area(Counter, ["add"])
    const runtime = ManagedRuntime.make(CounterLive)
    // @ts-expect-error add and upTo need Offset, which neither the runtime nor a provision supplies
    const unmet = Facade.makeClient(runtime, { counter: Facade.area(Counter, ["add", "upTo", "label"]) })
    // At run time the missing service is a defect, as in Effect.
    await expect(unmet.counter.add(1, 2)).rejects.toThrow(/Offset/)
    await unmet.close()
  })
})
