/**
 * Static accessors for service tags: every service of both clients is a `Context.Tag` class whose
 * statics call the service in context, so `Stacks.get(...)` is an `Effect` and `Documents.download(...)`
 * a `Stream`, each needing only its service (Effect's generated `Effect.Tag` accessors would give an
 * `Effect` of a `Stream`).
 *
 * @since 0.2.0
 */
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

/**
 * An accessor for an `Effect`-returning service method.
 *
 * @example
 * ```ts
 * class Stacks extends Context.Tag("stax-effect/Stacks")<Stacks, StacksService>() {
 *   static readonly get = effect(Stacks, (s) => s.get)
 * }
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const effect = <I, S, Args extends ReadonlyArray<any>, A, E, R>(
  tag: Context.Tag<I, S>,
  method: (service: S) => (...args: Args) => Effect.Effect<A, E, R>
): (...args: Args) => Effect.Effect<A, E, R | I> =>
(...args) => Effect.flatMap(tag, (service) => method(service)(...args))

/**
 * An accessor for a `Stream`-returning service method.
 *
 * @example
 * ```ts
 * class Documents extends Context.Tag("stax-effect/Documents")<Documents, DocumentsService>() {
 *   static readonly download = stream(Documents, (s) => s.download)
 * }
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const stream = <I, S, Args extends ReadonlyArray<any>, A, E, R>(
  tag: Context.Tag<I, S>,
  method: (service: S) => (...args: Args) => Stream.Stream<A, E, R>
): (...args: Args) => Stream.Stream<A, E, R | I> =>
(...args) => Stream.unwrap(Effect.map(tag, (service) => method(service)(...args)))
