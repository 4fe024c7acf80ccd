/**
 * Fast decoding of freshly parsed JSON answers, with the payload `Schema` still the single source of truth.
 *
 * `compile(schema)` walks `schema.ast` once and builds a validator that checks a `JSON.parse` result
 * IN PLACE: a valid value comes back as the same object, so unknown fields stay by construction and
 * nothing is copied. Nodes it cannot check in place (a `Schema.Class`, a tuple, an unusual transformation)
 * are decoded by Schema itself and the result is written back into the parent as an own data property.
 * When the value is invalid in any way, the answer is exactly the full Schema decode's
 * (`{ onExcessProperty: "preserve", errors: "first" }`): the slow path runs only for invalid answers, so
 * every error path and message is Schema's.
 *
 * Differences from `Schema.decodeUnknownEither(schema, payloadParseOptions)` on success, all deliberate:
 * - the result is the input object itself (decoded values written into it), its keys in input order;
 * - an own `__proto__` key stays an own data property (Schema's preserve mode assigns it, which turns
 *   the value into the decoded object's prototype: checked on effect 3.22.4).
 *
 * The input must be owned by the caller (it is changed in place on success): pass `JSON.parse`'s result.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"

/**
 * Options of {@link compile}.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Options {
  /**
   * Remove `null`-valued object properties at every depth (array elements are kept) during validation,
   * as if `Envelope.dropNullProperties` had run first: the caller can skip its own walk.
   */
  readonly dropNulls?: boolean
  /**
   * Whether the checks of objects and arrays are generated as JavaScript source (`new Function`), so that
   * each has its own property loads and calls for the engine to specialise (faster than the closures on a
   * typical answer; see the CHANGELOG). Default: when the runtime allows it; a runtime that forbids it (a Content Security
   * Policy without `unsafe-eval`, some edge runtimes) gets the same checks as closures. Only property
   * names from the schema reach the generated source, as JSON string literals.
   */
  readonly generate?: boolean
}

/**
 * A compiled decoder: the decoded value (the input itself, checked in place) or Schema's own `ParseError`.
 *
 * @since 0.2.0
 * @category Models
 */
export type Decoder<A> = (input: unknown) => Either.Either<A, ParseResult.ParseError>

/**
 * The parse options every payload is decoded with (as `Envelope.payloadParseOptions`).
 *
 * @since 0.2.0
 * @category Decoding
 */
export const parseOptions: SchemaAST.ParseOptions = { onExcessProperty: "preserve", errors: "first" }

/**
 * How deep the in-place check goes before it hands the value to Schema (which then answers, or reports
 * the value as nested too deeply instead of overflowing the stack).
 *
 * @since 0.2.0
 * @category Decoding
 */
export const maxDepth = 1000

const FAIL: unique symbol = Symbol("FastDecode/fail")

interface Context {
  /** Undo log of write-backs: object, key, previous value, whether the key was there. */
  readonly writes: Array<readonly [object, PropertyKey, unknown, boolean]>
  readonly dropNulls: boolean
}

type Check = (value: unknown, ctx: Context, depth: number) => unknown

const ownValue = (target: object, key: PropertyKey): unknown => Object.getOwnPropertyDescriptor(target, key)?.value

/** Sets an own data property (never an assignment: a key named `__proto__` stays data), undoably. */
const writeOwn = (target: object, key: PropertyKey, value: unknown, ctx: Context): void => {
  const had = Object.hasOwn(target, key)
  ctx.writes.push([target, key, had ? ownValue(target, key) : undefined, had])
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true })
}

/** Deletes an own property, undoably. */
const removeOwn = (target: object, key: PropertyKey, ctx: Context): void => {
  ctx.writes.push([target, key, ownValue(target, key), true])
  delete (target as Record<PropertyKey, unknown>)[key]
}

const rollback = (ctx: Context, mark: number): void => {
  const writes = ctx.writes
  for (let i = writes.length - 1; i >= mark; i--) {
    const [target, key, previous, had] = writes[i]!
    if (had) Object.defineProperty(target, key, { value: previous, writable: true, enumerable: true, configurable: true })
    else delete (target as Record<PropertyKey, unknown>)[key]
  }
  writes.length = mark
}

/**
 * Removes `null`-valued object properties at every depth, in place, with an explicit stack.
 */
