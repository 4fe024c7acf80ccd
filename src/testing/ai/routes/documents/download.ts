/**
 * The stand-in's download routes: the original file (`GET /document/download`, stored bytes or a
 * synthetic file generated chunk by chunk) and a page (`GET /document/downloadPage`, a 1×1 PNG).
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import { notFound, requireId, type Route } from "../../Router.js"
import { findDocument } from "./records.js"
import { documentState } from "./state.js"

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
 * `GET /document/download` and `GET /document/downloadPage`.
 *
 * @since 0.2.0
 * @category Routes
 */
export const downloadRoutes: ReadonlyArray<Route> = [
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
