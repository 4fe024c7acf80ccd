/**
 * Fast decoding of freshly parsed JSON answers, with the payload `Schema` still the single source of truth.
 *
 * `compile(schema)` walks `schema.ast` once (`compile.ts`) and builds a validator that checks a `JSON.parse` result
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
import type * as Schema from "effect/Schema"
import { Compiler } from "./compile.js"
import { canGenerate } from "./emit.js"
import { type Decoder, schemaDecoder } from "./SchemaDecode.js"
import { type Context, FAIL, rollback } from "./undo.js"

export { isIdentityAst, maxDepth, parseOptions } from "./ast.js"
export type { Decoder } from "./SchemaDecode.js"

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
   * each has its own property loads and calls for the engine to specialise (about twice as fast on a
   * typical answer). Default: when the runtime allows it; a runtime that forbids it (a Content Security
   * Policy without `unsafe-eval`, some edge runtimes) gets the same checks as closures. Only property
   * names from the schema reach the generated source, as JSON string literals.
   */
  readonly generate?: boolean
}

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
  const dropNulls = options?.dropNulls === true
  // An invalid value: Schema's own answer, nulls dropped first as the check would have.
  const slow = schemaDecoder(schema, { nulls: dropNulls, hostileKeys: false })
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