const dropNullsDeep = (value: unknown): void => {
  const stack: Array<unknown> = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === "object") stack.push(item)
    } else if (current !== null && typeof current === "object") {
      const record = current as Record<string, unknown>
      for (const key of Object.keys(record)) {
        const item = record[key]
        if (item === null) delete record[key]
        else if (typeof item === "object") stack.push(item)
      }
    }
  }
}

/**
 * The object without its `null`-valued properties: a fresh copy when it has any (deleting them would
 * turn the object into a slow dictionary-mode object, which costs more than the copy), else itself.
 */
const withoutNullProps = <T extends object>(value: T): T => {
  if (Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  let nulls = 0
  for (const key of keys) if (record[key] === null) nulls++
  if (nulls === 0) return value
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    for (const key of keys) if (record[key] === null) delete record[key]
    return value
  }
  const copy: Record<string, unknown> = {}
  for (const key of keys) {
    const item = record[key]
    if (item === null) continue
    if (key === "__proto__") Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true })
    else copy[key] = item
  }
  return copy as T
}

/** The value without `null` object properties at any depth (array elements kept), top-down with an explicit stack. */
const withoutNulls = (value: unknown): unknown => {
  if (value === null || typeof value !== "object") return value
  const root = withoutNullProps(value)
  const stack: Array<object> = [root]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        const item: unknown = current[i]
        if (item === null || typeof item !== "object") continue
        const clean = withoutNullProps(item)
        if (clean !== item) current[i] = clean
        stack.push(clean)
      }
    } else {
      const record = current as Record<string, unknown>
      for (const key of Object.keys(record)) {
        const item = record[key]
        if (item === null || typeof item !== "object") continue
        const clean = withoutNullProps(item)
        if (clean !== item) Object.defineProperty(record, key, { value: clean, writable: true, enumerable: true, configurable: true })
        stack.push(clean)
      }
    }
  }
  return root
}

/** Whether this runtime compiles generated source (asked once, on the first compile that would use it). */
let generationAvailable: boolean | undefined
const canGenerate = (): boolean => {
  if (generationAvailable === undefined) {
    try {
      generationAvailable = new Function("return true")() === true
    } catch {
      generationAvailable = false
    }
  }
  return generationAvailable
}

/**
 * A check written inline in generated source, as a condition on `v`, for the nodes whose check answers the
 * value itself: primitives and JSON-representable literals (`Unknown` too where nulls are kept).
 */
const inlineTest = (ast: SchemaAST.AST, keepsNulls: boolean): string | undefined => {
  if (hasParserAnnotations(ast)) return undefined
  switch (ast._tag) {
    case "StringKeyword":
      return `typeof v === "string"`
    case "NumberKeyword":
      return `typeof v === "number"`
    case "BooleanKeyword":
      return `typeof v === "boolean"`
    case "UnknownKeyword":
    case "AnyKeyword":
      return keepsNulls ? "true" : undefined
    case "Literal": {
      const literal = ast.literal
      if (literal === null || typeof literal === "boolean") return `v === ${String(literal)}`
      if (typeof literal === "string") return `v === ${JSON.stringify(literal)}`
      if (typeof literal === "number" && Number.isFinite(literal)) return `v === ${String(literal)}`
      return undefined
    }
    default:
      return undefined
  }
}

/** Builds a function from generated source; the names in `scope` are its free variables. */
const generated = (scope: Record<string, unknown>, body: string): Check =>
  new Function(...Object.keys(scope), `"use strict";\n${body}`)(...Object.values(scope)) as Check

const isPlainObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && Object.getPrototypeOf(u) === Object.prototype

/** Whether Schema's own parser for this node behaves differently from the node's kind (options, fallback). */
const hasParserAnnotations = (ast: SchemaAST.AST): boolean =>
  Option.isSome(SchemaAST.getParseOptionsAnnotation(ast)) || Option.isSome(SchemaAST.getDecodingFallbackAnnotation(ast))

const isSimpleArray = (ast: SchemaAST.TupleType): boolean => ast.elements.length === 0 && ast.rest.length === 1

/**
 * Whether a node's decoded value is its input itself (no transformation anywhere under it), so the
 * members of a union made of such nodes can be tried in any order.
 */
