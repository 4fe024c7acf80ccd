/**
 * The generic part of the Promise facade: a client is a table of areas, each area a service tag
 * whose operations (the tag's static accessors) become Promise methods, or `AsyncIterable` methods for
 * those that return a `Stream`. Types follow the Effect API exactly: same inputs, the success type as
 * the Promise's value or the iterable's element.
 *
 * Adding a client's services is a few declarative lines:
 *
 * @example
 * ```ts
 * const areas = {
 *   stacks: Facade.area(Stacks, ["get", "create", "update", "list", "delete", "listDocuments"]),
 *   accounts: Facade.area(Accounts, ["readAccounts"])
 * }
 * const client = Facade.makeClient(ManagedRuntime.make(layer), areas)
 * await client.accounts.readAccounts({})
 * ```
 *
 * @since 0.2.0
 */
import type * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as ManagedRuntime from "effect/ManagedRuntime"
import * as Stream from "effect/Stream"
import { type CallOptions, make as makeRunner, type Runner } from "./Runner.js"

/**
 * The Promise form of one Effect-API operation: the same arguments plus an optional
 * {@link CallOptions} (`{ signal }`) last; a `Promise` of the Effect's success, or an `AsyncIterable`
 * of the Stream's elements.
 *
 * @since 0.2.0
 * @category Models
 */
export type PromiseMethod<F> = F extends (...args: infer Args) => Effect.Effect<infer A, infer _E, infer _R>
  ? (...args: [...Args, call?: CallOptions]) => Promise<A>
  : F extends (...args: infer Args) => Stream.Stream<infer A, infer _E, infer _R>
    ? (...args: [...Args, call?: CallOptions]) => AsyncIterable<A>
  : never

/**
 * The context an operation needs (its service tag, and e.g. `WorkerConfig` for worker calls).
 *
 * @since 0.2.0
 * @category Models
 */
export type RequirementOf<F> = F extends (...args: ReadonlyArray<never>) => Effect.Effect<infer _A, infer _E, infer R> ? R
  : F extends (...args: ReadonlyArray<never>) => Stream.Stream<infer _A, infer _E, infer R> ? R
  : never

/** The names of a tag's operations: the static accessors named after its service's methods. */
type OperationsOf<T> = T extends Context.Tag<infer _I, infer S> ? keyof S & keyof T & string : never

/**
 * Supplies one service to the operations it is given to (e.g. the worker credentials of
 * `Modules.startJob`), when the call runs.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Provision<I> {
  readonly tag: Context.Tag<I, any>
  readonly apply: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, unknown, Exclude<R, I>>
}

/**
 * One area of a client: a service tag, the operations exposed (every one of the service's, checked
 * at compile time), and the provisions some of them need.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Area<T, K extends string> {
  readonly tag: T
  readonly operations: ReadonlyArray<K>
  readonly provisions: { readonly [P in K]?: Provision<unknown> | undefined }
}

type ProvidedBy<P> = P extends Provision<infer I> ? I : never

/** A compile-time error message, as a type no value has. */
interface Refused<Message extends string, Names> {
  readonly "stax-effect: area refused": Message
  readonly names: Names
}

/**
 * Declares an area: `operations` must list every operation of the tag's service (a missing one is a
 * compile error, so a new operation cannot be forgotten); `provisions` supply services some of them
 * need beyond the client's runtime.
 *
 * @example
 * ```ts
 * Facade.area(Stacks, ["get", "create", "update", "list", "delete", "listDocuments"])
 * Facade.area(Modules, ["create", "startJob", "completeJob"], { startJob: worker, completeJob: worker })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const area = <
  T,
  const K extends OperationsOf<T>,
  const P extends { readonly [Q in K]?: Provision<any> } = {}
>(
  tag: T,
  operations: ReadonlyArray<K> & ([Exclude<OperationsOf<NoInfer<T>>, K>] extends [never] ? unknown
    : Refused<"missing operations", Exclude<OperationsOf<NoInfer<T>>, K>>),
  provisions?: P
): Area<T, K> & { readonly _provided?: P } => ({ tag, operations, provisions: provisions ?? {} })

/**
 * The names of a service tag's operations, read at run time: the function-valued enumerable statics of
 * the tag's class and its parents (`Service.Tag` puts one accessor per method there), not the tag's own
 * members (`of`, `pipe`, `context`: on its prototype object) nor `make` and `layer` (an `Effect`, a `Layer`).
 */
