import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc, Schema } from "effect"
import { payloadParseOptions } from "../../src/ai/Envelope.js"

/** Removes `null` object properties at every depth, in place, and nothing else (what `dropNulls` means). */
const dropNullProperties = (value: unknown): unknown => {
  const stack: Array<unknown> = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (current === null || typeof current !== "object") continue
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item)
      continue
    }
    const record = current as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (record[key] === null) delete record[key]
      else stack.push(record[key])
    }
  }
  return value
}
import { CreateModuleResult } from "../../src/ai/api/Modules.js"
import { DocDiff, Document, UploadedDocument } from "../../src/ai/schema/Document.js"
import { SearchResult } from "../../src/ai/schema/Search.js"
import { Stack, StackDiff } from "../../src/ai/schema/Stack.js"
import { TpaAccount, TpaPlan, TpaStatement, TpaTransaction } from "../../src/ai/schema/Tpa.js"
import { ReadAccountsOutput } from "../../src/cloud/schema/Account.js"
import * as FastDecode from "../../src/core/FastDecode.js"

// fast-check as effect re-exports it (the version `Arbitrary.make` builds on).
// One fixed seed for every property, printed so a failure can be replayed; fast-check shrinks failures.
const SEED = 20261124
console.log(`FastDecode properties: fast-check seed ${SEED}`)
// Shrinking is bounded in time (a run that is cut short fails, with the smallest counterexample so far).
// Small values (Schema's arbitraries size their arrays and records by it): quick runs, quick shrinking.
fc.configureGlobal({ baseSize: "xsmall" })
const runs = (numRuns: number) => ({ seed: SEED, numRuns, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true })

const HOSTILE = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "extra"] as const

/** A JSON copy: own `__proto__` keys stay own data (JSON.parse defines them). */
const jsonClone = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? "null")

const ownValue = (target: object, key: PropertyKey): unknown => Object.getOwnPropertyDescriptor(target, key)?.value

/**
 * `ours` (the fast decode) agrees with `theirs` (Schema's): same values at every depth, own keys compared with
 * `Reflect.ownKeys`. Every object of ours is plain; an own `__proto__` of ours is own data, and where Schema's
 * preserve mode turned it into the prototype, it is that prototype's value.
 */
const agreeDeep = (ours: unknown, theirs: unknown, path: string): void => {
  if (theirs instanceof Date) {
    assert.isTrue(ours instanceof Date, `${path}: a Date`)
    assert.isTrue(Object.is((ours as Date).getTime(), theirs.getTime()), `${path}: same time`)
    return
  }
  if (Array.isArray(theirs)) {
    assert.isTrue(Array.isArray(ours), `${path}: an array`)
    const mine = ours as Array<unknown>
    assert.strictEqual(mine.length, theirs.length, `${path}: length`)
    theirs.forEach((item, i) => agreeDeep(mine[i], item, `${path}[${i}]`))
    return
  }
  if (typeof theirs === "object" && theirs !== null) {
    assert.isTrue(typeof ours === "object" && ours !== null && !Array.isArray(ours), `${path}: an object`)
    const mine = ours as object
    assert.strictEqual(Object.getPrototypeOf(mine), Object.prototype, `${path}: prototype untouched`)
    const mineKeys = Reflect.ownKeys(mine).filter((k) => k !== "__proto__").map(String).sort()
    const theirKeys = Reflect.ownKeys(theirs).filter((k) => k !== "__proto__").map(String).sort()
    assert.deepStrictEqual(mineKeys, theirKeys, `${path}: own keys`)
    for (const key of theirKeys) agreeDeep(ownValue(mine, key), ownValue(theirs, key), `${path}.${key}`)
    if (Object.hasOwn(mine, "__proto__")) {
      const hostile = ownValue(mine, "__proto__")
      const theirProto: unknown = Object.getPrototypeOf(theirs)
      if (Object.hasOwn(theirs, "__proto__")) agreeDeep(hostile, ownValue(theirs, "__proto__"), `${path}.__proto__`)
      else if (typeof hostile === "object" && theirProto !== Object.prototype) agreeDeep(hostile, theirProto, `${path}.__proto__`)
    }
    return
  }
  assert.isTrue(Object.is(ours, theirs), `${path}: ${String(ours)} is ${String(theirs)}`)
}

/** Every own `__proto__` key of the input is an own key of ours at the same place. */
const hostileKeysKept = (input: unknown, ours: unknown, path: string): void => {
  if (Array.isArray(input) && Array.isArray(ours)) {
    input.forEach((item, i) => hostileKeysKept(item, ours[i], `${path}[${i}]`))
  } else if (typeof input === "object" && input !== null && typeof ours === "object" && ours !== null && !(ours instanceof Date)) {
    for (const key of Object.keys(input)) {
      assert.isTrue(Object.hasOwn(ours, key), `${path}: own key ${key} kept`)
      hostileKeysKept(ownValue(input, key), ownValue(ours, key), `${path}.${key}`)
    }
  }
}

