/**
 * What the compiled decoder reads in a payload schema's AST: which nodes decode to their input itself,
 * which ones Schema must decode on its own, and how Schema picks among a union's members. Also the two
 * constants every decode shares: Schema's parse options for payloads and the depth of the in-place check.
 *
 * @since 0.2.0
 */
import * as Option from "effect/Option"
import * as SchemaAST from "effect/SchemaAST"

/**
 * The parse options every payload is decoded with: unknown fields kept (the APIs' documentation is
 * partial), the first error reported.
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

/**
 * A plain object (its prototype `Object.prototype`), as `JSON.parse` makes them.
 *
 * @since 0.2.0
 * @category AST
 */
export const isPlainObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && Object.getPrototypeOf(u) === Object.prototype

/**
 * Whether Schema's own parser for this node behaves differently from the node's kind (options, fallback).
 *
 * @since 0.2.0
 * @category AST
 */
export const hasParserAnnotations = (ast: SchemaAST.AST): boolean =>
  Option.isSome(SchemaAST.getParseOptionsAnnotation(ast)) || Option.isSome(SchemaAST.getDecodingFallbackAnnotation(ast))

/**
 * An array of one element type (no tuple elements).
 *
 * @since 0.2.0
 * @category AST
 */
export const isSimpleArray = (ast: SchemaAST.TupleType): boolean => ast.elements.length === 0 && ast.rest.length === 1

/**
 * Whether a node's decoded value is its input itself (no transformation anywhere under it), so the
 * members of a union made of such nodes can be tried in any order. `seen` guards recursive schemas.
 *
 * @since 0.2.0
 * @category AST
 */
export const isIdentity = (ast: SchemaAST.AST, seen: Set<SchemaAST.AST>): boolean => {
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
 * @category AST
 */
export const isIdentityAst = (ast: SchemaAST.AST): boolean => isIdentity(ast, new Set())

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
 *
 * @since 0.2.0
 * @category AST
 */
export const searchTree = (members: ReadonlyArray<SchemaAST.AST>) => {
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