const isIdentity = (ast: SchemaAST.AST, seen: Set<SchemaAST.AST>): boolean => {
  if (seen.has(ast)) return true
  seen.add(ast)
  if (hasParserAnnotations(ast)) return false
  switch (ast._tag) {
    case "Literal":
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "UnknownKeyword":
    case "AnyKeyword":
    case "UndefinedKeyword":
    case "TemplateLiteral":
    case "Enums":
      return true
    case "Refinement":
      return isIdentity(ast.from, seen)
    case "Suspend":
      return isIdentity(ast.f(), seen)
    case "Union":
      return ast.types.every((member) => isIdentity(member, seen))
    case "TupleType":
      return isSimpleArray(ast) && isIdentity(ast.rest[0]!.type, seen)
    case "TypeLiteral":
      return (
        ast.propertySignatures.every((ps) => typeof ps.name === "string" && isIdentity(ps.type, seen)) &&
        ast.indexSignatures.every((is) => isIdentity(is.parameter, seen) && isIdentity(is.type, seen))
      )
    default:
      return false
  }
}

/**
 * Whether a schema's decoded value is its input itself: no transformation anywhere under it (only
 * primitives, literals, refinements, unions, arrays and objects of such).
 *
 * @since 0.2.0
 * @category Decoding
 */
export const isIdentityAst = (ast: SchemaAST.AST): boolean => isIdentity(ast, new Set())

/** The first member's answer that is not a failure; each failed member's write-backs undone. */
const firstOf = (members: ReadonlyArray<Check>): Check => (value, ctx, depth) => {
  for (const member of members) {
    const mark = ctx.writes.length
    const decoded = member(value, ctx, depth)
    if (decoded !== FAIL) return decoded
    rollback(ctx, mark)
  }
  return FAIL
}

/** The required literal fields of a union member, as Schema reads them to pick candidates. */
const literalsOf = (ast: SchemaAST.AST): Array<readonly [PropertyKey, SchemaAST.Literal]> => {
  switch (ast._tag) {
    case "Declaration": {
      const surrogate = SchemaAST.getSurrogateAnnotation(ast)
      return Option.isSome(surrogate) ? literalsOf(surrogate.value) : []
    }
    case "TypeLiteral":
      return ast.propertySignatures.flatMap((ps) => {
        const type = SchemaAST.encodedAST(ps.type)
        return SchemaAST.isLiteral(type) && !ps.isOptional ? [[ps.name, type] as const] : []
      })
    case "TupleType":
      return ast.elements.flatMap((element, i) => {
        const type = SchemaAST.encodedAST(element.type)
        return SchemaAST.isLiteral(type) && !element.isOptional ? [[i, type] as const] : []
      })
    case "Refinement":
      return literalsOf(ast.from)
    case "Suspend":
      return literalsOf(ast.f())
    case "Transformation":
      return literalsOf(ast.from)
    default:
      return []
  }
}

/**
 * Schema's candidate index of a union's members (each member with literal fields in one bucket: field
 * name, then the literal as a string), the other members apart, in Schema's order.
 */
const searchTree = (members: ReadonlyArray<SchemaAST.AST>) => {
  const keys: Record<PropertyKey, Record<string, Array<SchemaAST.AST>>> = Object.create(null)
  const otherwise: Array<SchemaAST.AST> = []
  for (const member of members) {
    const tags = literalsOf(member)
    if (tags.length === 0) {
      otherwise.push(member)
      continue
    }
    for (let j = 0; j < tags.length; j++) {
      const [key, literal] = tags[j]!
      const hash = String(literal.literal)
      const buckets = (keys[key] ??= Object.create(null) as Record<string, Array<SchemaAST.AST>>)
      const bucket = buckets[hash]
      if (bucket !== undefined) {
        if (j < tags.length - 1) continue
        bucket.push(member)
      } else {
        buckets[hash] = [member]
        break
      }
    }
  }
  return { keys, names: Reflect.ownKeys(keys), otherwise }
}

class Compiler {
  private readonly memo = new Map<SchemaAST.AST, Check>()

  /** Whether objects' and arrays' checks are generated source (see `Options.generate`). */
  constructor(private readonly generate: boolean) {}

  compile(ast: SchemaAST.AST): Check {
    const known = this.memo.get(ast)
    if (known !== undefined) return known
    // A forwarding slot first, so recursive schemas (Suspend) compile once.
    let target: Check | undefined
    const forward: Check = (value, ctx, depth) => target!(value, ctx, depth)
    this.memo.set(ast, forward)
    target = this.build(ast)
    this.memo.set(ast, target)
    return target
  }

