/**
 * Decoding a success payload, for both APIs' interpreters, in one of two modes:
 * - `"compiled"` (the default): the parsed JSON checked in place by a validator compiled once per schema
 *   (`FastDecode`), `null` properties dropped in the same pass, unknown fields kept, hostile keys
 *   (`__proto__`) kept as plain data, and any failure the same `ParseError` Schema itself gives;
 * - `"schema"`: Schema alone decodes (no compiled validator, no generated code), after `null` properties
 *   and `__proto__` keys are removed, with the same options (unknown fields kept, first error).
 *
 * Both answer the same on every payload without `__proto__` keys. Never throws.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import * as FastDecode from "./FastDecode.js"
import { type Decoder, schemaDecoder } from "./SchemaDecode.js"

/**
 * How success payloads are decoded: `"compiled"` (a validator compiled from the schema, generated code
 * where the runtime allows it: the fast default) or `"schema"` (Schema alone: for runtimes where generated
 * code is not allowed, or to decode with plain Schema).
 *
 * @since 0.2.0
 * @category Models
 */
export type Decoding = "compiled" | "schema"

/**
 * The decoding modes, for checking a setting.
 *
 * @since 0.2.0
 * @category Models
 */
export const decodings: ReadonlyArray<Decoding> = ["compiled", "schema"]

const schemaDecoders = new WeakMap<Schema.Schema.Any, Decoder<unknown>>()

/**
 * The Schema-alone decoder of a payload schema (the `"schema"` mode), made once and kept while the schema
 * lives.
 *
 * @example
 * ```ts
 * schemaOnly(Schema.Struct({ stack: Stack }))(JSON.parse(body))
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const schemaOnly = <A, I>(schema: Schema.Schema<A, I>): Decoder<A> => {
  const known = schemaDecoders.get(schema as Schema.Schema.Any)
  if (known !== undefined) return known as Decoder<A>
  const decoder = schemaDecoder(schema, { nulls: true, hostileKeys: true })
  schemaDecoders.set(schema as Schema.Schema.Any, decoder as Decoder<unknown>)
  return decoder
}

/**
 * Decodes a payload, or says why not: Schema's `ParseError`, or `"Unreadable"` where Schema itself
 * throws on a hostile value. `text`, the JSON the value was parsed from, lets the compiled mode skip
 * looking for `null` properties when the text has none. `value` is changed in place: pass `JSON.parse`'s
 * result.
 *
 * @example
 * ```ts
 * decodePayload(Schema.Struct({ stack: Stack }), JSON.parse(body), body)
 * decodePayload(Schema.Struct({ stack: Stack }), JSON.parse(body), body, "schema")
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const decodePayload = <A, I>(
  payload: Schema.Schema<A, I>,
  value: unknown,
  text?: string,
  decoding?: Decoding
): Either.Either<A, ParseResult.ParseError | "Unreadable"> => {
  try {
    if (decoding === "schema") return schemaOnly(payload)(value)
    // A JSON text without the four letters `null` has no null anywhere: nothing to drop, no walk for it.
    return FastDecode.get(payload, { dropNulls: text === undefined || text.includes("null") })(value)
  } catch {
    return Either.left("Unreadable")
  }
}

/**
 * `JSON.parse`, as an `Either`.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const parseJson = (text: string): Either.Either<unknown, "NotJson"> => {
  try {
    return Either.right(JSON.parse(text))
  } catch {
    return Either.left("NotJson")
  }
}
