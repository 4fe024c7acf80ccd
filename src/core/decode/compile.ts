/**
 * The plan of the compiled decoder, built from a payload schema's AST: one check per node, which checks a
 * `JSON.parse` result IN PLACE and answers the value itself (so unknown fields stay by construction and
 * nothing is copied). Nodes it cannot check in place (a `Schema.Class`, a tuple, an unusual
 * transformation) are decoded by Schema and the result written back (undoably, see `undo.ts`). Objects'
 * and arrays' checks come as generated source (`emit.ts`) or as closures (`closures.ts`).
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { hasParserAnnotations, isIdentity, isPlainObject, isSimpleArray, maxDepth, parseOptions, searchTree } from "./ast.js"
import { closureArray, closureStruct } from "./closures.js"
import { emitArray, emitStruct } from "./emit.js"
import { withoutNullProps, withoutNulls } from "./nulls.js"
import { type Check, FAIL, firstOf, ownValue, removeOwn, writeOwn } from "./undo.js"

/**
 * Builds the plan of a payload schema's AST: one check per node, compiled once (recursive schemas too),
 * each checking the value in place and answering the value itself when nothing under it transforms.
 * Nodes it cannot check in place are decoded by Schema and the result written back.
 *
 * @since 0.2.0
 * @category Constructors
 */
export class Compiler {
  private readonly memo = new Map<SchemaAST.AST, Check>()

  /** `generate`: whether objects' and arrays' checks are generated source (see `FastDecode.Options`). */
  constructor(private readonly generate: boolean) {}

  /** The check of a node (built once per node). */
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
          ? emitArray(ast.rest[0]!.type, this.compile(ast.rest[0]!.type))
          : closureArray(this.compile(ast.rest[0]!.type))
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
    const declaredOnly = hasIndexes
      ? undefined
      : this.generate
      ? emitStruct(propertySignatures, declared.map((property) => property.check))
      : closureStruct(declared)
    return (input, ctx, depth) => {
      if (declaredOnly !== undefined && !ctx.dropNulls) return declaredOnly(input, ctx, depth)
      if (!isPlainObject(input) || depth >= maxDepth) return FAIL
      const next = depth + 1
      const dropNulls = ctx.dropNulls
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
