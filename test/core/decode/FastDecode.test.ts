import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, Schema } from "effect"
import { payloadParseOptions } from "../../../src/ai/Envelope.js"
import { Document } from "../../../src/ai/schema/Document.js"
import { SearchResult } from "../../../src/ai/schema/Search.js"
import * as FastDecode from "../../../src/core/decode/FastDecode.js"
import { agree, agreeDeep, HOSTILE, jsonClone, ownValue, property, runs, sdkPayloads, validEncoded, variants } from "./agreement.js"

describe("FastDecode agrees with Schema's preserve decode on the SDK's payloads", () => {
  for (const [name, schema] of sdkPayloads) {
    it(`agrees on ${name}`, () => property(schema, 100))
    it(`agrees on ${name} with the checks as closures (no generated source)`, () => property(schema, 40, { generate: false }))
  }
  it("agrees on { doc: Document } with null properties dropped during the check", () =>
    property(Schema.Struct({ doc: Document }), 60, { dropNulls: true }))
  it("agrees on SearchResult with null properties dropped during the check", () => property(SearchResult, 40, { dropNulls: true }))
})

// --- random schemas -------------------------------------------------------------------------------

type Desc =
  | { readonly t: "string" | "number" | "boolean" | "unknown" | "date" | "numberFromString" | "minLength" | "int" | "tuple" }
  | { readonly t: "literal"; readonly v: string | number | boolean | null }
  | { readonly t: "array" | "record" | "nullable" | "recursive"; readonly of: Desc }
  | { readonly t: "union"; readonly members: ReadonlyArray<Desc> }
  | { readonly t: "struct"; readonly fields: ReadonlyArray<readonly [string, Desc, "required" | "exact" | "optional"]>; readonly rest?: Desc | undefined }
  | { readonly t: "tagged"; readonly variants: ReadonlyArray<ReadonlyArray<readonly [string, Desc]>> }

// Not "constructor" or "toString": a union member with a required literal field so named crashes effect 3.22.4's
// getSearchTree (`keys[key] || ...` on a plain object). Such keys still come as unknown keys.
const fieldName = fc.constantFrom("a", "b", "c", "id", "name", "kind", "value", "prototype")

const { desc } = fc.letrec<{ desc: Desc; leaf: Desc }>((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom<Desc>(
      { t: "string" }, { t: "number" }, { t: "boolean" }, { t: "unknown" }, { t: "date" },
      { t: "numberFromString" }, { t: "minLength" }, { t: "int" }, { t: "tuple" }
    ),
    fc.constantFrom<string | number | boolean | null>("a", "b", 1, true, null).map((v): Desc => ({ t: "literal", v }))
  ),
  desc: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    tie("leaf"),
    fc.tuple(fc.constantFrom("array", "record", "nullable", "recursive"), tie("desc")).map(([t, of]) => ({ t, of }) as Desc),
    fc.array(tie("desc"), { minLength: 1, maxLength: 3 }).map((members): Desc => ({ t: "union", members })),
    fc.record({
      fields: fc.uniqueArray(fc.tuple(fieldName, tie("desc"), fc.constantFrom("required" as const, "exact" as const, "optional" as const)), {
        maxLength: 4,
        selector: ([name]) => name
      }),
      rest: fc.option(tie("desc"), { nil: undefined })
    }).map(({ fields, rest }): Desc => ({ t: "struct", fields, rest })),
    fc.array(fc.uniqueArray(fc.tuple(fieldName.filter((n) => n !== "kind"), tie("desc")), { maxLength: 2, selector: ([n]) => n }), {
      minLength: 1,
      maxLength: 3
    }).map((variants): Desc => ({ t: "tagged", variants }))
  )
}))

