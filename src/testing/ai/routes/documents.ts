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
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import { createHash } from "node:crypto"
import type { Json, Model } from "../Model.js"
import { boundaryOf, type PartInfo, readMultipart } from "../multipart.js"
import { requireId, type Route, RouteFailure } from "../Router.js"
import { tpaState } from "./tpa.js"

/**
 * When the simulated processing job finishes, and whether it fails.
 *
 * @since 0.1.0
 * @category Models
 */
export interface ProcessingOptions {
  /** The job finishes on the n-th `GET /document/get` of the document (counted from the upload). */
  readonly afterGets?: number | undefined
  /** The job finishes once this many milliseconds of Effect `Clock` time have passed since the upload. */
  readonly afterMillis?: number | undefined
  /** Whether processing a file fails (default: its name contains "fail", in any case). */
  readonly fails?: ((name: string) => boolean) | undefined
}

/**
 * The document options of the stand-in (`StaxLocal.layer({ keepFiles, processing })`).
 *
 * @since 0.1.0
 * @category Models
 */
export interface DocumentOptions {
  /** Keep uploaded bytes (default `true`). `false` keeps only each file's size and SHA-512. */
  readonly keepFiles?: boolean | undefined
  /**
   * When processing finishes (default `{ afterGets: 2 }`; given options replace the default: with
   * `{ afterMillis: 5000 }` only time counts).
   */
  readonly processing?: ProcessingOptions | undefined
}

/**
 * A document's original file as the stand-in stores it.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StoredFile {
  readonly name: string
  readonly type: string
  readonly size: number
  /** SHA-512 of the bytes, hexadecimal (not computed for synthetic files). */
  readonly sha512: string | undefined
  /** The bytes, unless `keepFiles` is `false` or the file is synthetic. */
  readonly bytes: Uint8Array | undefined
  /** Generated on download: byte `i` is `i % 256`. */
  readonly synthetic: boolean
}

/**
 * One upload as the stand-in received it: the raw text fields (e.g. `metadata` as the JSON string
 * sent) and the file parts.
 *
 * @since 0.1.0
 * @category Models
 */
export interface UploadRecord {
  readonly fields: Readonly<Record<string, ReadonlyArray<string>>>
  readonly files: ReadonlyArray<{
    readonly field: string
    readonly filename: string
    readonly contentType: string | undefined
    readonly size: number
    readonly sha512: string
  }>
}

/**
 * The stand-in's document state beside the `Model`: stored files, the upload log, running jobs.
 *
 * @since 0.1.0
 * @category Models
 */
export interface DocumentState {
  readonly keepFiles: boolean
  readonly processing: ProcessingOptions
  /** By document id. */
  readonly files: Map<string, StoredFile>
  readonly uploads: Array<UploadRecord>
  /** Running jobs, by document id. */
  readonly jobs: Map<string, { readonly startedAt: number; gets: number }>
}

const states = new WeakMap<Model, DocumentState>()

const DEFAULT_PROCESSING: ProcessingOptions = { afterGets: 2 }

/**
 * Sets the document options of a stand-in model (done by `StaxLocal.make`).
 *
 * @since 0.1.0
 * @category State
 */
export const configureDocuments = (model: Model, options: DocumentOptions): DocumentState => {
  const state: DocumentState = {
    keepFiles: options.keepFiles ?? true,
    processing: options.processing ?? DEFAULT_PROCESSING,
    files: new Map(),
    uploads: [],
    jobs: new Map()
  }
  states.set(model, state)
  return state
}

/**
 * The document state of a stand-in model (default options on first use).
 *
 * @example
 * ```ts
 * const local = yield* StaxLocal
 * const stored = documentState(local.model).files.get(docId)
 * ```
 *
 * @since 0.1.0
 * @category State
 */
export const documentState = (model: Model): DocumentState => states.get(model) ?? configureDocuments(model, {})

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

const badRequest = (message: string) => new RouteFailure({ kind: "BadRequest", message })
const notFound = (message: string) => new RouteFailure({ kind: "NotFound", message })

const findDocument = (model: Model, docId: string): Effect.Effect<Json, RouteFailure> => {
  const doc = model.documents.get(docId)
  return doc === undefined ? Effect.fail(notFound("Document not found")) : Effect.succeed(doc)
}

const requireStack = (model: Model, stackId: unknown): Effect.Effect<string, RouteFailure> =>
  requireId(stackId, "stackId").pipe(
    Effect.filterOrFail((id) => model.stacks.has(id), () => notFound("Stack not found"))
  )

const isMetadataArray = (value: unknown): value is ReadonlyArray<Json> =>
  Array.isArray(value) && value.every((m) => typeof m === "object" && m !== null && !Array.isArray(m))