  /** Schema decodes the node; the result replaces the value. */
  private bySchema(ast: SchemaAST.AST): Check {
    const decode = ParseResult.decodeUnknownEither(Schema.make(ast), parseOptions)
    return (value, ctx) => {
      const result = decode(ctx.dropNulls ? withoutNulls(value) : value)
      return Either.isRight(result) ? result.right : FAIL
    }
  }

  private build(ast: SchemaAST.AST): Check {
    if (hasParserAnnotations(ast)) return this.bySchema(ast)
    switch (ast._tag) {
      case "StringKeyword":
        return (value) => (typeof value === "string" ? value : FAIL)
      case "NumberKeyword":
        return (value) => (typeof value === "number" ? value : FAIL)
      case "BooleanKeyword":
        return (value) => (typeof value === "boolean" ? value : FAIL)
      case "UndefinedKeyword":
        return (value) => (value === undefined ? value : FAIL)
      case "Literal": {
        const literal = ast.literal
        return (value) => (value === literal ? value : FAIL)
      }
      case "UnknownKeyword":
      case "AnyKeyword":
        return (value, ctx) => (ctx.dropNulls ? withoutNulls(value) : value)
      case "Refinement":
        return this.refinement(ast)
      case "Suspend": {
        let inner: Check | undefined
        return (value, ctx, depth) => (inner ??= this.compile(ast.f()))(value, ctx, depth)
      }
      case "Union":
        return this.union(ast)
      case "TupleType":
        if (!isSimpleArray(ast)) return this.bySchema(ast)
        return this.generate
          ? this.generatedArray(ast.rest[0]!.type, this.compile(ast.rest[0]!.type))
          : this.array(this.compile(ast.rest[0]!.type))
      case "TypeLiteral":
        return this.typeLiteral(ast)
      case "Transformation":
        return this.transformation(ast)
      case "Declaration":
        return this.declaration(ast)
      default:
        // TemplateLiteral, Enums and the rest: Schema's own check, on a leaf.
        return this.bySchema(ast)
    }
  }

  private refinement(ast: SchemaAST.Refinement): Check {
    const from = this.compile(ast.from)
    return (value, ctx, depth) => {
      const decoded = from(value, ctx, depth)
      if (decoded === FAIL) return FAIL
      return Option.isNone(ast.filter(decoded, parseOptions, ast)) ? decoded : FAIL
    }
  }

  private union(ast: SchemaAST.Union): Check {
    const members = ast.types.map((member) => this.compile(member))
    // Members that answer their input itself: any that accepts the value gives the same answer.
    if (ast.types.every((member) => isIdentity(member, new Set()))) return firstOf(members)
    // Members that transform: which one wins matters, so they are tried in Schema's order (the members
    // a literal discriminator of the value selects, then those without one).
    const tree = searchTree(ast.types)
    const checks = new Map(ast.types.map((member, i) => [member, members[i]!]))
    const otherwise = tree.otherwise.map((member) => checks.get(member)!)
    return (value, ctx, depth) => {
      const candidates: Array<Check> = []
      if (typeof value === "object" && value !== null) {
        for (const name of tree.names) {
          if (!Object.hasOwn(value, name)) continue
          const bucket = tree.keys[name]![String(ownValue(value, name))]
          if (bucket !== undefined) for (const member of bucket) candidates.push(checks.get(member)!)
        }
      }
      return firstOf(candidates.concat(otherwise))(value, ctx, depth)
    }
  }

