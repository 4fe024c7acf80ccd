import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Exit, FastCheck as fc, Schema } from "effect"
import { interpret as interpretCloud } from "../../../src/cloud/Answer.js"
import { StaxCloudConfig } from "../../../src/cloud/StaxCloudConfig.js"
import { interpret as interpretEnvelope } from "../../../src/ai/Envelope.js"
import { StaxConfig } from "../../../src/ai/StaxConfig.js"
import { type Decoding, decodePayload, FastDecode } from "../../../src/core/decode/index.js"
import { agreeDeep, runs, sdkPayloads, validEncoded, variants } from "./agreement.js"

/** Whether any compiled decoder (with or without nulls dropped, generated or closures) exists for `schema`. */
const compiled = (schema: Schema.Schema.Any): boolean =>
  [true, false].some((dropNulls) =>
    [true, false].some((generate) => FastDecode.compileCache({ dropNulls, generate }).has(schema))
  )

const decodeIn = <A, I>(schema: Schema.Schema<A, I>, text: string, decoding: Decoding) =>
  decodePayload(schema, JSON.parse(text), text, decoding)

describe("decoding modes: compiled and schema decode the same answers", () => {
  for (const [name, schema] of sdkPayloads) {
    it(`same values and errors on ${name}`, () => {
      let successes = 0
      let runsDone = 0
      fc.assert(
        fc.property(variants(validEncoded(schema)), (value) => {
          const text = JSON.stringify(value) ?? "null"
          // `__proto__` keys are where the modes differ by design (kept as data / dropped): see below.
          fc.pre(!text.includes("__proto__"))
          runsDone++
          const fast = decodeIn(schema, text, "compiled")
          const plain = decodeIn(schema, text, "schema")
          assert.strictEqual(fast._tag, plain._tag, "same success or failure")
          if (Either.isRight(fast) && Either.isRight(plain)) {
            successes++
            agreeDeep(fast.right, plain.right, "value")
          } else if (Either.isLeft(fast) && Either.isLeft(plain)) {
            assert.strictEqual(
              fast.left === "Unreadable" ? "Unreadable" : fast.left.message,
              plain.left === "Unreadable" ? "Unreadable" : plain.left.message
            )
          }
        }),
        runs(40)
      )
      assert.isAbove(successes, runsDone / 5, "a good share of the values were valid")
    })
  }
})

describe("decoding mode schema", () => {
  const Doc = Schema.Struct({ id: Schema.String, when: Schema.Date, tags: Schema.optional(Schema.Array(Schema.String)) })
  const text = `{"id":"a","when":"2026-11-24T00:00:00.000Z","tags":null,"extra":{"x":null,"y":1}}`

  it("never calls the compiled path (and compiled does: the observation can fail)", () => {
    const S = Schema.Struct({ id: Schema.String, when: Schema.Date })
    const plain = decodeIn(S, text, "schema")
    assert.isTrue(Either.isRight(plain))
    assert.isFalse(compiled(S), "no compiled decoder was made in schema mode")
    const context = { endpoint: "Test.get", payload: S, secrets: [], nowMillis: 0, decoding: "schema" as const }
    assert.isTrue(Either.isRight(interpretCloud({ status: 200, headers: {}, body: text }, context)))
    const envelope = `{"success":true,${text.slice(1)}`
    assert.isTrue(Either.isRight(interpretEnvelope({ status: 200, headers: {}, body: envelope }, context)))
    assert.isFalse(compiled(S), "no compiled decoder was made by either interpreter in schema mode")
    assert.isTrue(Either.isRight(decodeIn(S, text, "compiled")))
    assert.isTrue(compiled(S), "compiled mode compiles")
  })

  it("decodes like compiled: nulls dropped, unknown fields kept, transformations applied", () => {
    const plain = decodeIn(Doc, text, "schema")
    const fast = decodeIn(Doc, text, "compiled")
    assert.isTrue(Either.isRight(plain) && Either.isRight(fast))
    if (Either.isRight(plain) && Either.isRight(fast)) {
      assert.deepStrictEqual(plain.right, fast.right)
      assert.isTrue(plain.right.when instanceof Date)
      assert.isFalse(Object.hasOwn(plain.right, "tags"))
      assert.deepStrictEqual((plain.right as unknown as { extra: unknown }).extra, { y: 1 })
    }
  })

  it("answers Schema's error for an invalid value, as compiled does", () => {
    const bad = `{"id":1,"when":"2026-11-24T00:00:00.000Z"}`
    const plain = decodeIn(Doc, bad, "schema")
    const fast = decodeIn(Doc, bad, "compiled")
    assert.isTrue(Either.isLeft(plain) && Either.isLeft(fast))
    if (Either.isLeft(plain) && Either.isLeft(fast) && plain.left !== "Unreadable" && fast.left !== "Unreadable") {
      assert.strictEqual(plain.left.message, fast.left.message)
      assert.include(plain.left.message, "id")
    }
  })

  it("drops __proto__ keys: the decoded object's prototype is never the answer's", () => {
    const hostile = `{"id":"a","when":"2026-11-24T00:00:00.000Z","__proto__":{"isAdmin":true}}`
    const plain = decodeIn(Doc, hostile, "schema")
    assert.isTrue(Either.isRight(plain))
    if (Either.isRight(plain)) {
      assert.strictEqual(Object.getPrototypeOf(plain.right), Object.prototype)
      assert.isFalse(Object.hasOwn(plain.right, "__proto__"))
      assert.isUndefined((plain.right as unknown as { isAdmin?: unknown }).isAdmin)
    }
  })

  it("answers instead of overflowing the stack on 100,000 levels of nesting", () => {
    interface Node { readonly next?: Node | undefined }
    const Node: Schema.Schema<Node> = Schema.Struct({ next: Schema.optional(Schema.suspend(() => Node)) })
    const deep = `${"{\"next\":".repeat(100_000)}{}${"}".repeat(100_000)}`
    const result = decodeIn(Node, deep, "schema")
    assert.isTrue(Either.isLeft(result))
  })
})

describe("the decoding setting", () => {
  const ai = { email: "admin@example.com", apiKey: "key0123456789" }
  const cloud = { accessKey: "access", secretKey: "secret" }

  it.effect("defaults to compiled and takes schema, in both configurations", () =>
    Effect.gen(function*() {
      assert.strictEqual((yield* StaxConfig.make(ai)).decoding, "compiled")
      assert.strictEqual((yield* StaxConfig.make({ ...ai, decoding: "schema" })).decoding, "schema")
      assert.strictEqual((yield* StaxCloudConfig.make(cloud)).decoding, "compiled")
      assert.strictEqual((yield* StaxCloudConfig.make({ ...cloud, decoding: "schema" })).decoding, "schema")
    }))

  it.effect("refuses another value with a ConfigError naming decoding, in both configurations", () =>
    Effect.gen(function*() {
      const bad = { decoding: "fast" as unknown as Decoding }
      const exits: ReadonlyArray<Exit.Exit<unknown, unknown>> = [
        yield* Effect.exit(StaxConfig.make({ ...ai, ...bad })),
        yield* Effect.exit(StaxCloudConfig.make({ ...cloud, ...bad }))
      ]
      for (const exit of exits) {
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) assert.include(String(exit.cause), "decoding must be one of")
      }
    }))
})
