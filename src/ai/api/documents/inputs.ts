/**
 * The inputs of the `Documents` operations: what `get`, `upload`, `create`, `update`, `download`,
 * `downloadPage` and `delete` take, as Schemas (checked before sending) and their types.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { NonEmptyString, optional } from "../../schema/fields.js"
import { DocDiff } from "../../schema/Document.js"
import { Metadata } from "../../schema/Metadata.js"
import { ObjectId } from "../../schema/ObjectId.js"
import { FileSourceSchema } from "./FileSource.js"

/**
 * Input of `Documents.get`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const GetDocumentInput = Schema.Struct({
  docId: ObjectId,
  /** Include presigned (short-lived) URLs for the pages and the download. */
  presigned: optional(Schema.Boolean),
  /**
   * Include the trust-accounting statement attached to the document, as `doc.statement`.
   * Assumption: the docs do not show where it comes back (see `Document.statement`).
   */
  statement: optional(Schema.Boolean)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface GetDocumentInput extends Schema.Schema.Type<typeof GetDocumentInput> {}

/** The most files one upload may carry (the API's `maxItems: 10`). */
const MAX_FILES = 10

/**
 * Input of `Documents.upload`: 1 to 10 files, plus optional form fields. `source` defaults to
 * `"Uploaded"`; `metadata` is sent as a JSON string (the API's form field format).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const UploadInput = Schema.Struct({
  /** The stack to upload into; without it, Stax.ai sorts the documents itself. */
  stackId: optional(ObjectId),
  files: Schema.Array(FileSourceSchema).pipe(
    Schema.minItems(1, { message: () => "give at least one file" }),
    Schema.maxItems(MAX_FILES, { message: () => `at most ${MAX_FILES} files per upload` })
  ),
  /** Data points to attach to every uploaded document. */
  metadata: optional(Schema.Array(Metadata)),
  /** Where the documents come from (default `"Uploaded"`). */
  source: optional(NonEmptyString),
  /** An import key. Its meaning is not documented (it looks like a deduplication key). */
  importKey: optional(Schema.String),
  /** Store the files without running Stax.ai's processing pipeline. */
  skipProcessing: optional(Schema.Boolean)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface UploadInput extends Schema.Schema.Type<typeof UploadInput> {}

/**
 * Input of `Documents.create`: a document record from JSON, without file bytes. The docs do not show
 * which fields are required; the SDK requires `name` (an assumption).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CreateDocumentInput = Schema.Struct({
  name: NonEmptyString,
  /** Typed as a plain string in the docs. */
  stackId: optional(Schema.String),
  source: optional(Schema.String),
  metadata: optional(Schema.Array(Metadata)),
  importKey: optional(Schema.String)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreateDocumentInput extends Schema.Schema.Type<typeof CreateDocumentInput> {}

/**
 * Input of `Documents.update`: the document and a non-empty diff.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const UpdateDocumentInput = Schema.Struct({ docId: ObjectId, docDiff: DocDiff })

/**
 * @since 0.1.0
 * @category Models
 */
export interface UpdateDocumentInput extends Schema.Schema.Type<typeof UpdateDocumentInput> {}

/**
 * Input of `Documents.download` and `Documents.delete`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const DocumentIdInput = Schema.Struct({ docId: ObjectId })

/**
 * @since 0.1.0
 * @category Models
 */
export interface DocumentIdInput extends Schema.Schema.Type<typeof DocumentIdInput> {}

/**
 * Input of `Documents.downloadPage`: `pagePath` is a page key from `doc.pages`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const DownloadPageInput = Schema.Struct({ docId: ObjectId, pagePath: NonEmptyString })

/**
 * @since 0.1.0
 * @category Models
 */
export interface DownloadPageInput extends Schema.Schema.Type<typeof DownloadPageInput> {}
