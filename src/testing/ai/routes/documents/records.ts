/**
 * The stand-in's document records: a new document with the API's defaults, a seeded document with
 * its stored file, and the look-ups the document routes share (a document, a stack, a metadata array).
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import { createHash } from "node:crypto"
import type { Json, Model } from "../../Model.js"
import { notFound, requireId, type RouteFailure } from "../../Router.js"
import { documentState, type StoredFile } from "./state.js"

/**
 * A new document as the stand-in stores it.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const newDocument = (model: Model, fields: Json & { readonly name: string }): Json => ({
  _id: model.nextId(),
  team: model.team.id,
  originalName: fields.name,
  format: "application/pdf",
  source: "Uploaded",
  pages: [],
  metadata: [],
  tables: [],
  flags: [],
  urgent: false,
  flagged: false,
  pinned: false,
  reviewed: false,
  archived: false,
  receivedOn: model.now(),
  lastModified: model.now(),
  ...fields
})

/**
 * A seeded document: `content` (bytes, text, or `{ syntheticSize }` for a large file generated on
 * download) becomes its stored file.
 *
 * @since 0.1.0
 * @category Models
 */
export type SeedDocument = Json & {
  readonly name: string
  readonly content?: Uint8Array | string | { readonly syntheticSize: number } | undefined
}

const sha512 = (bytes: Uint8Array) => createHash("sha512").update(bytes).digest("hex")

/**
 * Adds a seeded document (and its file, when it has `content`) to the model.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const seedDocument = (model: Model, seed: SeedDocument): Json => {
  const { content, ...fields } = seed
  const doc = newDocument(model, fields)
  const id = doc["_id"] as string
  model.documents.set(id, doc)
  if (content !== undefined) {
    const type = typeof doc["format"] === "string" ? doc["format"] : "application/octet-stream"
    const file: StoredFile = typeof content === "object" && !(content instanceof Uint8Array)
      ? { name: seed.name, type, size: content.syntheticSize, sha512: undefined, bytes: undefined, synthetic: true }
      : storedBytes(seed.name, type, typeof content === "string" ? new TextEncoder().encode(content) : content)
    documentState(model).files.set(id, file)
  }
  return doc
}

const storedBytes = (name: string, type: string, bytes: Uint8Array): StoredFile => ({
  name,
  type,
  size: bytes.byteLength,
  sha512: sha512(bytes),
  bytes,
  synthetic: false
})

/**
 * The document with this id, or a `NotFound` failure.
 *
 * @since 0.2.0
 * @category Helpers
 */
export const findDocument = (model: Model, docId: string): Effect.Effect<Json, RouteFailure> => {
  const doc = model.documents.get(docId)
  return doc === undefined ? Effect.fail(notFound("Document not found")) : Effect.succeed(doc)
}

/**
 * Checks that `stackId` is an ObjectId naming an existing stack (`BadRequest`, else `NotFound`).
 *
 * @since 0.2.0
 * @category Helpers
 */
export const requireStack = (model: Model, stackId: unknown): Effect.Effect<string, RouteFailure> =>
  requireId(stackId, "stackId").pipe(
    Effect.filterOrFail((id) => model.stacks.has(id), () => notFound("Stack not found"))
  )

/**
 * Whether a value is an array of objects (the shape the stand-in accepts as `metadata`).
 *
 * @since 0.2.0
 * @category Helpers
 */
export const isMetadataArray = (value: unknown): value is ReadonlyArray<Json> =>
  Array.isArray(value) && value.every((m) => typeof m === "object" && m !== null && !Array.isArray(m))
