/**
 * The differential property of the compiled decoder, shared by its tests: Schema's own preserve decode is
 * the truth, and the fast decode (or any other decode mode) must answer the same on valid, mutated and
 * hostile values generated from the schema itself.
 */
import { assert } from "@effect/vitest"
import { Arbitrary, Either, FastCheck as fc, Schema } from "effect"
import { payloadParseOptions } from "../../../src/ai/Envelope.js"

/** Removes `null` object properties at every depth, in place, and nothing else (what `dropNulls` means). */
export const dropNullProperties = (value: unknown): unknown => {
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
import { CreateModuleResult } from "../../../src/ai/api/Modules.js"
import { DocDiff, Document, UploadedDocument } from "../../../src/ai/schema/Document.js"
import { SearchResult } from "../../../src/ai/schema/Search.js"
import { Stack, StackDiff } from "../../../src/ai/schema/Stack.js"
import { TpaAccount, TpaPlan, TpaStatement, TpaTransaction } from "../../../src/ai/schema/Tpa.js"
import { ReadAccountsOutput } from "../../../src/cloud/schema/Account.js"
import * as FastDecode from "../../../src/core/decode/FastDecode.js"

// fast-check as effect re-exports it (the version `Arbitrary.make` builds on).
// One fixed seed for every property, printed so a failure can be replayed; fast-check shrinks failures.
export const SEED = 20261124
console.log(`FastDecode properties: fast-check seed ${SEED}`)
// Shrinking is bounded in time (a run that is cut short fails, with the smallest counterexample so far).
// Small values (Schema's arbitraries size their arrays and records by it): quick runs, quick shrinking.
fc.configureGlobal({ baseSize: "xsmall" })
export const runs = (numRuns: number) => ({ seed: SEED, numRuns, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true })

export const HOSTILE = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "extra"] as const

/** A JSON copy: own `__proto__` keys stay own data (JSON.parse defines them). */
export const jsonClone = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? "null")

export const ownValue = (target: object, key: PropertyKey): unknown => Object.getOwnPropertyDescriptor(target, key)?.value

/**
 * `ours` (the fast decode) agrees with `theirs` (Schema's): same values at every depth, own keys compared with
 * `Reflect.ownKeys`. Every object of ours is plain; an own `__proto__` of ours is own data, and where Schema's
 * preserve mode turned it into the prototype, it is that prototype's value.
 */
export const agreeDeep = (ours: unknown, theirs: unknown, path: string): void => {
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
export const hostileKeysKept = (input: unknown, ours: unknown, path: string): void => {
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
export const agree = <A, I>(schema: Schema.Schema<A, I>, value: unknown, options?: FastDecode.Options): boolean => {
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

export const validEncoded = <A, I>(schema: Schema.Schema<A, I>): fc.Arbitrary<unknown> => {
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

export const variants = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
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
export const property = <A, I>(schema: Schema.Schema<A, I>, numRuns: number, options?: FastDecode.Options) => {
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

export const sdkPayloads: ReadonlyArray<readonly [string, Schema.Schema<any, any>]> = [
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