// ---------------------------------------------------------------------------------------------
// Processing
// ---------------------------------------------------------------------------------------------

const PAGE_BYTES = 100_000
const MAX_PAGES = 100

const pageCount = (file: StoredFile | undefined): number => {
  if (file === undefined) return 1
  const bytes = file.bytes
  if (bytes !== undefined && bytes.byteLength < 10_000_000) {
    const text = new TextDecoder("latin1").decode(bytes)
    if (text.startsWith("%PDF")) return Math.max(1, (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length)
  }
  return Math.min(MAX_PAGES, Math.max(1, Math.ceil(file.size / PAGE_BYTES)))
}

const finishJob = (model: Model, state: DocumentState, doc: Json): void => {
  const id = doc["_id"] as string
  const name = typeof doc["name"] === "string" ? doc["name"] : ""
  const job = (doc["job"] ?? {}) as Json
  state.jobs.delete(id)
  doc["lastModified"] = model.now()
  if ((state.processing.fails ?? ((n: string) => /fail/i.test(n)))(name)) {
    doc["job"] = { ...job, working: false, success: false, status: "Error", error: `Could not process ${name}` }
    return
  }
  const file = state.files.get(id)
  const count = pageCount(file)
  const pages = Array.from({ length: count }, (_, i) => `${id}/page-${i + 1}.png`)
  const metadata = Array.isArray(doc["metadata"]) ? doc["metadata"] : []
  doc["pages"] = pages
  doc["metadata"] = [
    ...metadata,
    { key: "Filename", value: name, confidence: 1, pages: [0] },
    { key: "Pages", value: String(count), confidence: 1 }
  ]
  if (file?.sha512 !== undefined) doc["checksum"] = file.sha512
  doc["job"] = { ...job, working: false, success: true, status: "Complete", error: null }
}

/**
 * Counts one read of a document and finishes its job when its time has come.
 *
 * @since 0.1.0
 * @category Processing
 */
export const advanceProcessing = (model: Model, doc: Json): void => {
  const state = documentState(model)
  const job = state.jobs.get(doc["_id"] as string)
  if (job === undefined) return
  job.gets += 1
  const { afterGets, afterMillis } = state.processing
  const elapsed = Date.parse(model.now()) - job.startedAt
  if ((afterGets !== undefined && job.gets >= afterGets) || (afterMillis !== undefined && elapsed >= afterMillis)) {
    finishJob(model, state, doc)
  }
}

// ---------------------------------------------------------------------------------------------
// Upload
// ---------------------------------------------------------------------------------------------

const MAX_FILES = 10

interface ReceivedFile {
  readonly info: PartInfo
  readonly size: number
  readonly sha512: string
  readonly bytes: Uint8Array | undefined
}

const chunksOf = async function*(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader()
  try {
    while (true) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

const concat = (chunks: ReadonlyArray<Uint8Array>, size: number): Uint8Array => {
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/** Reads the multipart body as it streams in: text fields in full, files as size + SHA-512 (+ bytes). */
const readUpload = (request: Request, keepFiles: boolean) =>
  Effect.gen(function*() {
    const boundary = boundaryOf(request.headers.get("content-type"))
    if (boundary === undefined || request.body === null) {
      return yield* badRequest("Expected a multipart/form-data body")
    }
    const body = request.body
    const fields: Record<string, Array<string>> = {}
    const files: Array<ReceivedFile> = []
    yield* Effect.tryPromise({
      try: () =>
        readMultipart(chunksOf(body), boundary, (info) => {
          const chunks: Array<Uint8Array> = []
          let size = 0
          if (info.filename === undefined) {
            return {
              write: (chunk) => chunks.push(chunk),
              end: () => (fields[info.name] ??= []).push(Buffer.concat(chunks).toString("utf8"))
            }
          }
          if (info.name !== "files") throw new RangeError(`Unexpected field: ${info.name}`)
          if (files.length >= MAX_FILES) throw new RangeError(`At most ${MAX_FILES} files can be uploaded at once`)
          const hash = createHash("sha512")
          return {
            write: (chunk) => {
              size += chunk.byteLength
              hash.update(chunk)
              if (keepFiles) chunks.push(chunk)
            },
            end: () =>
              files.push({ info, size, sha512: hash.digest("hex"), bytes: keepFiles ? concat(chunks, size) : undefined })
          }
        }),
      catch: (cause) =>
        cause instanceof RangeError
          ? badRequest(cause.message)
          : new RouteFailure({ kind: "Malformed", message: `Could not read the multipart body: ${String(cause)}` })
    })
    return { fields, files }
  })

const single = (fields: Record<string, Array<string>>, name: string): string | undefined => fields[name]?.[0]

const uploadRoute: Route = {
  method: "POST",
  path: "/document/upload",
  write: true,
  handler: ({ model, request }) =>
    Effect.gen(function*() {
      const state = documentState(model)
      const { fields, files } = yield* readUpload(request, state.keepFiles)
      if (files.length === 0) return yield* badRequest("files is required: upload at least one file")
      const stackId = single(fields, "stackId")
      const stack = stackId === undefined ? undefined : yield* requireStack(model, stackId)
      const metadataText = single(fields, "metadata")
      let metadata: ReadonlyArray<Json> = []
      if (metadataText !== undefined) {
        const parsed = yield* Effect.try({
          try: () => JSON.parse(metadataText) as unknown,
          catch: () => badRequest("metadata must be a JSON string of a metadata array")
        })
        if (!isMetadataArray(parsed)) return yield* badRequest("metadata must be a JSON string of a metadata array")
        metadata = parsed
      }
      const skip = single(fields, "skipProcessing")
      if (skip !== undefined && skip !== "true" && skip !== "false") {
        return yield* badRequest("skipProcessing must be true or false")
      }
      const importKey = single(fields, "importKey")
      state.uploads.push({
        fields,
        files: files.map((f) => ({
          field: f.info.name,
          filename: f.info.filename ?? "",
          contentType: f.info.contentType,
          size: f.size,
          sha512: f.sha512
        }))
      })
      const now = Date.parse(model.now())
      const uploads = files.map((f) => {
        const name = f.info.filename ?? "file"
        const type = (f.info.contentType ?? "application/octet-stream").split(";")[0]!.trim()
        const doc = newDocument(model, {
          name,
          format: type,
          source: single(fields, "source") ?? "Uploaded",
          metadata,
          ...(stack === undefined ? {} : { stack }),
          ...(importKey === undefined ? {} : { importKey }),
          ...(skip === "true" ? {} : { job: { upload: model.now(), working: true, status: "Processing" } })
        })
        const id = doc["_id"] as string
        model.documents.set(id, doc)
        state.files.set(id, {
          name,
          type,
          size: f.size,
          sha512: f.sha512,
          bytes: f.bytes,
          synthetic: false
        })
        if (skip !== "true") state.jobs.set(id, { startedAt: now, gets: 0 })
        return { docId: id, name, size: f.size }
      })
      return { uploads }
    })
}

// ---------------------------------------------------------------------------------------------
// Downloads
// ---------------------------------------------------------------------------------------------

const CHUNK = 64 * 1024

/** A synthetic file's bytes, generated chunk by chunk as the reader pulls. */
const syntheticBody = (size: number): ReadableStream<Uint8Array> => {
  const pattern = Uint8Array.from({ length: CHUNK }, (_, i) => i % 256)
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) {
        controller.close()
        return
      }
      const n = Math.min(CHUNK, size - sent)
      controller.enqueue(pattern.slice(0, n))
      sent += n
    }
  })
}

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`

/** A 1×1 grey PNG: what the stand-in serves for every page. */
const PAGE_PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0)
)

/**
 * The bytes the stand-in serves for every page (`GET /document/downloadPage`): a 1×1 PNG.
 *
 * @since 0.1.0
 * @category Constants
 */
export const pageBytes = (): Uint8Array => PAGE_PNG.slice()

/**
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
  {
    method: "GET",
    path: "/document/download",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const docId = yield* requireId(query.get("docId"), "docId")
        yield* findDocument(model, docId)
        const file = documentState(model).files.get(docId)
        if (file === undefined) return yield* notFound("Document has no file")
        if (file.bytes === undefined && !file.synthetic) {
          return yield* notFound("The stand-in did not keep this file (keepFiles: false)")
        }
        return new Response(file.bytes === undefined ? syntheticBody(file.size) : (file.bytes.slice() as Uint8Array<ArrayBuffer>), {
          status: 200,
          headers: {
            "content-type": file.type,
            "content-length": String(file.size),
            "content-disposition": attachment(file.name)
          }
        })
      })
  },
  {
    method: "GET",
    path: "/document/downloadPage",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const docId = yield* requireId(query.get("docId"), "docId")
        const doc = yield* findDocument(model, docId)
        const pagePath = query.get("pagePath")
        const pages = Array.isArray(doc["pages"]) ? doc["pages"] : []
        if (pagePath === null || !pages.includes(pagePath)) return yield* notFound("Page not found")
        return new Response(pageBytes() as Uint8Array<ArrayBuffer>, { status: 200, headers: { "content-type": "image/png" } })
      })
  }
]