const accessorNames = (tag: unknown): ReadonlyArray<string> => {
  const names = new Set<string>()
  for (let o: unknown = tag; typeof o === "function"; o = Object.getPrototypeOf(o)) {
    const statics = o as unknown as Record<string, unknown>
    for (const name of Object.keys(statics)) if (typeof statics[name] === "function") names.add(name)
  }
  return [...names]
}

/**
 * Declares an area exposing every operation of a service built with `Service.Tag`, whatever they are:
 * the names are the tag's accessors, read at run time, typed from the service's interface. A service
 * that gains an operation (a generated one) gains its Promise method with no change here.
 *
 * @example
 * ```ts
 * Facade.service(Accounts) // readAccounts, readAccountsAll, createAccount, ...
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const service = <T extends Context.Tag<any, any>>(tag: T): Area<T, OperationsOf<T>> => ({
  tag,
  operations: accessorNames(tag) as ReadonlyArray<OperationsOf<T>>,
  provisions: {}
})

/**
 * One area per service tag of a record, named as in the record, each exposing every operation of its
 * service (see {@link service}).
 *
 * @example
 * ```ts
 * const client = Facade.makeClient(runtime, Facade.services({ accounts: Accounts, tasks: Tasks }))
 * for await (const account of client.accounts.readAccountsAll({ filter: "ACTIVE" })) console.log(account.Name)
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const services = <const S extends Record<string, Context.Tag<any, any>>>(
  tags: S
): { readonly [K in keyof S]: Area<S[K], OperationsOf<S[K]>> } => {
  const areas: Record<string, Area<unknown, string>> = {}
  for (const [name, tag] of Object.entries(tags)) areas[name] = service(tag)
  return areas as { readonly [K in keyof S]: Area<S[K], OperationsOf<S[K]>> }
}

/**
 * The Promise methods of an area.
 *
 * @since 0.2.0
 * @category Models
 */
export type PromiseArea<A> = A extends Area<infer T, infer K> ? { readonly [P in K]: PromiseMethod<T[P & keyof T]> }
  : never

/** What an area's operations still need after its provisions, beyond `R`. */
type Unmet<A, R> = A extends Area<infer T, infer K> & { readonly _provided?: infer P } ? {
    [Q in K]: Exclude<RequirementOf<T[Q & keyof T]>, R | (Q extends keyof P ? ProvidedBy<P[Q]> : never)>
  }[K]
  : never

/**
 * The client's lifecycle, beside its areas.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Lifecycle<R, ER> {
  /**
   * The `ManagedRuntime` the calls run on (built on the first call or `ready()`), for mixing in
   * Effect code: `await client.runtime.runPromise(Stacks.get(...))`.
   */
  readonly runtime: ManagedRuntime.ManagedRuntime<R, ER>
  /** Builds the runtime now; rejects with `ConfigError` when the configuration is bad. */
  readonly ready: () => Promise<void>
  /**
   * Interrupts running calls and iterations (they reject with `ClientClosedError`), disposes the
   * runtime and its resources; later calls reject with `ClientClosedError`. Idempotent.
   */
  readonly close: () => Promise<void>
  /** The same as `close()`, for `await using client = ...`. */
  readonly [Symbol.asyncDispose]: () => Promise<void>
}

/**
 * A client: its areas' Promise methods and its {@link Lifecycle}.
 *
 * @since 0.2.0
 * @category Models
 */
export type PromiseClient<Areas, R, ER> = { readonly [K in keyof Areas]: PromiseArea<Areas[K]> } & Lifecycle<R, ER>

/**
 * `Symbol.asyncDispose`, where the platform defines it, and the names polyfills and bundlers use for it
 * where it does not (Node 20 before 20.4 has none; Node defines it as `Symbol.for("nodejs.asyncDispose")`).
 */
