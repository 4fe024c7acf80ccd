/**
 * Decoding a success payload, for both APIs' interpreters: the parsed JSON checked in place by a
 * validator compiled once per schema (`FastDecode`), `null` properties dropped in the same pass, unknown
 * fields kept, hostile keys (`__proto__`) kept as plain data, and any failure the same `ParseError`
 * Schema itself gives. Never throws.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import type * as ParseResult from "effect/ParseResult"
import type * as Schema from "effect/Schema"
import * as FastDecode from "./FastDecode.js"

/**
 * Decodes a payload, or says why not: Schema's `ParseError`, or `"Unreadable"` where Schema itself
 * throws on a hostile value. `text`, the JSON the value was parsed from, lets it skip looking for `null`
 * properties when the text has none.
 *
 * @example
 * ```ts
 * decodePayload(Schema.Struct({ stack: Stack }), JSON.parse(body), body)
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const decodePayload = <A, I>(
  payload: Schema.Schema<A, I>,
  value: unknown,
  text?: string
): Either.Either<A, ParseResult.ParseError | "Unreadable"> => {
  try {
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
