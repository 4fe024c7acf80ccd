/**
 * MongoDB ObjectIds: every Stax.ai resource id (`_id`) and reference (`team`, `stack`, `docId`, ...).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * 24 hexadecimal characters, `^[0-9a-fA-F]{24}$`. A plain string at the type level, checked at run time
 * on inputs (before sending) and on outputs.
 *
 * @example
 * ```ts
 * Schema.is(ObjectId)("65a1f0c2e4b0a1b2c3d4e5f6") // true
 * ```
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ObjectId = Schema.String.pipe(
  Schema.pattern(/^[0-9a-fA-F]{24}$/, { message: () => "must be an ObjectId (24 hexadecimal characters)" }),
  Schema.annotations({ identifier: "ObjectId", description: "MongoDB ObjectId" })
)

/**
 * @since 0.1.0
 * @category Schemas
 */
export type ObjectId = typeof ObjectId.Type
