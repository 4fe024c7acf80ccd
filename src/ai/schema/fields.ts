/**
 * Field helpers shared by the resource schemas.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * An optional field, of an input or of a response. On responses, the API omits fields or sends `null`
 * for unset ones (MongoDB documents): the SDK removes `null` object properties when it parses an
 * answer, so both arrive as an absent field and users test one thing: `doc.deadline === undefined`.
 * (A plain optional field is a check, not a transformation: decoding stays cheap.)
 *
 * @since 0.1.0
 * @category Schemas
 */
export const optional = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * A date-time: an ISO-8601 string on the wire, a `Date` in TypeScript.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const DateTime = Schema.Date.annotations({ identifier: "DateTime" })

/**
 * An object whose fields the docs do not show (`provider: {}`, `status: {}`): kept as it came.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const OpaqueObject = Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * A string with at least one character (inputs: names, paths, tags).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const NonEmptyString = Schema.String.pipe(Schema.minLength(1, { message: () => "must not be empty" }))
