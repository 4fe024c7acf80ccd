/**
 * STUB by helper G, to be replaced by helper T's module of the same path and signature: a `Service` entry
 * streaming every item of a paged operation.
 *
 * @since 0.3.0
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { Operation } from "../../core/Operation.js"
import type { Entry } from "../../core/Service.js"
import type { InputError, StaxError } from "../../core/StaxError.js"

/**
 * Streams the items of every page, following `NextOffset` (stub: one page only).
 *
 * @since 0.3.0
 * @category Constructors
 */
export const paged = <In, Out, Item>(
  operation: Operation<In, Out>,
  options: {
    readonly items: (out: Out) => ReadonlyArray<Item>
    readonly paging: (out: Out) => { readonly NextOffset?: number | undefined } | undefined
  }
): Entry<[input?: In], Item, StaxError | InputError, never, "stream"> => ({
  kind: "stream",
  operation,
  build: (client) => (input) =>
    Stream.fromIterableEffect(Effect.map(client.call(operation, input ?? ({} as In)), options.items))
})
