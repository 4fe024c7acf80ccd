/**
 * Documents: read a document with its extracted data.
 *
 * @example
 * ```ts
 * const doc = yield* Documents.get({ docId, presigned: true })
 * const totals = (doc.metadata ?? []).filter((m) => m.key === "Total")
 * ```
 *
 * @since 0.1.0
 */
import { Effect, Layer, Schema } from "effect"
import { Document } from "../schema/Document.js"
import { ObjectId } from "../schema/ObjectId.js"
import { StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../StaxError.js"

const exact = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })

/**
 * Input of `Documents.get`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const GetDocumentInput = Schema.Struct({
  docId: ObjectId,
  /** Include presigned (short-lived) URLs for the pages and the download. */
  presigned: exact(Schema.Boolean),
  /** Include the trust-accounting statement attached to the document. */
  statement: exact(Schema.Boolean)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface GetDocumentInput extends Schema.Schema.Type<typeof GetDocumentInput> {}

/**
 * The endpoints of this area, as declared for the pipeline.
 *
 * @since 0.1.0
 * @category Endpoints
 */
export const endpoints = {
  get: StaxClient.endpoint({
    name: "Documents.get",
    method: "GET",
    path: "/document/get",
    input: GetDocumentInput,
    output: Schema.Struct({ doc: Document })
  })
}

/**
 * The document operations.
 *
 * @since 0.1.0
 * @category Models
 */
export interface DocumentsService {
  /** Gets a document by id (`GET /document/get`), optionally with presigned URLs. */
  readonly get: (input: GetDocumentInput) => Effect.Effect<Document, StaxError | InputError>
}

/**
 * The `Documents` service. Use it as `yield* Documents` or through its accessors: `Documents.get(...)`.
 *
 * @since 0.1.0
 * @category Context
 */
export class Documents extends Effect.Tag("stax-effect/Documents")<Documents, DocumentsService>() {
  /** Builds the service over the `StaxClient` in context. */
  static readonly make: Effect.Effect<DocumentsService, never, StaxClient> = Effect.gen(function*() {
    const client = yield* StaxClient
    return {
      get: (input) => Effect.map(client.call(endpoints.get, input), (r) => r.doc)
    }
  })

  /** The service as a layer over `StaxClient`. */
  static readonly layer: Layer.Layer<Documents, never, StaxClient> = Layer.effect(Documents, Documents.make)
}
