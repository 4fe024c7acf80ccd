/**
 * A JSON answer body as both APIs' interpreters read it: parsed once, `null` properties dropped (the APIs
 * send `null` for unset fields, and the SDK treats them as absent), `__proto__` keys dropped before any
 * copy, and the nesting depth bounded before anything recursive sees it.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import { prune } from "../decode/index.js"

export { parseJson } from "../decode/index.js"

/**
 * The deepest nesting of arrays and objects the SDK reads in a JSON body. Deeper answers are a
 * `DecodeError` before any decoding: no real answer nests this deep, and recursive code (formatting,
 * `JSON.stringify`) on an answer nesting thousands of levels would overflow the stack.
 *
 * @since 0.2.0
 * @category Decoding
 */
export const maxJsonDepth = 256

/**
 * Removes `null` object properties, in place, at every depth (array elements are kept), and `__proto__`
 * own keys: the API sends `null` for unset fields, and the SDK treats them as absent. Walks without
 * recursion.
 *
 * @example
 * ```ts
 * dropNullProperties(JSON.parse('{"a":null,"b":[null,{"c":null}]}')) // {"b":[null,{}]}
 * ```
 *
 * @since 0.1.0
 * @category Decoding
 */
export const dropNullProperties = (value: unknown): unknown => {
  prune(value, { nulls: true, hostileKeys: true })
  return value
}

/**
 * A failure answer's body, readied for reading its message: JSON with nulls and `__proto__` keys dropped
 * and its depth checked, or what it was instead.
 *
 * @since 0.2.0
 * @category Models
 */
export type JsonBody =
  | { readonly _tag: "Json"; readonly value: unknown }
  | { readonly _tag: "NotJson" }
  | { readonly _tag: "TooDeep" }

/**
 * Readies a parsed body (see {@link JsonBody}), in place and without recursion.
 *
 * @example
 * ```ts
 * readied(parseJson('{"success":false,"error":null}')) // { _tag: "Json", value: { success: false } }
 * ```
 *
 * @since 0.2.0
 * @category Decoding
 */
export const readied = (parsed: Either.Either<unknown, "NotJson">): JsonBody => {
  if (Either.isLeft(parsed)) return { _tag: "NotJson" }
  return prune(parsed.right, { nulls: true, hostileKeys: true }, maxJsonDepth)
    ? { _tag: "Json", value: parsed.right }
    : { _tag: "TooDeep" }
}

/**
 * A JSON object (not an array, not `null`).
 *
 * @since 0.2.0
 * @category Decoding
 */
export const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)