  private array(item: Check): Check {
    return (value, ctx, depth) => {
      if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || depth >= maxDepth) return FAIL
      const next = depth + 1
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i]
        const decoded = item(element, ctx, next)
        if (decoded === FAIL) return FAIL
        if (decoded !== element) {
          // An index, never `__proto__`: a plain store keeps the array's fast elements.
          ctx.writes.push([value, i, element, true])
          value[i] = decoded
        }
      }
      return value
    }
  }

  private typeLiteral(ast: SchemaAST.TypeLiteral): Check {
    const { indexSignatures, propertySignatures } = ast
    if (propertySignatures.length === 0 && indexSignatures.length === 0) {
      // Schema: any value but null and undefined, returned as it is.
      return (value, ctx) => {
        if (value === null || value === undefined) return FAIL
        return ctx.dropNulls ? withoutNulls(value) : value
      }
    }
    if (propertySignatures.some((ps) => typeof ps.name !== "string")) return this.bySchema(ast)
    const stringIndexes: Array<{ readonly key: Check | undefined; readonly value: Check }> = []
    for (const is of indexSignatures) {
      const parameter = is.parameter
      if (parameter._tag === "SymbolKeyword") return this.bySchema(ast)
      const keyCheck = parameter._tag === "StringKeyword" ? undefined : this.compile(parameter)
      if (!isIdentity(parameter, new Set())) return this.bySchema(ast)
      stringIndexes.push({ key: keyCheck, value: this.compile(is.type) })
    }
    const properties = new Map<string, { readonly check: Check; readonly required: boolean }>()
    const requiredNames: Array<string> = []
    for (const ps of propertySignatures) {
      properties.set(ps.name as string, { check: this.compile(ps.type), required: !ps.isOptional })
      if (!ps.isOptional) requiredNames.push(ps.name as string)
    }
    const required = requiredNames.length
    const hasIndexes = stringIndexes.length > 0
    const declared = propertySignatures.map((ps) => ({
      name: ps.name as string,
      check: properties.get(ps.name as string)!.check,
      required: !ps.isOptional
    }))
    // Without index signatures or nulls to drop, only the declared properties need a look: as generated
    // source, each with its own property load (a constant key) and check, when the runtime allows it.
    const declaredOnly = !hasIndexes && this.generate ? this.generatedStruct(propertySignatures) : undefined
    return (input, ctx, depth) => {
      if (declaredOnly !== undefined && !ctx.dropNulls) return declaredOnly(input, ctx, depth)
      if (!isPlainObject(input) || depth >= maxDepth) return FAIL
      const next = depth + 1
      const dropNulls = ctx.dropNulls
      if (!hasIndexes && !dropNulls) {
        // Only the declared properties need a look (unknown fields stay as they came): no list of keys
        // is made, which spares the garbage collector more than it saves time.
        for (const property of declared) {
          const { name } = property
          if (!Object.hasOwn(input, name)) {
            if (!property.required) continue
            // Absent: Schema fails, unless the type accepts `undefined`; then the key is set to it.
            const decoded = property.check(undefined, ctx, next)
            if (decoded === FAIL) return FAIL
            writeOwn(input, name, decoded, ctx)
            continue
          }
          const item = input[name]
          const decoded = property.check(item, ctx, next)
          if (decoded === FAIL) return FAIL
          if (decoded !== item) writeOwn(input, name, decoded, ctx)
        }
        return input
      }
      // With dropNulls, an object that has null properties is replaced by a copy without them.
      const value = dropNulls ? withoutNullProps(input) : input
      let seen = 0
      for (const key of Object.keys(value)) {
        const item = value[key]
        const property = properties.get(key)
        if (property !== undefined) {
          if (property.required) seen++
          const decoded = property.check(item, ctx, next)
          if (decoded === FAIL) return FAIL
          if (decoded !== item) writeOwn(value, key, decoded, ctx)
        }
        let checked = property !== undefined
        if (hasIndexes) {
          for (const index of stringIndexes) {
            if (index.key !== undefined && index.key(key, ctx, next) === FAIL) continue
            checked = true
            const decoded = index.value(item, ctx, next)
            if (decoded === FAIL) return FAIL
            // Schema keeps a declared property's own decoding over the index signature's.
            if (decoded !== item && property === undefined) writeOwn(value, key, decoded, ctx)
          }
        }
        // An unknown field, kept as it came: its nulls go too.
        if (!checked && dropNulls && typeof item === "object" && item !== null) {
          const clean = withoutNulls(item)
          if (clean !== item) writeOwn(value, key, clean, ctx)
        }
      }
      if (seen === required) return value
      // A required property that is absent: Schema fails, unless its type accepts `undefined`; then the
      // decoded object has the key, with the decoded `undefined`.
      for (const name of requiredNames) {
        if (Object.hasOwn(value, name)) continue
        const decoded = properties.get(name)!.check(undefined, ctx, next)
        if (decoded === FAIL) return FAIL
        writeOwn(value, name, decoded, ctx)
      }
      return value
    }
  }

  /**
   * The declared-properties check of an object as generated source. A value is read with one load; it is
   * the object's own when it is not `undefined` and `Object.prototype` has nothing under that name (else
   * `Object.hasOwn` says), so a polluted prototype never stands in for an absent field.
   */
  private generatedStruct(propertySignatures: ReadonlyArray<SchemaAST.PropertySignature>): Check {
    const checks = propertySignatures.map((ps) => this.compile(ps.type))
    let body = "return function declared(input, ctx, depth) {\n" +
      "  if (!isPlainObject(input) || depth >= maxDepth) return FAIL\n" +
      "  const next = depth + 1\n" +
      "  let v, d\n"
    propertySignatures.forEach((ps, i) => {
      const key = JSON.stringify(ps.name as string)
      const test = inlineTest(ps.type, true)
      body += `  v = input[${key}]\n` +
        `  if (v === undefined ? hasOwn(input, ${key}) : (proto[${key}] === undefined || hasOwn(input, ${key}))) {\n` +
        (test !== undefined
          ? `    if (!(${test})) return FAIL\n`
          : `    d = checks[${i}](v, ctx, next)\n    if (d === FAIL) return FAIL\n` +
            // The key is an own data property here: a plain store replaces its value (a named store the
            // engine caches, where `Object.defineProperty` is a runtime call), except under `__proto__`.
            (ps.name === "__proto__"
              ? `    if (d !== v) writeOwn(input, ${key}, d, ctx)\n`
              : `    if (d !== v) {\n      ctx.writes.push([input, ${key}, v, true])\n      input[${key}] = d\n    }\n`)) +
        "  }" +
        (ps.isOptional
          ? "\n"
          : ` else {\n    d = checks[${i}](undefined, ctx, next)\n    if (d === FAIL) return FAIL\n    writeOwn(input, ${key}, d, ctx)\n  }\n`)
    })
    body += "  return input\n}"
    return generated({ isPlainObject, maxDepth, FAIL, hasOwn: Object.hasOwn, proto: Object.prototype, checks, writeOwn }, body)
  }

  /** An array's check as generated source: its own call (or inline test) per element. */
  private generatedArray(itemAst: SchemaAST.AST, item: Check): Check {
    const test = inlineTest(itemAst, false)
    const body = "return function elements(value, ctx, depth) {\n" +
      "  if (!Array.isArray(value) || getPrototypeOf(value) !== arrayProto || depth >= maxDepth) return FAIL\n" +
      "  const next = depth + 1\n" +
      "  for (let i = 0; i < value.length; i++) {\n" +
      "    const v = value[i]\n" +
      (test !== undefined
        ? `    if (!(${test})) return FAIL\n`
        : "    const d = item(v, ctx, next)\n" +
          "    if (d === FAIL) return FAIL\n" +
          // An index, never `__proto__`: a plain store keeps the array's fast elements.
          "    if (d !== v) {\n      ctx.writes.push([value, i, v, true])\n      value[i] = d\n    }\n") +
      "  }\n" +
      "  return value\n}"
    return generated({ getPrototypeOf: Object.getPrototypeOf, arrayProto: Array.prototype, maxDepth, FAIL, item }, body)
  }

  private transformation(ast: SchemaAST.Transformation): Check {
    const kind = ast.transformation
    if (kind._tag === "TypeLiteralTransformation") return this.typeLiteralTransformation(ast, kind)
    const from = this.compile(ast.from)
    const to = this.compile(ast.to)
    const decode = kind._tag === "FinalTransformation" ? kind.decode : undefined
    // An object is handed to Schema: a transformation may keep or change the copy Schema gives it.
    const whole = this.bySchema(ast)
    return (value, ctx, depth) => {
      if (typeof value === "object" && value !== null) return whole(value, ctx, depth)
      const encoded = from(value, ctx, depth)
      if (encoded === FAIL) return FAIL
      let next: unknown = encoded
      if (decode !== undefined) {
        const result = decode(encoded, parseOptions, ast, value)
        if (!Either.isEither(result) || Either.isLeft(result)) return FAIL // an Effect or a failure: Schema answers
        next = result.right
      }
      return to(next, ctx, depth)
    }
  }

  /** Renamed keys, defaults, `nullable` optional fields: applied to the checked object in place. */
  private typeLiteralTransformation(ast: SchemaAST.Transformation, kind: SchemaAST.TypeLiteralTransformation): Check {
    const from = this.compile(ast.from)
    const to = this.compile(ast.to)
    const steps = kind.propertySignatureTransformations
    return (value, ctx, depth) => {
      const checked = from(value, ctx, depth)
      if (checked === FAIL || !isPlainObject(checked)) return FAIL
      for (const step of steps) {
        const had = Object.hasOwn(checked, step.from)
        const next = step.decode(had ? Option.some(ownValue(checked, step.from)) : Option.none())
        if (had) removeOwn(checked, step.from, ctx)
        if (Option.isSome(next)) writeOwn(checked, step.to, next.value, ctx)
      }
      return to(checked, ctx, depth)
    }
  }

  private declaration(ast: SchemaAST.Declaration): Check {
    const parse = ast.decodeUnknown(...ast.typeParameters)
    return (value, ctx) => {
      const result = parse(ctx.dropNulls ? withoutNulls(value) : value, parseOptions, ast)
      return Either.isEither(result) && Either.isRight(result) ? result.right : FAIL
    }
  }
}

