/**
 * Encoding a call's input, with a fast path for the common flat inputs (`{ docId }`, `{ stackId, name }`):
 * when the input schema is an object of plain fields (strings, numbers, booleans, literals, their
 * refinements and unions, no transformation), a valid input needs no encoding, only a check. That check is
 * `FastDecode`'s compiled one plus a look for keys the schema does not declare; the answer is a shallow copy
 * of the input (later changes to the caller's object do not reach a retry). Any other input, and any input
 * the fast check does not accept, is encoded by `Schema` itself, so every error is Schema's.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { FastDecode } from "./decode/index.js"

/**
 * An input encoder: the encoded input, or Schema's `ParseError`.
 *
 * @since 0.2.0
 * @category Models
 */
export type Encoder<I> = (input: unknown) => Either.Either<I, ParseResult.ParseError>

/**
 * A field type whose encoded value is the value itself and which holds no object. Not `undefined`: the
 * in-place check writes an absent required field that accepts `undefined` back, and the caller's object
 * must stay as it is.
 */
const isPlainField = (ast: SchemaAST.AST): boolean => {
  switch (ast._tag) {
    case "StringKeyword":
    case "NumberKeyword":
    case "BooleanKeyword":
    case "Literal":
      return FastDecode.isIdentityAst(ast)
    case "Refinement":
      return isPlainField(ast.from) && FastDecode.isIdentityAst(ast)
    case "Union":
      return ast.types.every(isPlainField) && FastDecode.isIdentityAst(ast)
    default:
      return false
  }
}

/** The declared field names of a flat object schema of plain fields, or `undefined`. */
const flatFields = (ast: SchemaAST.AST): ReadonlySet<string> | undefined => {
  if (ast._tag !== "TypeLiteral" || ast.indexSignatures.length > 0 || !FastDecode.isIdentityAst(ast)) return undefined
  const names = new Set<string>()
  for (const ps of ast.propertySignatures) {
    if (typeof ps.name !== "string" || ps.name === "__proto__" || !isPlainField(ps.type)) return undefined
    names.add(ps.name)
  }
  return names
}

/**
 * The encoder of an input schema with the given parse options (compile once per schema). With
 * `onExcessProperty: "error"`, an undeclared key sends the input to Schema, which reports it.
 *
 * @example
 * ```ts
 * const encode = InputCheck.compile(GetDocumentInput, { onExcessProperty: "error", errors: "all" })
 * encode({ docId: "65a1f0c2b3d4e5f601234567" }) // Either.right({ docId: ... })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const compile = <A, I>(schema: Schema.Schema<A, I>, options: SchemaAST.ParseOptions): Encoder<I> => {
  const full = Schema.encodeUnknownEither(schema, options) as Encoder<I>
  const names = flatFields(schema.ast)
  if (names === undefined) return full
  // The fields are plain values: the in-place check never writes, so the caller's object stays as it is.
  const check = FastDecode.compile(schema)
  return (input) => {
    if (typeof input !== "object" || input === null || Object.getPrototypeOf(input) !== Object.prototype) return full(input)
    const keys = Object.keys(input)
    // Symbol or non-enumerable keys: Schema says what they mean.
    if (Reflect.ownKeys(input).length !== keys.length) return full(input)
    for (const key of keys) if (!names.has(key)) return full(input)
    if (Either.isLeft(check(input))) return full(input)
    const copy: Record<string, unknown> = {}
    for (const key of keys) copy[key] = (input as Record<string, unknown>)[key]
    return Either.right(copy as I)
  }
}
