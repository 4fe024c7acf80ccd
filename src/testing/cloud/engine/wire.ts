/**
 * Request validation of the stand-in, as strict as the SDK: the wire object is assembled from the path
 * parameters, the query (each string coerced to the type the input schema's ENCODED side expects for
 * that name: booleans, numbers, arrays; strings, comma lists included, stay strings) and the JSON body's
 * top-level fields, then decoded with the operation's input schema, unknown fields refused.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import { inputErrorFromParseError } from "../../../core/OperationEncoder.js"
import type { RouteMatch } from "./routes.js"

/**
 * A request refused: the field and the problem, as the 400 `{Error, Cause}` says them.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Refusal {
  readonly _tag: "Refusal"
  /** `<field>: <problem>`. */
  readonly error: string
  /** Every problem found (up to three). */
  readonly cause: string
}

/**
 * A request accepted: its wire object (API names) and the raw JSON body.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Accepted {
  readonly _tag: "Accepted"
  /** Path parameters, coerced query and body fields, flat, under the API's names. */
  readonly wire: Readonly<Record<string, unknown>>
  /** The JSON body's fields (`{}` without a body). */
  readonly body: Readonly<Record<string, unknown>>
}

const refuse = (field: string, problem: string): Refusal => ({
  _tag: "Refusal",
  error: `${field}: ${problem}`,
  cause: `${field}: ${problem}`
})

type Kind = "string" | "number" | "boolean" | "array" | "other"

/** The types a property named `key` may have on the encoded side (over union members). */
const propertyTypes = (ast: SchemaAST.AST, key: string, out: Array<SchemaAST.AST>, depth = 0): Array<SchemaAST.AST> => {
  if (depth > 20) return out
  switch (ast._tag) {
    case "TypeLiteral":
      for (const property of ast.propertySignatures) if (property.name === key) out.push(property.type)
      break
    case "Union":
      for (const member of ast.types) propertyTypes(member, key, out, depth + 1)
      break
    case "Refinement":
      propertyTypes(ast.from, key, out, depth + 1)
      break
    case "Transformation":
      propertyTypes(ast.from, key, out, depth + 1)
      break
    case "Suspend":
      propertyTypes(ast.f(), key, out, depth + 1)
      break
  }
  return out
}

/** What kinds of value a type accepts; for arrays, also their elements' kinds. */
const kindsOf = (ast: SchemaAST.AST, kinds: Set<Kind>, elements: Set<Kind>, depth = 0): void => {
  if (depth > 20) return
  switch (ast._tag) {
    case "StringKeyword":
    case "TemplateLiteral":
      kinds.add("string")
      return
    case "NumberKeyword":
      kinds.add("number")
      return
    case "BooleanKeyword":
      kinds.add("boolean")
      return
    case "Literal":
      kinds.add(typeof ast.literal === "string" ? "string" : typeof ast.literal === "number" ? "number" : typeof ast.literal === "boolean" ? "boolean" : "other")
      return
    case "Enums":
      for (const [, value] of ast.enums) kinds.add(typeof value === "string" ? "string" : "number")
      return
    case "TupleType":
      kinds.add("array")
      for (const element of [...ast.elements.map((e) => e.type), ...ast.rest.map((r) => r.type)]) kindsOf(element, elements, new Set(), depth + 1)
      return
    case "Union":
      for (const member of ast.types) kindsOf(member, kinds, elements, depth + 1)
      return
    case "Refinement":
    case "Transformation":
      kindsOf(ast.from, kinds, elements, depth + 1)
      return
    case "Suspend":
      kindsOf(ast.f(), kinds, elements, depth + 1)
      return
    case "UndefinedKeyword":
    case "NeverKeyword":
      return
    default:
      kinds.add("other")
  }
}

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/

/** One query string as the kinds expect it; left as it came when it fits none (the decode then names it). */
const coerceOne = (text: string, kinds: ReadonlySet<Kind>): unknown => {
  if (kinds.has("string") || kinds.has("other")) return text
  if (kinds.has("boolean") && (text === "true" || text === "false")) return text === "true"
  if (kinds.has("number") && NUMBER.test(text)) return Number(text)
  return text
}

/** A query parameter's values as the encoded side expects them. */
const coerce = (values: ReadonlyArray<string>, types: ReadonlyArray<SchemaAST.AST>): unknown => {
  const kinds = new Set<Kind>()
  const elements = new Set<Kind>()
  for (const type of types) kindsOf(type, kinds, elements)
  if (kinds.has("array") && !kinds.has("string")) {
    const items = values.length === 1 ? values[0]!.split(",") : values
    return items.map((item) => coerceOne(item, elements))
  }
  return values.length === 1 ? coerceOne(values[0]!, kinds) : values.map((value) => coerceOne(value, kinds))
}

/** The encoded side of each operation's input, computed once. */
const encodedSides = new WeakMap<SchemaAST.AST, SchemaAST.AST>()

const encodedSide = (ast: SchemaAST.AST): SchemaAST.AST => {
  let side = encodedSides.get(ast)
  if (side === undefined) {
    side = SchemaAST.encodedAST(ast)
    encodedSides.set(ast, side)
  }
  return side
}

/**
 * Assembles and checks the wire object of a matched request.
 *
 * @example
 * ```ts
 * const checked = Wire.check(match, new URL(request.url).searchParams, bodyText)
 * if (checked._tag === "Refusal") return json(400, { Error: checked.error, Cause: checked.cause })
 * ```
 *
 * @since 0.2.0
 * @category Validation
 */
export const check = (match: RouteMatch, query: URLSearchParams, bodyText: string): Accepted | Refusal => {
  const { spec } = match
  const encoded = encodedSide(spec.operation.input.ast)
  const wire: Record<string, unknown> = { ...match.params }
  for (const key of new Set(query.keys())) {
    if (Object.hasOwn(wire, key)) return refuse(key, "given both in the path and the query")
    wire[key] = coerce(query.getAll(key), propertyTypes(encoded, key, []))
  }
  let body: Record<string, unknown> = {}
  if (spec.http === "POST" || spec.http === "PUT") {
    if (bodyText.trim() === "") {
      if (spec.body === "json") return refuse("body", "a JSON object is required")
    } else {
      let parsed: unknown
      try {
        parsed = JSON.parse(bodyText)
      } catch {
        return refuse("body", "not valid JSON")
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return refuse("body", "must be a JSON object")
      body = parsed as Record<string, unknown>
      if (spec.body === "none" && Object.keys(body).length > 0) return refuse(Object.keys(body)[0]!, "this operation takes no body")
      for (const [key, value] of Object.entries(body)) {
        if (Object.hasOwn(wire, key)) return refuse(key, "given both in the path or query and the body")
        wire[key] = value
      }
    }
  }
  const decoded = Schema.decodeUnknownEither(spec.operation.input, { onExcessProperty: "error", errors: "all" })(wire)
  if (Either.isLeft(decoded)) {
    const error = inputErrorFromParseError(spec.id, decoded.left)
    const first = error.message.split("; ")[0] ?? error.message
    return { _tag: "Refusal", error: first, cause: error.message }
  }
  return { _tag: "Accepted", wire, body }
}

/**
 * Whether `value` decodes with `schema` (answers: the stand-in checks its own).
 *
 * @since 0.2.0
 * @category Validation
 */
export const decodes = (schema: Schema.Schema.Any, value: unknown): Either.Either<unknown, string> =>
  Either.mapLeft(
    Schema.decodeUnknownEither(schema as Schema.Schema<unknown, unknown>)(value),
    (error) => ParseResult.TreeFormatter.formatErrorSync(error)
  )
