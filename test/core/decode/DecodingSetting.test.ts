/**
 * The `decoding` setting reaches the interpreters through the request core, on each road a call can take:
 * the general path (the in-memory stand-in), the express path (`UndiciHttpClient` with fixed credentials)
 * and the Stax cloud client. A call in `"schema"` mode makes no compiled decoder for its payload schema;
 * the same call in the default mode does (so the observation can fail). Its own file: the compiled
 * decoders are module state, and no other test may have compiled these schemas first.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, type Schema } from "effect"
import { Stacks, Stax } from "stax-effect"
import { Accounts, StaxCloud } from "stax-effect/cloud"
import { UndiciHttpClient } from "stax-effect/node"
import { StaxCloudLocal, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"
import { stackEndpoints } from "../../../src/ai/api/Stacks.js"
import { accountEndpoints } from "../../../src/cloud/api/Accounts.js"
import type { Decoding } from "../../../src/core/decode/index.js"
import { FastDecode } from "../../../src/core/decode/index.js"

const compiled = (schema: Schema.Schema.Any): boolean =>
  [true, false].some((dropNulls) => [true, false].some((generate) => FastDecode.compileCache({ dropNulls, generate }).has(schema)))

const STACK = "65a1f0c2aaaaaaaaaaaa0001"
const seed: StaxLocalOptions["seed"] = { stacks: [{ _id: STACK, path: "Finance/Invoices", tag: "invoices" }] }

const inMemory = (decoding: Decoding | undefined) =>
  Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer({ seed, client: decoding === undefined ? {} : { decoding } })))

const overUndici = (decoding: Decoding | undefined) =>
  Stax.layer.pipe(
    Layer.provideMerge(StaxLocal.layerServer({ seed, client: decoding === undefined ? {} : { decoding } })),
    Layer.provide(UndiciHttpClient.layer)
  )

const cloud = (decoding: Decoding | undefined) =>
  StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer({ client: decoding === undefined ? {} : { decoding } })))

describe("the decoding setting reaches the interpreters", () => {
  it.effect("Stax.ai over the in-memory stand-in (general path), then the stack list over undici (express path)", () =>
    Effect.gen(function*() {
      const get = stackEndpoints.get.output
      const stack = yield* Stacks.get({ stackId: STACK }).pipe(Effect.provide(inMemory("schema")))
      assert.strictEqual(stack._id, STACK)
      assert.isFalse(compiled(get), "schema mode: no compiled decoder")
      yield* Stacks.get({ stackId: STACK }).pipe(Effect.provide(inMemory(undefined)))
      assert.isTrue(compiled(get), "the default mode compiles")

      const list = stackEndpoints.list.output
      const stacks = yield* Stacks.list().pipe(Effect.provide(overUndici("schema")))
      assert.deepStrictEqual(stacks.map((s) => s._id), [STACK])
      assert.isFalse(compiled(list), "schema mode on the express path: no compiled decoder")
      yield* Stacks.list().pipe(Effect.provide(overUndici(undefined)))
      assert.isTrue(compiled(list), "the default mode compiles on the express path")
    }).pipe(Effect.scoped))

  it.effect("Stax cloud", () =>
    Effect.gen(function*() {
      const output = accountEndpoints.readAccounts.output
      const page = yield* Accounts.readAccounts({}).pipe(Effect.provide(cloud("schema")))
      assert.isAbove(page.Accounts.length, 0)
      assert.isFalse(compiled(output), "schema mode: no compiled decoder")
      yield* Accounts.readAccounts({}).pipe(Effect.provide(cloud(undefined)))
      assert.isTrue(compiled(output), "the default mode compiles")
    }))
})
