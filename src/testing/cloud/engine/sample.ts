/**
 * Schema-valid sample answers: a JSON value built by walking a schema's AST (the wire side), with
 * every field (optional ones too), the first literal of each union or enum, ISO dates where a date is decoded, one item in
 * each array; deterministic. Where a refinement or transformation refuses the natural value, a few common
 * candidates are tried (an ISO date, a UUID, digits, `true`, an e-mail address).
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"

/**
 * The UUID samples carry where a field's name ends in `Id`.
 *
 * @since 0.2.0
 * @category Constants
 */
export const SAMPLE_ID = "00000000-0000-4000-8000-000000000000"

/**
 * The date-time samples carry.
 *
 * @since 0.2.0
 * @category Constants
 */
export const SAMPLE_DATE = "2024-01-01T00:00:00.000Z"

const STRING_CANDIDATES = [SAMPLE_DATE, SAMPLE_ID, "0", "1", "true", "sample@example.com", "a", "ap-southeast-2"]
const NUMBER_CANDIDATES = [0, 1, 2, 100, -1, 0.5]
const MAX_DEPTH = 12

const decodesAs = (ast: SchemaAST.AST, value: unknown): boolean =>
  Either.isRight(ParseResult.decodeUnknownEither(Schema.make(ast))(value))

const stringFor = (name: string): string => (/Id$/.test(name) ? SAMPLE_ID : /TS$/.test(name) ? SAMPLE_DATE : name === "" ? "sample" : name)

const walk = (ast: SchemaAST.AST, name: string, depth: number): unknown => {
  if (depth > MAX_DEPTH) return undefined
  switch (ast._tag) {
    case "Literal":
      return ast.literal
    case "StringKeyword":
      return stringFor(name)
    case "TemplateLiteral":
      return ast.head + ast.spans.map((span) => (span.type._tag === "NumberKeyword" ? "0" : "x") + span.literal).join("")
    case "NumberKeyword":
      return 0
    case "BooleanKeyword":
      return false
    case "BigIntKeyword":
      return "0"
    case "Enums":
      return ast.enums[0]?.[1]
    case "UndefinedKeyword":
    case "VoidKeyword":
    case "NeverKeyword":
      return undefined
    case "UnknownKeyword":
    case "AnyKeyword":
    case "ObjectKeyword":
      return {}
    case "TupleType": {
      const items = ast.elements.filter((e) => !e.isOptional).map((e) => walk(e.type, name, depth + 1))
      const rest = ast.rest[0]
      if (rest !== undefined && ast.elements.length === 0) items.push(walk(rest.type, name, depth + 1))
      return items
    }
    case "TypeLiteral": {
      const out: Record<string, unknown> = {}
      for (const property of ast.propertySignatures) {
        // Optional properties too: a task id is written into one (`Detail.Message.TaskId` where `Detail` is
        // optional), and a full sample shows the whole shape.
        if (typeof property.name !== "string") continue
        const value = walk(property.type, property.name, depth + 1)
        if (value !== undefined) out[property.name] = value
      }
      return out
    }
    case "Union": {
      const members = ast.types.filter((t) => t._tag !== "UndefinedKeyword" && !(t._tag === "Literal" && t.literal === null))
      for (const member of members) {
        const value = walk(member, name, depth + 1)
        if (value !== undefined && decodesAs(member, value)) return value
      }
      return members[0] === undefined ? null : walk(members[0], name, depth + 1)
    }
    case "Suspend":
      return walk(ast.f(), name, depth + 1)
    case "Refinement":
    case "Transformation": {
      const natural = walk(ast.from, name, depth + 1)
      if (decodesAs(ast, natural)) return natural
      const candidates: ReadonlyArray<unknown> = typeof natural === "number" ? NUMBER_CANDIDATES : typeof natural === "string" ? STRING_CANDIDATES : []
      return candidates.find((candidate) => decodesAs(ast, candidate)) ?? natural
    }
    case "Declaration":
      return {}
    case "UniqueSymbol":
    case "SymbolKeyword":
      return undefined
  }
}

/**
 * A sample of what `schema` decodes from: its wire form.
 *
 * @example
 * ```ts
 * sample(Schema.Struct({ Id: Schema.String, CreatedTS: Schema.Date, Tags: Schema.optional(StaxTags) }))
 * // { Id: "00000000-0000-4000-8000-000000000000", CreatedTS: "2024-01-01T00:00:00.000Z" }
 * ```
 *
 * @since 0.2.0
 * @category Samples
 */
export const sample = (schema: Schema.Schema.Any): unknown => walk(schema.ast, "", 0)

/**
 * The AST at a path of property names through objects and arrays (`["Hubs", 0]`: one item of `Hubs`),
 * or `undefined` when the schema has no such place.
 *
 * @since 0.2.0
 * @category Samples
 */
export const astAt = (ast: SchemaAST.AST, path: ReadonlyArray<string | number>): SchemaAST.AST | undefined => {
  let current: SchemaAST.AST | undefined = ast
  for (const step of path) {
    current = current === undefined ? undefined : stepInto(current, step, 0)
  }
  return current
}

const stepInto = (ast: SchemaAST.AST, step: string | number, depth: number): SchemaAST.AST | undefined => {
  if (depth > MAX_DEPTH) return undefined
  switch (ast._tag) {
    case "TypeLiteral":
      return typeof step === "string" ? ast.propertySignatures.find((p) => p.name === step)?.type : undefined
    case "TupleType":
      return typeof step === "number" ? (ast.elements[step]?.type ?? ast.rest[0]?.type) : undefined
    case "Union":
      for (const member of ast.types) {
        const found = stepInto(member, step, depth + 1)
        if (found !== undefined) return found
      }
      return undefined
    case "Refinement":
    case "Transformation":
      return stepInto(ast.from, step, depth + 1)
    case "Suspend":
      return stepInto(ast.f(), step, depth + 1)
    default:
      return undefined
  }
}

/**
 * A sample of the part of `schema` at `path` (see {@link astAt}); `{}` when there is none.
 *
 * @since 0.2.0
 * @category Samples
 */
export const sampleAt = (schema: Schema.Schema.Any, path: ReadonlyArray<string | number>): unknown => {
  const ast = astAt(schema.ast, path)
  return ast === undefined ? {} : walk(ast, typeof path.at(-1) === "string" ? String(path.at(-1)) : "", 0)
}
