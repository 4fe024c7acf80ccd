/**
 * Field helpers for the Stax cloud schemas, in the shapes a generator over the OpenAPI document emits:
 * responses lenient (unknown fields and enum values kept), inputs strict.
 *
 * @since 0.2.0
 */
import * as Arbitrary from "effect/Arbitrary"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"

/**
 * An optional field. On responses the SDK removes `null` object properties before decoding, so a
 * `nullable` field of the document and an absent one read alike: `undefined`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const optional = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * An enum of a response, open-ended: the documented values, plus any other string the API may add later
 * (kept as it came, never a decode failure). The type keeps the documented values for completion.
 *
 * @example
 * ```ts
 * const Origin = openEnum("STAX", "EXTERNAL")
 * Schema.decodeUnknownSync(Origin)("IMPORTED") // "IMPORTED"
 * ```
 *
 * @since 0.2.0
 * @category Schemas
 */
export const openEnum = <const L extends ReadonlyArray<string>>(
  ...values: L
): Schema.Schema<L[number] | (string & {}), string> =>
  Schema.String.annotations({ description: `one of ${values.join(", ")} (or a newer value)` }) as Schema.Schema<L[number] | (string & {}), string>

/**
 * A date-time of a response: an ISO-8601 string on the wire, a `Date` in TypeScript.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DateTime = Schema.Date.annotations({ identifier: "DateTime" })

/**
 * A string with at least one character (inputs: path parameters).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "must not be empty" }))

/**
 * An enum of an input, strict: only the listed values, refused with a message that lists them.
 *
 * @example
 * ```ts
 * const SortOrder = strictEnum("ASC", "DESC")
 * Schema.decodeUnknownEither(SortOrder)("up") // Left: "must be one of ASC, DESC"
 * ```
 *
 * @since 0.2.0
 * @category Schemas
 */
export const strictEnum = <const L extends ReadonlyArray<string>>(...values: L) =>
  Schema.String.pipe(
    Schema.filter((s): s is L[number] => values.includes(s), {
      message: () => `must be one of ${values.join(", ")}`,
      // `Arbitrary.make` (property tests) picks among the values instead of filtering random strings.
      arbitrary: () => (fc) => fc.constantFrom(...values)
    })
  )

/**
 * A comma-delimited list of a query parameter: one value or a non-empty array of values in TypeScript,
 * `a,b,c` on the wire. Values must pass `item` and contain no comma (it would read as two); one string with
 * commas is taken as the wire form, each of its parts passing `item`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CommaList = <A extends string, I extends string>(item: Schema.Schema<A, I>) => {
  const isItem = Schema.is(Schema.typeSchema(item))
  const valid = (u: unknown): u is A => isItem(u) && !u.includes(",")
  // One string may already be the wire form (`"security,logging"`): each of its parts must be an item.
  const validText = (u: unknown): u is A => typeof u === "string" && (valid(u) || u.split(",").every(valid))
  const Value = Schema.Unknown.pipe(
    Schema.filter(
      (u): u is A | readonly [A, ...Array<A>] => validText(u) || (Array.isArray(u) && u.length > 0 && u.every(valid)),
      {
        message: (issue) => `must be a value or a non-empty array of values, each ${describeItem(item)}; got ${JSON.stringify(issue.actual)}`,
        arbitrary: () => (fc) => {
          const one = Arbitrary.make(Schema.typeSchema(item)).filter(valid)
          return fc.oneof(one, fc.array(one, { minLength: 1, maxLength: 3 })) as any
        }
      }
    )
  )
  return Schema.transform(Schema.String, Value, {
    strict: false,
    decode: (text) => text.split(","),
    encode: (value) => (typeof value === "string" ? value : (value as ReadonlyArray<string>).join(","))
  })
}

const describeItem = (item: Schema.Schema.Any): string =>
  Option.getOrElse(SchemaAST.getDescriptionAnnotation(item.ast), () => "a string without commas")

/**
 * An input field that belongs to another path of the operation (`vpcId` when `hubId` selects
 * `/networking/hubs/{hub_id}/vpcs`): typed `?: never` and never accepted, so two paths' ids are refused, by
 * the compiler too.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const otherPath = Schema.optionalWith(
  Schema.Never.annotations({ message: () => "belongs to another path of this operation: give the ids of one path only" }),
  { exact: true }
)

/**
 * A check that at least one of several sets of keys is all given (the document's `anyOf` of `required`
 * lists), for inputs.
 *
 * @example
 * ```ts
 * Schema.Struct({ accountId: optional(Schema.String), organisationalUnitId: optional(Schema.String) })
 *   .pipe(requireOneOf([["organisationalUnitId"], ["accountId"]], "organisationalUnitId | accountId"))
 * ```
 *
 * @since 0.2.0
 * @category Schemas
 */
export const requireOneOf = (sets: ReadonlyArray<ReadonlyArray<string>>, readable: string) =>
<S extends Schema.Schema.Any>(self: S) =>
  self.pipe(
    Schema.filter(
      (value) => {
        const given = value as Record<string, unknown>
        return sets.some((set) => set.every((key) => given[key] !== undefined))
      },
      { message: () => `needs one of these sets of fields: ${readable}` }
    )
  )

/** A pattern fast-check cannot generate from (lookarounds), as a wider one: its samples are then filtered. */
const generable = (source: string): string => source.replace(/\(\?<?[=!](?:[^()\\]|\\.)*\)/g, "")

/**
 * A string pattern of an input (the document's `pattern`), compiled with `flags` (never `v`). `Arbitrary.make`
 * generates matching strings even where the pattern has lookarounds, which fast-check cannot read.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const pattern = (source: string, flags?: string) => {
  const regex = new RegExp(source, flags)
  const wider = new RegExp(generable(source), flags)
  return <S extends Schema.Schema.Any, A extends string>(
    self: S & Schema.Schema<A, Schema.Schema.Encoded<S>, Schema.Schema.Context<S>>
  ): Schema.filter<S> =>
    self.pipe(Schema.pattern(regex, { arbitrary: () => (fc) => fc.stringMatching(wider).filter((s) => regex.test(s)) as any }))
}
