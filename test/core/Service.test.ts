/**
 * A service built from a table of operations, over a fake client (no HTTP, no API): the methods and the
 * tag's accessors follow from the table, with their input modes, results, per-call options and kinds.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, Context, Effect, Layer, Schema, Stream } from "effect"
import type { CallOptions } from "../../src/core/CallOptions.js"
import * as Operation from "../../src/core/Operation.js"
import * as Service from "../../src/core/Service.js"

const echo = Operation.make({
  name: "Fake.echo",
  method: "POST",
  path: "/echo",
  input: Schema.Struct({ text: Schema.String }),
  output: Schema.Struct({ text: Schema.String })
})
const list = Operation.make({ name: "Fake.list", method: "GET", path: "/list", input: Schema.Struct({}), output: Schema.Unknown })
const file = Operation.make({ name: "Fake.file", method: "GET", path: "/file", input: Schema.Struct({ id: Schema.String }), output: Schema.Unknown })

/** What the fake client was asked. */
interface Seen {
  readonly name: string
  readonly input: unknown
  readonly options: CallOptions | undefined
}

const fakeClient = (seen: Array<Seen>): Service.Client => ({
  call: (operation, input, options) => {
    seen.push({ name: operation.name, input, options })
    return Effect.succeed(input as never)
  },
  stream: (operation, input, options) => {
    seen.push({ name: operation.name, input, options })
    return Stream.make(new Uint8Array([1, 2, 3]))
  }
})

class Worker extends Context.Tag("test/Worker")<Worker, { readonly key: string }>() {}

const table = {
  echo: Service.call(echo, { result: (r) => r.text.toUpperCase() }),
  list: Service.call(list, { input: "none" }),
  listMaybe: Service.call(list, { input: "optional" }),
  asWorker: Service.call(echo, { options: Effect.map(Worker, (w) => ({ credentials: { Authorization: w.key } })) }),
  file: Service.stream(file)
}

interface FakeService extends Service.ShapeOf<typeof table> {}

class Fake extends Service.Tag("test/Fake")<Fake, FakeService>()(table) {}

describe("Service", () => {
  it.effect("builds one method per table entry, and accessors that need only the service", () =>
    Effect.gen(function*() {
      const seen: Array<Seen> = []
      const layer = Layer.succeed(Fake, Service.methods(table)(fakeClient(seen)))
      const shouted = yield* Effect.provide(Fake.echo({ text: "hi" }), layer)
      expect(shouted).toBe("HI")
      yield* Effect.provide(Fake.list(), layer)
      yield* Effect.provide(Fake.listMaybe(), layer)
      yield* Effect.provide(Fake.listMaybe({}), layer)
      const bytes = yield* Stream.runCollect(Stream.provideLayer(Fake.file({ id: "d1" }), layer))
      expect(Chunk.toReadonlyArray(bytes)).toEqual([new Uint8Array([1, 2, 3])])
      expect(seen.map((s) => [s.name, s.input])).toEqual([
        ["Fake.echo", { text: "hi" }],
        ["Fake.list", {}],
        ["Fake.list", {}],
        ["Fake.list", {}],
        ["Fake.file", { id: "d1" }]
      ])
      expect(seen.every((s) => s.options === undefined)).toBe(true)
    }))

  it.effect("per-call options come from the context where the method runs", () =>
    Effect.gen(function*() {
      const seen: Array<Seen> = []
      const service = Service.methods(table)(fakeClient(seen))
      yield* service.asWorker({ text: "x" }).pipe(Effect.provideService(Worker, { key: "k1" }))
      expect(seen[0]?.options).toEqual({ credentials: { Authorization: "k1" } })
    }))

  it("refuses a method named like a property of the tag itself", () => {
    assert.throws(() => Service.Tag("test/Bad")<unknown, { readonly key: () => Effect.Effect<void> }>()({ key: Service.effect }), /key/)
  })
})
