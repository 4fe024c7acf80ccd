/**
 * The Stack resource, a "smart folder" (stax-api.md §3.2). Unknown extra fields are kept as they came.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { DateTime, OpaqueObject, optional } from "./fields.js"
import { ObjectId } from "./ObjectId.js"

/**
 * The type of a stack key's values, e.g. `{ key: "Total", dataType: "text" }`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const DataType = Schema.Struct({
  key: Schema.String,
  dataType: Schema.String
}).annotations({ identifier: "DataType" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface DataType extends Schema.Schema.Type<typeof DataType> {}

/**
 * Routing rules: which incoming documents the stack takes.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const StackRules = Schema.Struct({
  enabled: optional(Schema.Boolean),
  match: optional(Schema.Struct({
    /** Match `all` or `any` pattern. */
    mode: optional(Schema.String),
    source: optional(Schema.Array(Schema.String)),
    name: optional(Schema.Array(Schema.String)),
    phrases: optional(Schema.Array(Schema.String))
  }))
}).annotations({ identifier: "StackRules" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface StackRules extends Schema.Schema.Type<typeof StackRules> {}

/**
 * One step of a stack's automation pipeline.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const PipelineStep = Schema.Struct({
  module: optional(Schema.String),
  config: optional(Schema.Array(Schema.Struct({ label: optional(Schema.String), value: optional(Schema.Unknown) }))),
  locked: optional(Schema.Boolean),
  trainer: optional(OpaqueObject),
  usage: optional(Schema.Number),
  limit: optional(Schema.Number),
  history: optional(Schema.Array(Schema.Struct({
    timestamp: optional(DateTime),
    modifiedBy: optional(Schema.String),
    labels: optional(Schema.Array(Schema.String))
  })))
}).annotations({ identifier: "PipelineStep" })

/**
 * A stack.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Stack = Schema.Struct({
  _id: ObjectId,
  path: optional(Schema.String),
  template: optional(Schema.Unknown),
  team: optional(ObjectId),
  baseName: optional(Schema.String),
  base: optional(Schema.Unknown),
  restrict: optional(Schema.Boolean),
  access: optional(Schema.Array(Schema.String)),
  pinned: optional(Schema.Boolean),
  hideHint: optional(Schema.Boolean),
  /** If false, Stax.ai moves no files into this stack. */
  enabled: optional(Schema.Boolean),
  lastModified: optional(DateTime),
  receivedOn: optional(DateTime),
  numDocuments: optional(Schema.Number),
  numUnread: optional(Schema.Number),
  keys: optional(Schema.Array(Schema.String)),
  dataTypes: optional(Schema.Array(DataType)),
  rules: optional(StackRules),
  trainer: optional(Schema.Struct({
    manualTrigger: optional(Schema.Unknown),
    isTraining: optional(Schema.Boolean),
    lastTrained: optional(Schema.Unknown)
  })),
  numMovedFiles: optional(Schema.Number),
  pipeline: optional(Schema.Array(PipelineStep)),
  locked: optional(Schema.Boolean),
  forms: optional(Schema.Array(Schema.String))
}).annotations({ identifier: "Stack" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface Stack extends Schema.Schema.Type<typeof Stack> {}

/**
 * The changes of `POST /stack/update` ("Fields to update"): a partial stack, applied field by field
 * (stax-api.md §2.1 S3, §4.7). Only the fields the docs show are accepted; the docs cut the list off
 * after `rules`, so a field they may list further on is an `InputError` until the SDK knows it. At
 * least one field is required: an empty diff is an `InputError` naming `stackDiff`.
 *
 * @example
 * ```ts
 * const diff: StackDiff = { pinned: true, keys: ["Invoice Number", "Total"] }
 * ```
 *
 * @since 0.1.0
 * @category Schemas
 */
export const StackDiff = Schema.Struct({
  /** The stack's new path (its name, with `/` for nesting). */
  path: optional(Schema.String.pipe(Schema.minLength(1, { message: () => "must not be empty" }))),
  /** Restrict access to the users in `access`. */
  restrict: optional(Schema.Boolean),
  /** The users who may see a restricted stack. */
  access: optional(Schema.Array(ObjectId)),
  pinned: optional(Schema.Boolean),
  hideHint: optional(Schema.Boolean),
  /** If false, Stax.ai moves no files into this stack. */
  enabled: optional(Schema.Boolean),
  /** Replaces the keys of the data points extracted from the stack's documents. */
  keys: optional(Schema.Array(Schema.String)),
  /** Replaces the types of those keys' values. */
  dataTypes: optional(Schema.Array(DataType)),
  /** Replaces the routing rules. */
  rules: optional(StackRules)
}).pipe(
  Schema.filter((diff) => Object.keys(diff).length > 0 || "stackDiff must change at least one field"),
  Schema.annotations({ identifier: "StackDiff" })
)

/**
 * @since 0.1.0
 * @category Models
 */
export interface StackDiff extends Schema.Schema.Type<typeof StackDiff> {}