const asyncDisposeKeys: ReadonlyArray<symbol> = [
  ...(typeof Symbol.asyncDispose === "symbol" ? [Symbol.asyncDispose] : []),
  Symbol.for("nodejs.asyncDispose"),
  Symbol.for("Symbol.asyncDispose")
]

const isStream = (u: unknown): u is Stream.Stream<unknown, unknown, unknown> =>
  typeof u === "object" && u !== null && Stream.StreamTypeId in u

/** `{ signal }` and nothing else: the trailing call options (no SDK input has a `signal` field). */
const isCallOptions = (u: unknown): u is CallOptions => {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false
  const proto = Object.getPrototypeOf(u)
  if (proto !== Object.prototype && proto !== null) return false
  const keys = Object.keys(u)
  const signal = (u as { readonly signal?: unknown }).signal
  return keys.length === 1 && keys[0] === "signal" && (signal === undefined || isSignal(signal))
}

/** An `AbortSignal`, of this realm or another (a polyfill, a worker). */
const isSignal = (u: unknown): u is AbortSignal =>
  u instanceof AbortSignal ||
  (typeof u === "object" && u !== null && typeof (u as AbortSignal).aborted === "boolean" &&
    typeof (u as AbortSignal).addEventListener === "function")

/** A provision for a Stream operation: the service it supplies, given to the stream when it starts. */
const provideStream = <I>(
  stream: Stream.Stream<unknown, unknown, unknown>,
  provision: Provision<I>
): Stream.Stream<unknown, unknown, unknown> =>
  Stream.unwrap(
    Effect.map(provision.apply(Effect.context<I>()), (context) => Stream.provideSomeContext(stream, context))
  )

const promiseArea = <R>(runner: Runner<R>, spec: Area<Record<string, unknown>, string>): Record<string, unknown> => {
  const methods: Record<string, unknown> = {}
  for (const name of spec.operations) {
    const accessor = spec.tag[name] as (...args: ReadonlyArray<unknown>) => unknown
    const provision = spec.provisions[name]
    const method = (...given: ReadonlyArray<unknown>): unknown => {
      const site = new Error()
      Error.captureStackTrace(site, method)
      const last = given.length > 0 ? given[given.length - 1] : undefined
      const options = isCallOptions(last) ? last : undefined
      const args = options === undefined ? given : given.slice(0, -1)
      const value = accessor.apply(spec.tag, [...args])
      if (isStream(value)) {
        const stream = provision === undefined ? value : provideStream(value, provision)
        return runner.iterate(stream as Stream.Stream<unknown, unknown, R>, options, site)
      }
      const effect = value as Effect.Effect<unknown, unknown, R>
      return runner.run(provision === undefined ? effect : provision.apply(effect) as typeof effect, options, site)
    }
    methods[name] = method
  }
  return methods
}

/**
 * Builds a client over a runtime: one object per area, plus `runtime`, `ready`, `close` and
 * `[Symbol.asyncDispose]`. Every operation's context must be provided by the runtime (`R`) or the
 * area's provisions (checked at compile time).
 *
 * @example
 * ```ts
 * const client = Facade.makeClient(ManagedRuntime.make(Stax.layer.pipe(Layer.provide(base))), {
 *   stacks: Facade.area(Stacks, ["get", "create", "update", "list", "delete", "listDocuments"])
 * })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const makeClient = <R, ER, const Areas extends Record<string, Area<any, string>>>(
  runtime: ManagedRuntime.ManagedRuntime<R, ER>,
  areas: Areas & { readonly [K in keyof Areas]: [Unmet<Areas[K], R>] extends [never] ? unknown
    : Refused<"operations need services the runtime does not provide", Unmet<Areas[K], R>> }
): PromiseClient<Areas, R, ER> => {
  const runner = makeRunner(runtime)
  const client: Record<string | symbol, unknown> = {}
  for (const [name, spec] of Object.entries(areas)) client[name] = promiseArea(runner, spec)
  client["runtime"] = runtime
  client["ready"] = () => runner.run(Effect.void)
  client["close"] = runner.close
  for (const key of asyncDisposeKeys) client[key] = runner.close
  return client as PromiseClient<Areas, R, ER>
}