/** The fast decode of a JSON value agrees with Schema's preserve decode; answers whether it succeeded. */
const agree = <A, I>(schema: Schema.Schema<A, I>, value: unknown, options?: FastDecode.Options): boolean => {
  const original = jsonClone(value)
  const forSchema = jsonClone(value)
  const expected = Schema.decodeUnknownEither(schema, payloadParseOptions)(
    options?.dropNulls === true ? dropNullProperties(forSchema) : forSchema
  )
  const actual = FastDecode.get(schema, options)(jsonClone(value))
  assert.strictEqual(actual._tag, expected._tag, "same success or failure")
  if (Either.isLeft(expected) && Either.isLeft(actual)) {
    assert.strictEqual(actual.left.message, expected.left.message)
    return false
  }
  if (Either.isRight(expected) && Either.isRight(actual)) {
    agreeDeep(actual.right, expected.right, "value")
    if (options?.dropNulls !== true) hostileKeysKept(original, actual.right, "value")
  }
  return true
}

// --- values: valid (Schema's own arbitrary, encoded), mutated, with unknown and hostile keys ----------

const validEncoded = <A, I>(schema: Schema.Schema<A, I>): fc.Arbitrary<unknown> => {
  const encode = Schema.encodeEither(schema)
  return Arbitrary.make(schema).map((a) => {
    const encoded = encode(a)
    return Either.isRight(encoded) ? jsonClone(encoded.right) : null
  })
}

type Position = { readonly parent: object; readonly key: string }

const positions = (value: unknown): Array<Position> => {
  const out: Array<Position> = []
  const stack: Array<unknown> = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (typeof current === "object" && current !== null) {
      for (const key of Object.keys(current)) {
        out.push({ parent: current, key })
        stack.push(ownValue(current, key))
      }
    }
  }
  return out
}

const put = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })

/** Replaces or deletes one value somewhere in a copy of the tree (or the whole value). */
const mutate = (original: unknown, pick: number, replacement: unknown, remove: boolean): unknown => {
  const value = jsonClone(original)
  const all = positions(value)
  if (all.length === 0 || pick % (all.length + 1) === all.length) return replacement
  const { key, parent } = all[pick % all.length]!
  if (remove && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key]
  else put(parent, key, replacement)
  return value
}

/** Adds unknown keys (hostile names among them) to some of the objects of a copy, as own data properties. */
const addKeys = (original: unknown, extras: ReadonlyArray<readonly [string, unknown]>, every: number): unknown => {
  const value = jsonClone(original)
  if (extras.length === 0) return value
  let n = 0
  const stack: Array<unknown> = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (typeof current === "object" && current !== null) {
      for (const key of Object.keys(current)) stack.push(ownValue(current, key))
      if (!Array.isArray(current) && n++ % every === 0) {
        const [key, extra] = extras[n % extras.length]!
        if (!Object.hasOwn(current, key)) put(current, key, jsonClone(extra))
      }
    }
  }
  return value
}

const smallJson = fc.jsonValue({ maxDepth: 2 })
/** A value of another JSON type than most fields expect. */
const replacement = fc.oneof(
  fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([]), smallJson
)
const extrasArb = fc.array(fc.tuple(fc.constantFrom(...HOSTILE), smallJson), { maxLength: 4 })

const variants = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: fc.tuple(valid, extrasArb, fc.integer({ min: 1, max: 3 })).map(([v, e, k]) => addKeys(v, e, k)), weight: 3 },
    {
      arbitrary: fc.tuple(valid, fc.nat(), replacement, fc.boolean()).map(([v, p, r, d]) => mutate(v, p, r, d)),
      weight: 3
    },
    {
      arbitrary: fc.tuple(valid, extrasArb, fc.nat(), smallJson).map(([v, e, p, r]) => mutate(addKeys(v, e, 2), p, r, false)),
      weight: 1
    }
  )

/** Runs the agreement property and checks the run tried valid values too (not only failures). */
const property = <A, I>(schema: Schema.Schema<A, I>, numRuns: number, options?: FastDecode.Options) => {
  let successes = 0
  fc.assert(
    fc.property(variants(validEncoded(schema)), (value) => {
      if (agree(schema, value, options)) successes++
    }),
    runs(numRuns)
  )
  assert.isAbove(successes, numRuns / 5, "a good share of the values were valid")
}

// --- the SDK's payload schemas --------------------------------------------------------------------

const sdkPayloads: ReadonlyArray<readonly [string, Schema.Schema<any, any>]> = [
  ["{ doc: Document }", Schema.Struct({ doc: Document })],
  ["Documents.get output", Schema.Struct({ doc: Document }, Schema.Record({ key: Schema.String, value: Schema.Unknown }))],
  ["{ uploads: UploadedDocument[] }", Schema.Struct({ uploads: Schema.Array(UploadedDocument) })],
  ["SearchResult", SearchResult],
  ["{ stack: Stack }", Schema.Struct({ stack: Stack })],
  ["{ stacks: Stack[] }", Schema.Struct({ stacks: Schema.Array(Stack) })],
  ["{ stack?: Stack | null }", Schema.Struct({ stack: Schema.optionalWith(Stack, { nullable: true, exact: true }) })],
  ["{ plans: TpaPlan[] }", Schema.Struct({ plans: Schema.Array(TpaPlan) })],
  ["{ account: TpaAccount }", Schema.Struct({ account: TpaAccount })],
  ["{ statements: TpaStatement[] }", Schema.Struct({ statements: Schema.Array(TpaStatement) })],
  ["{ transaction: TpaTransaction }", Schema.Struct({ transaction: TpaTransaction })],
  ["CreateModuleResult", CreateModuleResult],
  ["ReadAccountsOutput (cloud)", ReadAccountsOutput],
  ["DocDiff (filter over a struct)", DocDiff],
  ["StackDiff (filter over a struct)", StackDiff]
]

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
