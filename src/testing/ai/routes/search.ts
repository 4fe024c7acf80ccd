/**
 * The stand-in's search routes (stax-api.md §2.3): `GET /document/search` over documents that are
 * not archived, `GET /document/searchArchive` over archived ones.
 *
 * A simple full-text match, not Elasticsearch: the query is split into words (case-insensitive); a
 * document matches when every word occurs in its `name` or in a `metadata` key or value. Its `_score`
 * is the number of matching terms (for each word, the fields it occurs in). Hits are sorted by score,
 * highest first, then by id. Parameters use the SDK's default names: `query`, `size` (default 10, as
 * in Elasticsearch), `from` (default 0); `stackId` (an ObjectId, else a bad request) keeps the
 * documents of one stack; other parameters are ignored.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { Json, Model } from "../Model.js"
import { requireId, type Route, type RouteContext, RouteFailure } from "../Router.js"

const DEFAULT_SIZE = 10

const words = (query: string): ReadonlyArray<string> =>
  query.toLowerCase().split(/\s+/).filter((word) => word.length > 0)

/** The searchable texts of a document: its name, and each metadata key and value. */
const texts = (doc: Json): ReadonlyArray<string> => {
  const out: Array<string> = []
  if (typeof doc["name"] === "string") out.push(doc["name"].toLowerCase())
  const metadata = Array.isArray(doc["metadata"]) ? doc["metadata"] : []
  for (const item of metadata) {
    if (item === null || typeof item !== "object") continue
    for (const field of ["key", "value"] as const) {
      const text = (item as Record<string, unknown>)[field]
      if (typeof text === "string" || typeof text === "number") out.push(String(text).toLowerCase())
    }
  }
  return out
}

/**
 * The score of a document for a query: the number of (word, field) matches, or `undefined` when a
 * word matches no field.
 *
 * @since 0.1.0
 * @category Helpers
 */
export const scoreOf = (doc: Json, query: string): number | undefined => {
  const fields = texts(doc)
  let score = 0
  for (const word of words(query)) {
    const matches = fields.filter((text) => text.includes(word)).length
    if (matches === 0) return undefined
    score += matches
  }
  return score
}

const whole = (value: string | null, name: string, fallback: number): Effect.Effect<number, RouteFailure> => {
  if (value === null) return Effect.succeed(fallback)
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && value.trim() !== ""
    ? Effect.succeed(n)
    : Effect.fail(new RouteFailure({ kind: "BadRequest", message: `${name} must be a whole number` }))
}

/**
 * Searches the model's documents, archived or not: `{total, hits}` as the API answers.
 *
 * @since 0.1.0
 * @category Helpers
 */
export const searchDocuments = (
  model: Model,
  query: URLSearchParams,
  archived: boolean
): Effect.Effect<Json, RouteFailure> =>
  Effect.gen(function*() {
    const size = yield* whole(query.get("size"), "size", DEFAULT_SIZE)
    const from = yield* whole(query.get("from"), "from", 0)
    const text = query.get("query") ?? ""
    const stackId = query.get("stackId") === null ? null : yield* requireId(query.get("stackId"), "stackId")
    const matches: Array<{ readonly doc: Json; readonly id: string; readonly score: number }> = []
    for (const doc of model.documents.values()) {
      if ((doc["archived"] === true) !== archived) continue
      if (stackId !== null && doc["stack"] !== stackId) continue
      const score = scoreOf(doc, text)
      if (score !== undefined) matches.push({ doc, id: String(doc["_id"]), score })
    }
    matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return {
      total: matches.length,
      hits: matches.slice(from, from + size).map((m) => ({ _id: m.id, _score: m.score, _source: m.doc }))
    }
  })

const route = (path: string, archived: boolean): Route => ({
  method: "GET",
  path,
  write: false,
  handler: ({ model, query }: RouteContext) => searchDocuments(model, query, archived)
})

/**
 * @since 0.1.0
 * @category Routes
 */
export const searchRoutes: ReadonlyArray<Route> = [
  route("/document/search", false),
  route("/document/searchArchive", true)
]
