/**
 * Decoding with Schema alone, no compiled validator: the compiled decoder's answer for an invalid value,
 * and the whole decode of the `"schema"` decoding mode (for runtimes where even the compiled closures are
 * not wanted, or users who want plain Schema).
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import { parseOptions } from "./ast.js"
import { prune, type Removals } from "./nulls.js"

/**
 * A decoder: the decoded value or Schema's own `ParseError`.
 *
 * @since 0.2.0
 * @category Models
 */
export type Decoder<A> = (input: unknown) => Either.Either<A, ParseResult.ParseError>

const tooDeep = (ast: SchemaAST.AST, input: unknown): ParseResult.ParseError =>
  new ParseResult.ParseError({ issue: new ParseResult.Type(ast, input, "is nested too deeply to decode") })

/**
 * The decoder of a schema by Schema itself (`{ onExcessProperty: "preserve", errors: "first" }`), after the
 * removals; a value nested so deeply that Schema overflows the stack is a `ParseError` saying so.
 *
 * @example
 * ```ts
 * schemaDecoder(Schema.Struct({ doc: Document }), { nulls: true, hostileKeys: true })(JSON.parse(body))
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const schemaDecoder = <A, I>(schema: Schema.Schema<A, I>, removals: Removals): Decoder<A> => {
  const full = Schema.decodeUnknownEither(schema, parseOptions)
  const walks = removals.nulls || removals.hostileKeys
  return (input) => {
    if (walks) prune(input, removals)
    try {
      return full(input)
    } catch (error) {
      if (error instanceof RangeError) return Either.left(tooDeep(schema.ast, input))
      throw error
    }
  }
}