const toSchema = (d: Desc): Schema.Schema<any, any> => {
  switch (d.t) {
    case "string": return Schema.String
    case "number": return Schema.Number
    case "boolean": return Schema.Boolean
    case "unknown": return Schema.Unknown
    case "date": return Schema.Date
    case "numberFromString": return Schema.NumberFromString
    case "minLength": return Schema.String.pipe(Schema.minLength(2))
    case "int": return Schema.Number.pipe(Schema.int())
    case "tuple": return Schema.Tuple(Schema.String, Schema.Number)
    case "literal": return Schema.Literal(d.v)
    case "array": return Schema.Array(toSchema(d.of))
    case "record": return Schema.Record({ key: Schema.String, value: toSchema(d.of) })
    case "nullable": return Schema.NullOr(toSchema(d.of))
    case "recursive": {
      interface Tree { readonly value?: unknown; readonly children?: ReadonlyArray<Tree> }
      const Tree: Schema.Schema<Tree, any> = Schema.Struct({
        value: Schema.optionalWith(toSchema(d.of), { exact: true }),
        children: Schema.optionalWith(Schema.Array(Schema.suspend(() => Tree)), { exact: true })
      })
      return Tree
    }
    case "union": return Schema.Union(...d.members.map(toSchema))
    case "struct": {
      const fields: Record<string, Schema.Schema<any, any> | Schema.PropertySignature<any, any, any, any, any, any>> = {}
      for (const [name, inner, mode] of d.fields) {
        const s = toSchema(inner)
        fields[name] = mode === "required" ? s : mode === "exact" ? Schema.optionalWith(s, { exact: true }) : Schema.optional(s)
      }
      return d.rest === undefined
        ? Schema.Struct(fields)
        : Schema.Struct(fields, Schema.Record({ key: Schema.String, value: toSchema(d.rest) }))
    }
    case "tagged":
      return Schema.Union(
        ...d.variants.map((fields, i) =>
          Schema.Struct({ kind: Schema.Literal(`k${i}`), ...Object.fromEntries(fields.map(([n, inner]) => [n, toSchema(inner)])) })
        )
      )
  }
}

describe("FastDecode agrees with Schema's preserve decode on random schemas", () => {
  it("agrees on random schemas and values (valid, mutated, with unknown and hostile keys)", () => {
    let successes = 0
    let total = 0
    fc.assert(
      fc.property(desc, fc.nat(), (d, seed) => {
        const schema = toSchema(d)
        const values = fc.sample(variants(validEncoded(schema)), { seed, numRuns: 4 })
        for (const value of values) {
          total++
          if (agree(schema, value)) successes++
          if (agree(schema, value, { dropNulls: true })) successes++
          if (agree(schema, value, { generate: false })) successes++
        }
      }),
      runs(300)
    )
    assert.isAbove(successes, total / 4, "a good share of the values were valid")
  })
})

// --- behaviours -----------------------------------------------------------------------------------

const Doc = Schema.Struct({ doc: Document })
const validDoc = () =>
  JSON.parse(
    `{"success":true,"doc":{"_id":"65a1f0c2e4b0a1b2c3d4e5f6","name":"a.pdf","receivedOn":"2026-11-20T10:14:59.000Z",` +
      `"metadata":[{"key":"Total","value":"42","__proto__":{"polluted":true},"constructor":{"prototype":1}}],"extra":{"deep":[1,null]}}}`
  )

