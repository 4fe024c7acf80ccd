/**
 * The stand-in's document routes (stax-api.md §2.2).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type { Json, Model } from "../Model.js"
import { requireId, type Route, RouteFailure } from "../Router.js"

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
 * @since 0.1.0
 * @category Routes
 */
export const documentRoutes: ReadonlyArray<Route> = [
  {
    method: "GET",
    path: "/document/get",
    write: false,
    handler: ({ baseUrl, model, query }) =>
      Effect.gen(function*() {
        const docId = yield* requireId(query.get("docId"), "docId")
        const doc = model.documents.get(docId)
        if (doc === undefined) return yield* new RouteFailure({ kind: "NotFound", message: "Document not found" })
        if (query.get("presigned") !== "true") return { doc }
        const sign = `expires=${Date.parse(model.now()) + 15 * 60_000}&signature=local`
        return {
          doc: {
            ...doc,
            download: `${baseUrl}/document/download?docId=${docId}&${sign}`
          }
        }
      })
  }
]
