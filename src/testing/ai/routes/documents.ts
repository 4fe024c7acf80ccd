/**
 * The stand-in's document routes (stax-api.md §2.2): upload (multipart, read as a stream), create,
 * get, update, download, download a page, delete; and a simulated, deterministic processing job.
 *
 * What the stand-in decides where the docs are silent (its choices, not documented API behaviour):
 * - `POST /document/upload` answers `{uploads: [{docId, name, size}]}` (the real item shape is cut off
 *   in the docs). Every file becomes a document with `job: {working: true, status: "Processing"}`,
 *   unless `skipProcessing` is `true` (then it has no job);
 * - processing finishes when the document has been read (`GET /document/get`) `afterGets` times
 *   (default 2: the first read sees it working, the second sees it done), or once `afterMillis` of
 *   Effect `Clock` time have passed since the upload (see {@link ProcessingOptions}). Then `pages`
 *   gets one page key per page (PDF pages counted, else one per 100 kB), `metadata` gains
 *   `Filename` and `Pages` items (confidence 1), `checksum` is the file's SHA-512, and
 *   `job` is `{working: false, success: true, status: "Complete"}`. A file whose name contains "fail"
 *   fails instead: `{working: false, success: false, status: "Error", error: "..."}`;
 * - `GET /document/get?statement=true` puts the attached TPA statement (or `null`) beside `doc`;
 * - `POST /document/update` applies the diff as given and answers `{doc}`;
 * - `POST /document/delete` (the path is an assumption) answers `{}`;
 * - downloads stream the stored bytes; a file stored with `keepFiles: false` (size and SHA-512 only)
 *   cannot be downloaded ("NotFound"). A seeded `content: { syntheticSize }` is generated on the fly,
 *   chunk by chunk (byte `i` is `i % 256`), for large-download benchmarks.
 *
 * The routes are split by concern: `documents/state.ts` (options and state), `documents/records.ts`
 * (new and seeded documents, shared look-ups), `documents/processing.ts` (the simulated job),
 * `documents/upload.ts` and `documents/download.ts`; create, get, update and delete are here.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { Json } from "../Model.js"
import { badRequest, requireId, type Route } from "../Router.js"
import { downloadRoutes } from "./documents/download.js"
import { advanceProcessing } from "./documents/processing.js"
import { findDocument, isMetadataArray, newDocument, requireStack } from "./documents/records.js"
import { documentState } from "./documents/state.js"
import { uploadRoute } from "./documents/upload.js"
import { tpaState } from "./tpa.js"

export { pageBytes } from "./documents/download.js"
export { advanceProcessing } from "./documents/processing.js"
export { newDocument, type SeedDocument, seedDocument } from "./documents/records.js"
export {
  configureDocuments,
  type DocumentOptions,
  type DocumentState,
  documentState,
  type ProcessingOptions,
  type StoredFile,
  type UploadRecord
} from "./documents/state.js"

/**
 * Every document route of the stand-in.
 *
 * @since 0.1.0
 * @category Routes
 */
export const documentRoutes: ReadonlyArray<Route> = [
  uploadRoute,
  {
    method: "POST",
    path: "/document/create",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const name = body["name"]
        if (typeof name !== "string" || name.trim() === "") return yield* badRequest("name is required")
        const stack = body["stackId"] === undefined ? undefined : yield* requireStack(model, body["stackId"])
        if (body["metadata"] !== undefined && !isMetadataArray(body["metadata"])) {
          return yield* badRequest("metadata must be an array")
        }
        for (const key of ["source", "importKey"]) {
          if (body[key] !== undefined && typeof body[key] !== "string") return yield* badRequest(`${key} must be a string`)
        }
        const doc = newDocument(model, {
          name,
          ...(stack === undefined ? {} : { stack }),
          ...(body["source"] === undefined ? {} : { source: body["source"] }),
          ...(body["metadata"] === undefined ? {} : { metadata: body["metadata"] }),
          ...(body["importKey"] === undefined ? {} : { importKey: body["importKey"] })
        })
        model.documents.set(doc["_id"] as string, doc)
        return { doc }
      })
  },
  {
    method: "GET",
    path: "/document/get",
    write: false,
    handler: ({ baseUrl, model, query }) =>
      Effect.gen(function*() {
        const docId = yield* requireId(query.get("docId"), "docId")
        const doc = yield* findDocument(model, docId)
        advanceProcessing(model, doc)
        const extra: Json = {}
        if (query.get("statement") === "true") {
          extra["statement"] = [...tpaState(model).statements.values()].find((s) => s["document"] === docId) ?? null
        }
        if (query.get("presigned") !== "true") return { doc, ...extra }
        const sign = `expires=${Date.parse(model.now()) + 15 * 60_000}&signature=local`
        return {
          doc: {
            ...doc,
            download: `${baseUrl}/document/download?docId=${docId}&${sign}`
          },
          ...extra
        }
      })
  },
  {
    method: "POST",
    path: "/document/update",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const docId = yield* requireId(body["docId"], "docId")
        const diff = body["docDiff"]
        if (typeof diff !== "object" || diff === null || Array.isArray(diff) || Object.keys(diff).length === 0) {
          return yield* badRequest("docDiff is required")
        }
        const doc = yield* findDocument(model, docId)
        const changes = diff as Json
        if (changes["stack"] !== undefined) yield* requireStack(model, changes["stack"])
        if (changes["metadata"] !== undefined && !isMetadataArray(changes["metadata"])) {
          return yield* badRequest("docDiff.metadata must be an array")
        }
        Object.assign(doc, changes, { lastModified: model.now() })
        return { doc }
      })
  },
  {
    method: "POST",
    path: "/document/delete",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const docId = yield* requireId((yield* json)["docId"], "docId")
        yield* findDocument(model, docId)
        const state = documentState(model)
        model.documents.delete(docId)
        state.files.delete(docId)
        state.jobs.delete(docId)
        return {}
      })
  },
  ...downloadRoutes
]