describe("FastDecode", () => {
  it("answers the parsed object itself, unknown fields kept", () => {
    const input = validDoc()
    const result = FastDecode.compile(Doc)(input)
    assert.isTrue(Either.isRight(result))
    if (Either.isRight(result)) {
      assert.strictEqual(result.right, input)
      assert.deepStrictEqual(ownValue(result.right.doc, "extra"), { deep: [1, null] })
      assert.strictEqual(ownValue(input, "success"), true)
    }
  })

  it("writes decoded dates back as own data properties", () => {
    const input = validDoc()
    const result = FastDecode.compile(Doc)(input)
    assert.isTrue(Either.isRight(result))
    const descriptor = Object.getOwnPropertyDescriptor(input.doc, "receivedOn")
    assert.isTrue(descriptor?.value instanceof Date && descriptor.writable === true && descriptor.enumerable === true)
    assert.strictEqual((descriptor?.value as Date).toISOString(), "2026-11-20T10:14:59.000Z")
  })

  it("keeps __proto__ and constructor keys as own data without touching prototypes", () => {
    const input = validDoc()
    FastDecode.compile(Doc)(input)
    const metadata = input.doc.metadata[0]
    assert.strictEqual(Object.getPrototypeOf(metadata), Object.prototype)
    assert.deepStrictEqual(ownValue(metadata, "__proto__"), { polluted: true })
    assert.deepStrictEqual(ownValue(metadata, "constructor"), { prototype: 1 })
    assert.isUndefined((metadata as { polluted?: unknown }).polluted)
  })

  it("writes a decoded value under a __proto__ key as own data", () => {
    const S = Schema.Record({ key: Schema.String, value: Schema.Date })
    const input = JSON.parse(`{"__proto__":"2026-01-01T00:00:00.000Z","at":"2026-01-02T00:00:00.000Z"}`)
    const result = FastDecode.compile(S)(input)
    assert.isTrue(Either.isRight(result))
    assert.strictEqual(Object.getPrototypeOf(input), Object.prototype)
    const own = ownValue(input, "__proto__")
    assert.isTrue(own instanceof Date && own.toISOString() === "2026-01-01T00:00:00.000Z")
  })

  it("answers Schema's own error, path and message, for an invalid value", () => {
    const input = validDoc()
    input.doc.metadata[0].confidence = "high"
    const expected = Schema.decodeUnknownEither(Doc, payloadParseOptions)(jsonClone(input))
    const actual = FastDecode.compile(Doc)(input)
    assert.isTrue(Either.isLeft(actual) && Either.isLeft(expected))
    if (Either.isLeft(actual) && Either.isLeft(expected)) {
      assert.strictEqual(actual.left.message, expected.left.message)
      assert.include(actual.left.message, "confidence")
    }
  })

  it("undoes its write-backs when a later field is invalid", () => {
    const input = validDoc()
    input.doc.name = 42
    const result = FastDecode.compile(Doc)(input)
    assert.isTrue(Either.isLeft(result))
    assert.strictEqual(input.doc.receivedOn, "2026-11-20T10:14:59.000Z")
  })

  it("drops null properties at every depth with dropNulls, keeping null array elements", () => {
    const input = JSON.parse(`{"doc":{"_id":"65a1f0c2e4b0a1b2c3d4e5f6","deadline":null,"job":{"error":null,"rc":{"sort":null}},"x":{"y":null,"z":[null,{"w":null}]}}}`)
    const result = FastDecode.compile(Doc, { dropNulls: true })(input)
    assert.isTrue(Either.isRight(result))
    if (Either.isRight(result)) {
      assert.deepStrictEqual(result.right as unknown, { doc: { _id: "65a1f0c2e4b0a1b2c3d4e5f6", job: { rc: {} }, x: { z: [null, {}] } } })
    }
  })

  it("answers instead of overflowing the stack on 100,000 levels of nesting", () => {
    interface Node { readonly next?: Node }
    const Node: Schema.Schema<Node> = Schema.Struct({ next: Schema.optionalWith(Schema.suspend(() => Node), { exact: true }) })
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < 100_000; i++) deep = { next: deep }
    let schemaOverflows = false
    try {
      Schema.decodeUnknownEither(Node, payloadParseOptions)(deep)
    } catch (error) {
      schemaOverflows = error instanceof RangeError
    }
    assert.isTrue(schemaOverflows, "Schema itself overflows the stack here")
    const result = FastDecode.compile(Node)(deep)
    assert.isTrue(Either.isLeft(result))
    if (Either.isLeft(result)) assert.include(result.left.message, "nested too deeply")
  })

  it("decodes a value nested deeper than the check goes with Schema itself", () => {
    interface Node { readonly next?: Node }
    const Node: Schema.Schema<Node> = Schema.Struct({ next: Schema.optionalWith(Schema.suspend(() => Node), { exact: true }) })
    let deep: Record<string, unknown> = {}
    for (let i = 0; i < FastDecode.maxDepth + 50; i++) deep = { next: deep }
    const expected = Schema.decodeUnknownEither(Node, payloadParseOptions)(deep)
    assert.strictEqual(FastDecode.compile(Node)(deep)._tag, expected._tag)
  })

  it("leaves objects with another prototype to Schema", () => {
    const S = Schema.Struct({ a: Schema.String })
    const input = Object.assign(Object.create(null) as object, { a: "x", b: 1 })
    const result = FastDecode.compile(S)(input)
    assert.isTrue(Either.isRight(result))
    if (Either.isRight(result)) {
      assert.notStrictEqual(result.right, input)
      assert.deepStrictEqual({ ...result.right }, { a: "x", b: 1 })
    }
  })

  it("lets Schema choose among union members that transform", () => {
    const S = Schema.Union(Schema.Struct({ a: Schema.Date }), Schema.Struct({ kind: Schema.Literal("x"), a: Schema.String }))
    const input = { kind: "x", a: "2026-01-01T00:00:00.000Z" }
    const expected = Schema.decodeUnknownEither(S, payloadParseOptions)(jsonClone(input))
    const actual = FastDecode.compile(S)(input)
    assert.isTrue(Either.isRight(actual) && Either.isRight(expected))
    if (Either.isRight(actual) && Either.isRight(expected)) agreeDeep(actual.right, expected.right, "value")
  })

  it("decodes a Schema.Class field with Schema and writes the instance back", () => {
    class Point extends Schema.Class<Point>("Point")({ x: Schema.Number }) {}
    const S = Schema.Struct({ at: Point })
    const input = { at: { x: 1, label: "kept?" }, other: true }
    const result = FastDecode.compile(S)(input)
    assert.isTrue(Either.isRight(result))
    if (Either.isRight(result)) {
      assert.strictEqual(result.right, input)
      assert.isTrue(result.right.at instanceof Point)
      assert.strictEqual(result.right.at.x, 1)
    }
  })

  it("compiles a schema once for get", () => {
    const S = Schema.Struct({ a: Schema.String })
    assert.strictEqual(FastDecode.get(S), FastDecode.get(S))
    assert.notStrictEqual(FastDecode.get(S), FastDecode.get(S, { dropNulls: true }))
    assert.strictEqual(FastDecode.compileCache().get(S), FastDecode.get(S))
    assert.notStrictEqual(FastDecode.get(S), FastDecode.get(S, { generate: false }))
    assert.strictEqual(FastDecode.compileCache({ generate: false }).get(S), FastDecode.get(S, { generate: false }))
  })

  for (const generate of [true, false]) {
    it(`reads what Schema reads when Object.prototype is polluted (generate: ${generate})`, () => {
      const S = Schema.Struct({
        id: Schema.String,
        count: Schema.optionalWith(Schema.Number, { exact: true }),
        tags: Schema.optionalWith(Schema.Array(Schema.String), { exact: true })
      })
      const decode = FastDecode.compile(S, { generate })
      const schemaDecode = Schema.decodeUnknownEither(S, payloadParseOptions)
      const proto = Object.prototype as Record<string, unknown>
      proto["id"] = "polluted"
      proto["count"] = "not a number"
      proto["tags"] = [1, 2]
      try {
        for (const text of [`{"count":1}`, `{"id":"a"}`, `{"id":"b","count":"2"}`, `{"id":"c","tags":["x"]}`]) {
          const ours = decode(JSON.parse(text))
          const theirs = schemaDecode(JSON.parse(text))
          assert.strictEqual(ours._tag, theirs._tag, text)
          if (Either.isRight(ours) && Either.isRight(theirs)) {
            assert.deepStrictEqual(Object.keys(ours.right), Object.keys(theirs.right), text)
            for (const key of Object.keys(theirs.right)) assert.deepStrictEqual(ownValue(ours.right, key), ownValue(theirs.right, key), `${text} ${key}`)
          }
        }
      } finally {
        delete proto["id"]
        delete proto["count"]
        delete proto["tags"]
      }
    })
  }

  it("decodes objects whose field names are any string (the generated source quotes them)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom(...HOSTILE, "\u2028", "\"); throw 1; (\"", "${x}", "`")), {
          minLength: 1,
          maxLength: 6
        }),
        fc.nat(),
        (names, n) => {
          const fields = Object.fromEntries(names.map((name, i) => [name, i % 2 === 0 ? Schema.Number : Schema.optionalWith(Schema.String, { exact: true })]))
          const S = Schema.Struct(fields)
          const value = Object.fromEntries(
            names.flatMap((name, i): Array<readonly [string, unknown]> => i % 2 === 0 ? [[name, n + i]] : n % 2 === 0 ? [[name, `v${i}`]] : [])
          )
          const text = JSON.stringify(value)
          const expected = Schema.decodeUnknownEither(S, payloadParseOptions)(JSON.parse(text))
          const actual = FastDecode.compile(S)(JSON.parse(text))
          assert.strictEqual(Either.isRight(actual), Either.isRight(expected), text)
          if (Either.isRight(actual)) for (const name of names) assert.deepStrictEqual(ownValue(actual.right, name), ownValue(JSON.parse(text), name), name)
        }
      ),
      runs(200)
    )
  })
})
