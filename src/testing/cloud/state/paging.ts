/**
 * Paging as the Stax cloud API does it: `offset` (items) and `limit` from the query; `Paging {Total,
 * NextOffset, PrevOffset}` only when either was given.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"

/**
 * A page of `items` for the query's `offset` and `limit`, with its `Paging` (`undefined` without them).
 *
 * @example
 * ```ts
 * page([a, b, c], { limit: 2 }) // { items: [a, b], paging: { Total: 3, NextOffset: 2, PrevOffset: null } }
 * ```
 *
 * @since 0.2.0
 * @category Paging
 */
export const page = <A>(
  items: ReadonlyArray<A>,
  query: { readonly offset?: unknown; readonly limit?: unknown }
): { readonly items: ReadonlyArray<A>; readonly paging: Json | undefined } => {
  const number = (value: unknown) => (value === undefined || value === null || value === "" ? undefined : Number(value))
  const givenOffset = number(query.offset)
  const givenLimit = number(query.limit)
  if (givenOffset === undefined && givenLimit === undefined) return { items, paging: undefined }
  const offset = givenOffset ?? 0
  const limit = givenLimit ?? Math.max(items.length - offset, 1)
  const next = offset + limit
  return {
    items: items.slice(offset, next),
    paging: {
      Total: items.length,
      NextOffset: next < items.length ? next : null,
      PrevOffset: offset > 0 ? Math.max(0, offset - limit) : null
    }
  }
}
