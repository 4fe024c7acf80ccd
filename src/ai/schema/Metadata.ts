/**
 * Metadata: one data point extracted from a document (stax-api.md §3.1).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { optional } from "./fields.js"

/**
 * An extracted data point: `key` and `value`, with the pages it was found on and the extractor's
 * `confidence` (0 to 1).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Metadata = Schema.Struct({
  key: optional(Schema.String),
  value: optional(Schema.String),
  expression: optional(Schema.String),
  class: optional(Schema.String),
  tags: optional(Schema.Array(Schema.Number)),
  pages: optional(Schema.Array(Schema.Number)),
  ref: optional(Schema.String),
  confidence: optional(Schema.Number)
}).annotations({ identifier: "Metadata" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface Metadata extends Schema.Schema.Type<typeof Metadata> {}
