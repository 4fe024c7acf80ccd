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
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import type * as Stream from "effect/Stream"
import { Document, UploadedDocument } from "../schema/Document.js"
import { StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../../core/StaxError.js"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import type { ProcessingError, ProcessingTimeoutError } from "./documents/errors.js"
import { file, type FilePath, resolve } from "./documents/FileSource.js"
import {
  CreateDocumentInput,
  DocumentIdInput,
  DownloadPageInput,
  GetDocumentInput,
  UpdateDocumentInput,
  UploadInput
} from "./documents/inputs.js"
import { multipartBody } from "./documents/multipart.js"
import { waitUntilProcessed, type WaitOptions } from "./documents/wait.js"

export { ProcessingError, ProcessingTimeoutError } from "./documents/errors.js"
export type { FileSource, NamedData, StreamData } from "./documents/FileSource.js"
export { FilePath } from "./documents/FileSource.js"
export * from "./documents/inputs.js"
export { defaultWaitSchedule, defaultWaitTimeout, type WaitOptions } from "./documents/wait.js"

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
 * @since 0.2.0
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
