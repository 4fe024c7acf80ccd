import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, ParseResult, Schema } from "effect"
import { GetDocumentInput } from "../../src/ai/api/Documents.js"
import { ObjectId } from "../../src/ai/schema/ObjectId.js"
import * as InputCheck from "../../src/core/InputCheck.js"

const options = { onExcessProperty: "error", errors: "all" } as const
const SEED = 20261124

/** The answer of Schema's own encoder and ours, compared: same success value or same error message. */
const agree = (schema: Schema.Schema<any, any>, input: unknown): boolean => {
  const theirs = Schema.encodeUnknownEither(schema, options)(input)
  const ours = InputCheck.compile(schema, options)(input)
  assert.strictEqual(ours._tag, theirs._tag, JSON.stringify(input))
  if (Either.isRight(ours) && Either.isRight(theirs)) assert.deepStrictEqual(ours.right, theirs.right)
  if (Either.isLeft(ours) && Either.isLeft(theirs)) {
    assert.strictEqual(ParseResult.TreeFormatter.formatErrorSync(ours.left), ParseResult.TreeFormatter.formatErrorSync(theirs.left))
  }
  return Either.isRight(ours)
}

const Flat = Schema.Struct({
  id: ObjectId,
  name: Schema.optionalWith(Schema.String.pipe(Schema.minLength(1)), { exact: true }),
  count: Schema.optionalWith(Schema.Number, { exact: true }),
  kind: Schema.optionalWith(Schema.Literal("a", "b"), { exact: true }),
  flag: Schema.optionalWith(Schema.Boolean, { exact: true }),
  either: Schema.optionalWith(Schema.Union(Schema.String, Schema.Number), { exact: true })
})

const value = fc.oneof(
  fc.constantFrom<unknown>("65a1f0c2b3d4e5f601234567", "not-an-id", "", "a", "b", 1, 0, -1, NaN, true, false, null, undefined, {}, []),
  fc.string(),
  fc.double()
)

describe("InputCheck", () => {
  it("agrees with Schema's encode on flat inputs: valid, invalid, missing, extra and hostile keys", () => {
    let valid = 0
    fc.assert(
      fc.property(
        fc.tuple(
          fc.record(
            {
              id: fc.oneof(fc.constant("65a1f0c2b3d4e5f601234567"), value),
              name: fc.oneof(fc.string(), value),
              count: fc.oneof(fc.double(), value),
              kind: fc.oneof(fc.constantFrom("a", "b"), value),
              flag: fc.oneof(fc.boolean(), value),
              either: value
            },
            { requiredKeys: [] }
          ),
          fc.dictionary(fc.constantFrom("extra", "__proto__", "constructor"), value, { maxKeys: 1 }),
          fc.boolean()
        ).map(([fields, extra, withExtra]) => withExtra ? { ...fields, ...JSON.parse(JSON.stringify(extra) ?? "{}") } : fields),
        (input) => {
          if (agree(Flat, input)) valid++
        }
      ),
      { seed: SEED, numRuns: 500 }
    )
    assert.isAbove(valid, 0, "some inputs were valid")
  })

  it("answers a copy and leaves the caller's object as it was", () => {
    const input = { docId: "65a1f0c2b3d4e5f601234567", presigned: true }
    const result = InputCheck.compile(GetDocumentInput, options)(input)
    assert.isTrue(Either.isRight(result))
    if (Either.isRight(result)) {
      assert.notStrictEqual(result.right, input)
      assert.deepStrictEqual(result.right, { docId: "65a1f0c2b3d4e5f601234567", presigned: true })
    }
    assert.deepStrictEqual(Object.keys(input), ["docId", "presigned"])
  })

  it("leaves an absent required field that accepts undefined to Schema, without adding it to the input", () => {
    const S = Schema.Struct({ id: Schema.String, maybe: Schema.Union(Schema.String, Schema.Undefined) })
    const input = { id: "x" }
    agree(S, input)
    assert.deepStrictEqual(Object.keys(input), ["id"])
  })

  it("reports an undeclared key, a symbol key and a non-plain object as Schema does", () => {
    agree(Flat, { id: "65a1f0c2b3d4e5f601234567", extra: 1 })
    agree(Flat, { id: "65a1f0c2b3d4e5f601234567", [Symbol.for("x")]: 1 })
    agree(Flat, Object.assign(Object.create({ inherited: 1 }), { id: "65a1f0c2b3d4e5f601234567" }))
    agree(Flat, "65a1f0c2b3d4e5f601234567")
    agree(Flat, null)
  })

  it("encodes inputs with transformations or nested objects with Schema (same answers)", () => {
    const Nested = Schema.Struct({ at: Schema.Date, inner: Schema.Struct({ n: Schema.NumberFromString }) })
    agree(Nested, { at: new Date(0), inner: { n: 2 } })
    agree(Nested, { at: "nope", inner: { n: 2 } })
  })
})
