/**
 * Paging: `paged(operation, { items, paging })` is the `Service` entry of a paged operation's `<method>All`
 * (`Accounts.readAccountsAll`): a `Stream` of the items of every page, following the answer's
 * `Paging.NextOffset`, one call per page, made only when the stream is pulled that far.
 *
 * @example
 * ```ts
 * const table = {
 *   readAccounts: Service.call(accountOperations.readAccounts, { input: "optional" }),
 *   readAccountsAll: paged(accountOperations.readAccounts, { items: (out) => out.Accounts, paging: (out) => out.Paging })
 * }
 * const firstTen = Accounts.readAccountsAll({ filter: "ACTIVE" }).pipe(Stream.take(10), Stream.runCollect)
 * ```
 *
 * @since 0.2.0
 */
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import type { Operation } from "../../core/Operation.js"
import type * as Service from "../../core/Service.js"
import { DecodeError, type InputError, type StaxError } from "../../core/StaxError.js"

/**
 * The paging fields of a paged operation's input: `offset` (where a page starts, in items) and `limit`
 * (items per page).
 *
 * @since 0.2.0
 * @category Models
 */
export interface PagingInput {
  readonly offset?: number | undefined
  readonly limit?: number | undefined
}

/**
 * What a page says of the next (the API's `Pagination`): `NextOffset`, absent or `null` on the last page.
 *
 * @since 0.2.0
 * @category Models
 */
export interface PageInfo {
  readonly NextOffset?: number | null | undefined
}

/**
 * How a paged operation's answer gives its items and its paging (top-level `Paging`, or nested:
 * `(out) => out.WorkloadCatalogues.at(-1)?.Paging`).
 *
 * @since 0.2.0
 * @category Models
 */
export interface PagedOptions<Out, Item> {
  readonly items: (out: Out) => ReadonlyArray<Item>
  readonly paging: (out: Out) => PageInfo | undefined
}

/**
 * Items per page when the input gives no `limit`: 100 (the API's largest documented limit is 1,000, on
 * `insights.ReadInsights`; 100 keeps each answer small and the first items quick).
 *
 * @since 0.2.0
 * @category Constants
 */
export const defaultPageSize = 100

/** A `NextOffset` that would not move on (or is no offset at all): following it would loop. */
const stuck = (endpoint: string, offset: number, next: number): DecodeError =>
  new DecodeError({
    endpoint,
    status: 200,
    path: "Paging.NextOffset",
    message: `the page at offset ${offset} gives NextOffset ${next}, which does not move past it`,
    excerpt: JSON.stringify({ NextOffset: next })
  })

/**
 * The `Service` entry of a paged operation's `<method>All`: `(input?) => Stream<Item>`. The input is the
 * operation's own: `limit` is kept on every call ({@link defaultPageSize} when not given), `offset` is the
 * stream's (an input `offset` is where it starts, 0 otherwise), the other fields are sent as given. Each
 * page's `NextOffset` is the next call's `offset`; the stream ends after a page without one (or without
 * paging at all). Pages are read when the stream is pulled: `Stream.take(3)` of 100-item pages makes one
 * call. Fails with the call's error (`InputError` before anything is sent for a bad input), or, after
 * the page's items, with a `DecodeError` for a `NextOffset` that does not move past the page's offset.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const paged = <In extends PagingInput, Out, Item>(
  operation: Operation<In, Out>,
  options: PagedOptions<Out, Item>
): Service.Entry<[input?: In], Item, StaxError | InputError, never, "stream"> => ({
  kind: "stream",
  operation,
  build: (client) => (input) => {
    const given: In = input ?? ({} as In)
    const limit = given.limit ?? defaultPageSize
    // The state is the next page's offset, or the error a bad NextOffset gives once its page's items are out.
    return Stream.paginateChunkEffect<number | DecodeError, Item, StaxError | InputError, never>(
      given.offset ?? 0,
      (offset) =>
        typeof offset !== "number" ? Effect.fail(offset) : Effect.map(client.call(operation, { ...given, offset, limit }), (out) => {
          const items = Chunk.fromIterable(options.items(out))
          const next = options.paging(out)?.NextOffset
          if (next === undefined || next === null) return [items, Option.none()] as const
          return [items, Option.some(Number.isSafeInteger(next) && next > offset ? next : stuck(operation.name, offset, next))] as const
        })
    )
  }
})
