/**
 * The stand-in's upload route (`POST /document/upload`): the multipart body read as a stream (text
 * fields whole, files as size and SHA-512, and their bytes when `keepFiles`), checked like the API.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import { createHash } from "node:crypto"
import type { Json } from "../../Model.js"
import { boundaryOf, type PartInfo, readMultipart } from "../../multipart.js"
import { badRequest, type Route, RouteFailure } from "../../Router.js"
import { isMetadataArray, newDocument, requireStack } from "./records.js"
import { documentState } from "./state.js"

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

/**
 * `POST /document/upload`: reads the multipart body as it streams in, stores each file as a new
 * document (with a processing job unless `skipProcessing` is `true`) and logs the upload.
 *
 * @since 0.2.0
 * @category Routes
 */
export const uploadRoute: Route = {
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
