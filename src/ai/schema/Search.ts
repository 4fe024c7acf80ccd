/**
 * Search results (stax-api.md §2.3, §4 item 10): Elasticsearch-shaped, `{total, hits}` with each hit
 * `{_id, _score, _source}` and the document under `_source`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Document } from "./Document.js"

/**
 * One search hit: the document (`_source`), its id and its relevance score.
 *
 * @example
 * ```ts
 * const names = result.hits.map((hit) => hit._source.name)
 * ```
 *
 * @since 0.1.0
 * @category Schemas
 */
export const SearchHit = Schema.Struct({
  /** The hit's id (the document's id; the docs type it as a plain string). */
  _id: Schema.String,
  /** The relevance score: higher is better. */
  _score: Schema.Number,
  /** The document itself. */
  _source: Document
}).annotations({ identifier: "SearchHit" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface SearchHit extends Schema.Schema.Type<typeof SearchHit> {}

/**
 * One page of search results: `total` matching documents in all, and this page's `hits`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const SearchResult = Schema.Struct({
  /** How many documents match in all (not only on this page). */
  total: Schema.Number,
  hits: Schema.Array(SearchHit)
}).annotations({ identifier: "SearchResult" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface SearchResult extends Schema.Schema.Type<typeof SearchResult> {}
