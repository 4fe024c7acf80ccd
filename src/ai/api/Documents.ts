/**
 * Documents: upload files (or create a record from JSON), wait until Stax.ai has processed them, read
 * them with their extracted data, update them with a diff, download the original or a page, delete.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function*() {
 *   const [upload] = yield* Documents.upload({ files: [Documents.file("./statement.pdf")] })
 *   const doc = yield* Documents.waitUntilProcessed(upload!.docId!)
 *   const totals = (doc.metadata ?? []).filter((m) => m.key === "Total")
 *   yield* Documents.update({ docId: doc._id, docDiff: { reviewed: true } })
 * })
 * ```
 *
 * @since 0.1.0
 */
import type * as HttpBody from "@effect/platform/HttpBody"
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import { NonEmptyString, optional } from "../schema/fields.js"
import { DocDiff, Document, UploadedDocument } from "../schema/Document.js"
import { Metadata } from "../schema/Metadata.js"
import { ObjectId } from "../schema/ObjectId.js"
import { StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../../core/StaxError.js"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { ProcessingError, ProcessingTimeoutError } from "./documents/errors.js"
import { file, type FilePath, FileSourceSchema, resolve } from "./documents/FileSource.js"
import { multipartBody } from "./documents/multipart.js"
import { processingState } from "./documents/processing.js"

export { ProcessingError, ProcessingTimeoutError } from "./documents/errors.js"
export type { FileSource, NamedData, StreamData } from "./documents/FileSource.js"
export { FilePath } from "./documents/FileSource.js"


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

/**
 * Options of `Documents.waitUntilProcessed`.
 *
 * @since 0.1.0
 * @category Models
 */
export interface WaitOptions {
  /**
   * When to ask again after a document was still processing. Default: exponential from 1 second,
   * each delay capped at 10 seconds. A schedule that stops recurring ends the wait with
   * `ProcessingTimeoutError`.
   */
  readonly schedule?: Schedule.Schedule<unknown, unknown> | undefined
  /** How long to wait in all (Effect `Clock` time). Default: 10 minutes. */
  readonly timeout?: Duration.DurationInput | undefined
}

/**
 * The default polling schedule of `waitUntilProcessed`: 1 s, 2 s, 4 s, 8 s, then every 10 s.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const defaultWaitSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("1 second").pipe(
  Schedule.union(Schedule.spaced("10 seconds"))
)

/**
 * The default total wait of `waitUntilProcessed`: 10 minutes.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const defaultWaitTimeout: Duration.Duration = Duration.minutes(10)

const uploadFields = (input: Schema.Schema.Encoded<typeof UploadInput>): Array<readonly [string, string]> => {
  const fields: Array<readonly [string, string]> = []
  if (input.stackId !== undefined) fields.push(["stackId", input.stackId])
  fields.push(["source", input.source ?? "Uploaded"])
  if (input.metadata !== undefined) fields.push(["metadata", JSON.stringify(input.metadata)])
  if (input.importKey !== undefined) fields.push(["importKey", input.importKey])
  if (input.skipProcessing !== undefined) fields.push(["skipProcessing", String(input.skipProcessing)])
  return fields
}

/** The multipart body of an upload, from the encoded (validated) input. */
const uploadBody = (input: Schema.Schema.Encoded<typeof UploadInput>): Effect.Effect<HttpBody.HttpBody, InputError> =>
  Effect.forEach(input.files, (source, i) => resolve("Documents.upload", source, i)).pipe(
    Effect.map((files) => multipartBody(uploadFields(input), "files", files))
  )

const DocPayload = Schema.Struct({ doc: Document })

/**
 * The operations of this area.
 *
 * @since 0.3.0
 * @category Operations
 */
export const documentOperations = {
  get: Operation.make({
    name: "Documents.get",
    method: "GET",
    path: "/document/get",
    input: GetDocumentInput,
    // Keys beside `doc` (e.g. a statement) are kept by the decoder and read by `withEnvelopeExtras`.
    output: Schema.Struct({ doc: Document }, Schema.Record({ key: Schema.String, value: Schema.Unknown }))
  }),
  upload: Operation.make({
    name: "Documents.upload",
    method: "POST",
    path: "/document/upload",
    input: UploadInput,
    output: Schema.Struct({ uploads: Schema.Array(UploadedDocument) }),
    body: uploadBody
  }),
  create: Operation.make({
    name: "Documents.create",
    method: "POST",
    path: "/document/create",
    input: CreateDocumentInput,
    output: DocPayload
  }),
  update: Operation.make({
    name: "Documents.update",
    method: "POST",
    path: "/document/update",
    input: UpdateDocumentInput,
    // Not documented: the first-party SDK ignores the body. A `doc`, when present, is returned.
    output: Schema.Struct({ doc: Schema.optionalWith(Document, { nullable: true, exact: true }) })
  }),
  download: Operation.make({
    name: "Documents.download",
    method: "GET",
    path: "/document/download",
    input: DocumentIdInput,
    output: Schema.Unknown
  }),
  downloadPage: Operation.make({
    name: "Documents.downloadPage",
    method: "GET",
    path: "/document/downloadPage",
    input: DownloadPageInput,
    output: Schema.Unknown
  }),
  delete: Operation.make({
    name: "Documents.delete",
    method: "POST",
    // Assumption: the path is not documented. Override it with StaxConfig `paths: { "Documents.delete": ... }`.
    path: "/document/delete",
    input: DocumentIdInput,
    output: Schema.Struct({})
  })
}

/**
 * The endpoints of this area.
 *
 * @deprecated Use `documentOperations`.
 * @since 0.1.0
 * @category Endpoints
 */
export const documentEndpoints = documentOperations

/** Copies keys the API put beside `doc` (e.g. the statement) onto the document, unless it has them. */
const withEnvelopeExtras = (payload: { readonly doc: Document; readonly [key: string]: unknown }): Document => {
  let doc = payload.doc
  for (const [key, value] of Object.entries(payload)) {
    if (key === "doc" || key === "success" || value === null || value === undefined || Object.hasOwn(doc, key)) continue
    doc = { ...doc, [key]: value }
  }
  return doc
}

/** The service's methods: one entry per operation (`waitUntilProcessed` is written beside). */
const documentsTable = {
  get: Service.call(documentOperations.get, { result: withEnvelopeExtras }),
  upload: Service.call(documentOperations.upload, { result: (r) => r.uploads }),
  create: Service.call(documentOperations.create, { result: (r) => r.doc }),
  update: Service.call(documentOperations.update, { result: (r) => r.doc }),
  download: Service.stream(documentOperations.download),
  downloadPage: Service.stream(documentOperations.downloadPage),
  delete: Service.call(documentOperations.delete, { result: () => undefined })
}

/**
 * The document operations.
 *
 * @since 0.1.0
 * @category Models
 */
export interface DocumentsService {
  /**
   * Gets a document by id (`GET /document/get`), optionally with presigned URLs and the attached
   * statement (`doc.statement`).
   */
  readonly get: (input: GetDocumentInput) => Effect.Effect<Document, StaxError | InputError>
  /**
   * Uploads 1 to 10 files (`POST /document/upload`, `multipart/form-data`) and returns the API's
   * `uploads` items (decoded loosely: their shape is not documented). Processing runs afterwards;
   * see `waitUntilProcessed`. An upload with a `Stream` source is sent once (never retried after the
   * connection opened). The per-attempt `timeout` of `StaxConfig` (default 30 s) includes sending the
   * whole body: raise it for large uploads, for one call with
   * `Documents.upload(input).pipe(StaxClient.withTimeout("10 minutes"))`.
   */
  readonly upload: (input: UploadInput) => Effect.Effect<ReadonlyArray<UploadedDocument>, StaxError | InputError>
  /** Creates a document record from JSON, without file bytes (`POST /document/create`). */
  readonly create: (input: CreateDocumentInput) => Effect.Effect<Document, StaxError | InputError>
  /**
   * Changes the fields in `docDiff` (`POST /document/update`). The response is not documented: the
   * updated document when the API sends one, else `undefined`.
   */
  readonly update: (input: UpdateDocumentInput) => Effect.Effect<Document | undefined, StaxError | InputError>
  /**
   * The original file's bytes (`GET /document/download`), streamed, never decoded. A JSON error
   * answer fails the stream with `AuthError`/`ApiError`.
   */
  readonly download: (input: DocumentIdInput) => Stream.Stream<Uint8Array, StaxError | InputError>
  /** One page's bytes (`GET /document/downloadPage`, `pagePath` from `doc.pages`), streamed. */
  readonly downloadPage: (input: DownloadPageInput) => Stream.Stream<Uint8Array, StaxError | InputError>
  /**
   * Deletes a document. Assumption: `POST /document/delete` with `{ docId }` (the path is not
   * documented; override it with StaxConfig `paths: { "Documents.delete": "/..." }`).
   */
  readonly delete: (input: DocumentIdInput) => Effect.Effect<void, StaxError | InputError>
  /**
   * Polls `get` until the document's processing job has finished, and returns the processed document.
   * Fails with `ProcessingError` when the job reports an error, and with `ProcessingTimeoutError` when
   * it has not finished within `timeout` (default 10 minutes) or the schedule stops.
   */
  readonly waitUntilProcessed: (
    docId: string,
    options?: WaitOptions
  ) => Effect.Effect<Document, StaxError | InputError | ProcessingError | ProcessingTimeoutError>
}

/**
 * The `Documents` service. Use it as `yield* Documents` or through its accessors: `Documents.get(...)`,
 * `Documents.upload(...)`, ...; `Documents.download(...)` and `Documents.downloadPage(...)` return
 * Streams. (Accessors from `Service.Tag`: `Effect.Tag`'s generated accessors would wrap the Streams in
 * an Effect.)
 *
 * @since 0.1.0
 * @category Context
 */
export class Documents extends Service.Tag("stax-effect/Documents")<Documents, DocumentsService>()({
  ...documentsTable,
  waitUntilProcessed: Service.effect
}) {
  /** Builds the service over the `StaxClient` in context. */
  static readonly make: Effect.Effect<DocumentsService, never, StaxClient> = Effect.map(StaxClient, (client) => {
    const methods = Service.methods(documentsTable)(client)
    return { ...methods, waitUntilProcessed: (docId, options) => waitUntilProcessed(methods.get, docId, options) }
  })

  /** The service as a layer over `StaxClient`. */
  static readonly layer: Layer.Layer<Documents, never, StaxClient> = Layer.effect(Documents, Documents.make)

  /**
   * A file on disk as an upload source, streamed from disk when sent (never read whole).
   *
   * @example
   * ```ts
   * Documents.upload({ files: [Documents.file("./invoice.pdf")] })
   * ```
   */
  static readonly file: (
    path: string,
    options?: { readonly name?: string | undefined; readonly type?: string | undefined }
  ) => FilePath = file
}

/** Polls `get` on the schedule until the job has finished (see `DocumentsService.waitUntilProcessed`). */
const waitUntilProcessed = (
  get: DocumentsService["get"],
  docId: string,
  options: WaitOptions = {}
): Effect.Effect<Document, StaxError | InputError | ProcessingError | ProcessingTimeoutError> =>
  Effect.gen(function*() {
    const started = yield* Clock.currentTimeMillis
    const timedOut = Clock.currentTimeMillis.pipe(
      Effect.flatMap((now) => new ProcessingTimeoutError({ docId, waitedMillis: now - started }))
    )
    const driver = yield* Schedule.driver(options.schedule ?? defaultWaitSchedule)
    const poll = Effect.gen(function*() {
      while (true) {
        const doc = yield* get({ docId })
        const state = processingState(doc)
        if (state._tag === "Done") return doc
        if (state._tag === "Failed") return yield* new ProcessingError({ docId, message: state.message })
        // The schedule sleeps between polls; when it stops recurring, the wait is over.
        const next = yield* Effect.either(driver.next(undefined))
        if (next._tag === "Left") return yield* timedOut
      }
    })
    return yield* poll.pipe(
      Effect.timeout(options.timeout ?? defaultWaitTimeout),
      Effect.catchTag("TimeoutException", () => timedOut)
    )
  }).pipe(Effect.withSpan("Stax.Documents.waitUntilProcessed", { attributes: { docId } }))
