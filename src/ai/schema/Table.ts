/**
 * Tables extracted from a document, as `docDiff.tables` shows them (stax-api.md §3.1).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { optional } from "./fields.js"

const Box = {
  x: optional(Schema.Number),
  y: optional(Schema.Number),
  width: optional(Schema.Number),
  height: optional(Schema.Number)
}

/**
 * A table cell.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TableCell = Schema.Struct({
  ...Box,
  text: optional(Schema.String),
  confidence: optional(Schema.Number)
}).annotations({ identifier: "TableCell" })

/**
 * A table row.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TableRow = Schema.Struct({
  ...Box,
  page: optional(Schema.Number),
  cells: optional(Schema.Array(TableCell)),
  class: optional(Schema.String),
  classConfidence: optional(Schema.Number)
}).annotations({ identifier: "TableRow" })

/**
 * A table. The API spells one field `createdON` (sic); the SDK keeps the API's spelling on the wire
 * and in the type, so a table read and written back is unchanged.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Table = Schema.Struct({
  raw: optional(Schema.Boolean),
  title: optional(Schema.String),
  /** Type not documented: a date string or epoch number. */
  lastModified: optional(Schema.Union(Schema.String, Schema.Number)),
  /** Sic: the API's spelling. Type not documented: a date string or epoch number. */
  createdON: optional(Schema.Union(Schema.String, Schema.Number)),
  page: optional(Schema.Number),
  ...Box,
  headers: optional(Schema.Array(Schema.String)),
  tags: optional(Schema.Array(Schema.Struct({
    row: optional(Schema.Number),
    col: optional(Schema.Number),
    key: optional(Schema.String)
  }))),
  rows: optional(Schema.Array(TableRow))
}).annotations({ identifier: "Table" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface Table extends Schema.Schema.Type<typeof Table> {}
