/**
 * The Document resource (stax-api.md §3.1). The docs' field list is cut off, so every field the SDK
 * does not know is kept on the decoded object as it came, and every known field but `_id` is optional.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { DateTime, OpaqueObject, optional } from "./fields.js"
import { Metadata } from "./Metadata.js"
import { ObjectId } from "./ObjectId.js"
import { Table } from "./Table.js"

/**
 * A document's processing job. `working: true` while the pipeline runs; `success`/`error` when done.
 * Fields whose type the docs do not give are `unknown`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const DocumentJob = Schema.Struct({
  upload: optional(Schema.Unknown),
  working: optional(Schema.Boolean),
  worker: optional(Schema.Unknown),
  status: optional(Schema.Unknown),
  success: optional(Schema.Boolean),
  error: optional(Schema.Unknown),
  read: optional(Schema.Struct({
    operationUrls: optional(Schema.Array(Schema.String)),
    fetchTime: optional(DateTime)
  })),
  rc: optional(Schema.Struct({
    preproc: optional(Schema.Unknown),
    sort: optional(Schema.Unknown),
    postproc: optional(Schema.Unknown)
  }))
}).annotations({ identifier: "DocumentJob" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface DocumentJob extends Schema.Schema.Type<typeof DocumentJob> {}

/**
 * A flag raised on a document.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const DocumentFlag = Schema.Struct({
  timestamp: optional(DateTime),
  title: optional(Schema.String),
  description: optional(Schema.String),
  level: optional(Schema.String),
  pages: optional(Schema.Array(Schema.Number))
}).annotations({ identifier: "DocumentFlag" })

/**
 * External sharing settings: public, protected (by emails, teams or a password), and access counts.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Sharing = Schema.Struct({
  public: optional(Schema.Boolean),
  protected: optional(Schema.Struct({
    emails: optional(Schema.Array(Schema.String)),
    teams: optional(Schema.Array(Schema.String)),
    password: optional(Schema.String)
  })),
  access: optional(Schema.Array(Schema.Struct({
    email: optional(Schema.String),
    usage: optional(Schema.Number)
  })))
}).annotations({ identifier: "Sharing" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface Sharing extends Schema.Schema.Type<typeof Sharing> {}

/**
 * A document: the file, its pages (page keys for `Documents.downloadPage`), its processing `job`, and
 * what was extracted (`metadata`, `tables`).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const Document = Schema.Struct({
  _id: ObjectId,
  team: optional(ObjectId),
  stack: optional(ObjectId),
  name: optional(Schema.String),
  originalName: optional(Schema.String),
  format: optional(Schema.String),
  download: optional(Schema.String),
  thumbnail: optional(Schema.String),
  source: optional(Schema.String),
  sourceUrl: optional(Schema.String),
  provider: optional(OpaqueObject),
  importKey: optional(Schema.String),
  /** Page keys, passed as `pagePath` to `Documents.downloadPage`. */
  pages: optional(Schema.Array(Schema.String)),
  rotations: optional(OpaqueObject),
  aspects: optional(OpaqueObject),
  job: optional(DocumentJob),
  urgent: optional(Schema.Boolean),
  deadline: optional(DateTime),
  flagged: optional(Schema.Boolean),
  pinned: optional(Schema.Boolean),
  flags: optional(Schema.Array(DocumentFlag)),
  reviewed: optional(Schema.Boolean),
  archived: optional(Schema.Boolean),
  assignee: optional(Schema.String),
  sharing: optional(Sharing),
  /** SHA-512 checksum of the extracted content. */
  checksum: optional(Schema.String),
  metadata: optional(Schema.Array(Metadata)),
  tables: optional(Schema.Array(Table)),
  /** The original's id, when this document is a duplicate. */
  original: optional(ObjectId),
  keywords: optional(Schema.Array(Schema.String)),
  receivedOn: optional(DateTime),
  lastModified: optional(DateTime),
  /**
   * The trust-accounting statement attached to the document, for `Documents.get({ statement: true })`,
   * kept as it came. Assumption: the docs do not show where the statement comes back; the SDK reads
   * it inside `doc` or beside it in the envelope (then copies it here).
   */
  statement: optional(Schema.Unknown)
}).annotations({ identifier: "Document" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface Document extends Schema.Schema.Type<typeof Document> {}

const exact = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * The changes of `Documents.update` (`docDiff`): only the fields given are changed. The docs' list of
 * fields is cut off after `sharing`; the SDK accepts the fields it shows, and refuses an empty diff.
 *
 * @example
 * ```ts
 * const diff: DocDiff = { reviewed: true, metadata: [{ key: "Total", value: "42.00", confidence: 1 }] }
 * ```
 *
 * @since 0.1.0
 * @category Schemas
 */
export const DocDiff = Schema.Struct({
  name: exact(Schema.String.pipe(Schema.minLength(1, { message: () => "must not be empty" }))),
  /** Moves the document to this stack. */
  stack: exact(ObjectId),
  /** Replaces the extracted data points. */
  metadata: exact(Schema.Array(Metadata)),
  /** Replaces the extracted tables. */
  tables: exact(Schema.Array(Table)),
  reviewed: exact(Schema.Boolean),
  archived: exact(Schema.Boolean),
  urgent: exact(Schema.Boolean),
  flagged: exact(Schema.Boolean),
  pinned: exact(Schema.Boolean),
  /** A user id. */
  assignee: exact(Schema.String),
  /** Sent as an ISO-8601 string; `null` clears it (the legacy docs type the field "ISODate or null"). */
  deadline: exact(Schema.NullOr(DateTime)),
  /** External sharing: public, protected by emails/teams/password. */
  sharing: exact(Sharing)
}).pipe(
  Schema.filter((diff) => Object.keys(diff).length > 0 || "docDiff must change at least one field"),
  Schema.annotations({ identifier: "DocDiff" })
)

/**
 * @since 0.1.0
 * @category Models
 */
export interface DocDiff extends Schema.Schema.Type<typeof DocDiff> {}

/**
 * One item of the `uploads` array of `POST /document/upload`. The docs cut the item shape off, so it
 * is decoded loosely: every field is kept as it came. Assumption: an item names the new document
 * (`docId`) and its file `name`, as the SDK's stand-in answers; neither is guaranteed.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const UploadedDocument = Schema.Struct(
  {
    docId: optional(Schema.String),
    name: optional(Schema.String)
  },
  Schema.Record({ key: Schema.String, value: Schema.Unknown })
).annotations({ identifier: "UploadedDocument" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface UploadedDocument extends Schema.Schema.Type<typeof UploadedDocument> {}