const tooDeep = (ast: SchemaAST.AST, input: unknown): ParseResult.ParseError =>
  new ParseResult.ParseError({ issue: new ParseResult.Type(ast, input, "is nested too deeply to decode") })

/**
 * Compiles a decoder for a payload schema (once; reuse the result, or call {@link get}).
 *
 * On a valid value it answers the value itself, checked and decoded in place (unknown fields kept); on an
 * invalid one, exactly `Schema.decodeUnknownEither(schema, { onExcessProperty: "preserve", errors: "first" })`'s
 * answer. With `dropNulls`, `null` properties are removed first, at every depth.
 *
 * @example
 * ```ts
 * const decode = FastDecode.compile(Schema.Struct({ doc: Document }))
 * decode(JSON.parse(body)) // Either<{ doc: Document }, ParseError>
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const compile = <A, I>(schema: Schema.Schema<A, I>, options?: Options): Decoder<A> => {
  const check = new Compiler(options?.generate !== false && canGenerate()).compile(schema.ast)
  const full = Schema.decodeUnknownEither(schema, parseOptions)
  const dropNulls = options?.dropNulls === true
  const slow = (input: unknown): Either.Either<A, ParseResult.ParseError> => {
    if (dropNulls) dropNullsDeep(input)
    try {
      return full(input)
    } catch (error) {
      if (error instanceof RangeError) return Either.left(tooDeep(schema.ast, input))
      throw error
    }
  }
  return (input) => {
    const ctx: Context = { writes: [], dropNulls }
    let decoded: unknown
    try {
      decoded = check(input, ctx, 0)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      decoded = FAIL
    }
    if (decoded === FAIL) {
      rollback(ctx, 0)
      return slow(input)
    }
    return Either.right(decoded as A)
  }
}

const caches = {
  plain: new WeakMap<Schema.Schema.Any, Decoder<unknown>>(),
  dropNulls: new WeakMap<Schema.Schema.Any, Decoder<unknown>>(),
  plainClosures: new WeakMap<Schema.Schema.Any, Decoder<unknown>>(),
  dropNullsClosures: new WeakMap<Schema.Schema.Any, Decoder<unknown>>()
}

/**
 * The compiled decoders, per schema (one cache per set of options), compiled on first use.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const compileCache = (options?: Options): WeakMap<Schema.Schema.Any, Decoder<unknown>> =>
  options?.generate === false
    ? options.dropNulls === true ? caches.dropNullsClosures : caches.plainClosures
    : options?.dropNulls === true
    ? caches.dropNulls
    : caches.plain

/**
 * The decoder of a schema, compiled once and kept while the schema lives.
 *
 * @example
 * ```ts
 * FastDecode.get(context.payload, { dropNulls: true })(JSON.parse(body))
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const get = <A, I>(schema: Schema.Schema<A, I>, options?: Options): Decoder<A> => {
  const cache = compileCache(options)
  const known = cache.get(schema as Schema.Schema.Any)
  if (known !== undefined) return known as Decoder<A>
  const decoder = compile(schema, options)
  cache.set(schema as Schema.Schema.Any, decoder as Decoder<unknown>)
  return decoder
}
