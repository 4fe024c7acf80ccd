/**
 * A service built from a table of operations: each entry says which operation a method calls and what
 * it returns of the answer; the service's methods (`methods`) and its tag's static accessors (`Tag`)
 * follow from the table, so adding an operation is one entry. Methods with client-side logic of their
 * own (uploads' files, waiters, paging) are written beside the table and named among the accessors.
 *
 * @example
 * ```ts
 * const table = {
 *   readAccounts: Service.call(accountOperations.readAccounts, { input: "optional" })
 * }
 * interface AccountsService extends Service.ShapeOf<typeof table> {}
 * class Accounts extends Service.Tag("stax-effect/cloud/Accounts")<Accounts, AccountsService>()(table) {
 *   static readonly make = Effect.map(StaxCloudClient, Service.methods(table))
 * }
 * const answer = Accounts.readAccounts({ filter: "ACTIVE" }) // Effect<..., ..., Accounts>
 * ```
 *
 * @since 0.2.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import * as Accessor from "./Accessor.js"
import type { CallOptions } from "./CallOptions.js"
import type { Operation } from "./Operation.js"
import type { InputError, StaxError } from "./StaxError.js"

/**
 * What a table's methods call: an API's pipeline (`StaxClient`, `StaxCloudClient`).
 *
 * @since 0.2.0
 * @category Models
 */
export interface Client {
  readonly call: <In, Out>(operation: Operation<In, Out>, input: In, options?: CallOptions) => Effect.Effect<Out, StaxError | InputError>
  readonly stream: <In, Out>(
    operation: Operation<In, Out>,
    input: In,
    options?: CallOptions
  ) => Stream.Stream<Uint8Array, StaxError | InputError>
}

/**
 * Whether a method answers with an `Effect` or a `Stream` (its accessor follows).
 *
 * @since 0.2.0
 * @category Models
 */
export type Kind = "effect" | "stream"

/**
 * One entry of a table: a method built over the client.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Entry<Args extends ReadonlyArray<any>, A, E, R, K extends Kind> {
  readonly kind: K
  /** The operation the method calls. */
  readonly operation: Operation<any, any>
  readonly build: (client: Client) => (...args: Args) => K extends "stream" ? Stream.Stream<A, E, R> : Effect.Effect<A, E, R>
}

/**
 * A table of operations: method name → entry.
 *
 * @since 0.2.0
 * @category Models
 */
export type Table = { readonly [name: string]: Entry<any, any, any, any, Kind> }

/**
 * The service a table gives: one method per entry.
 *
 * @since 0.2.0
 * @category Models
 */
export type ShapeOf<T extends Table> = {
  readonly [K in keyof T]: T[K] extends Entry<infer Args, infer A, infer E, infer R, infer Kd>
    ? (...args: Args) => Kd extends "stream" ? Stream.Stream<A, E, R> : Effect.Effect<A, E, R>
    : never
}

/**
 * How a method takes its input: required (`(input) =>`), optional (`(input?) =>`, `{}` when absent) or
 * none (`() =>`, the operation called with `{}`).
 *
 * @since 0.2.0
 * @category Models
 */
export type InputMode = "required" | "optional" | "none"

/** The parameters of a method taking `In` in the given mode. */
type ArgsOf<In, M extends InputMode> = M extends "none" ? [] : M extends "optional" ? [input?: In] : [input: In]

/**
 * A method calling a JSON operation: the answer, or what `result` takes of it (`(r) => r.stack`).
 * `options` gives per-call options from the context (a module worker's credentials), adding its needs.
 *
 * @example
 * ```ts
 * const table = { get: Service.call(stackOperations.get, { result: (r) => r.stack }) }
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const call = <In, Out, A = Out, R = never, const M extends InputMode = "required">(
  operation: Operation<In, Out>,
  options: {
    readonly result?: (out: Out) => A
    readonly input?: M
    readonly options?: Effect.Effect<CallOptions, never, R>
  } = {}
): Entry<ArgsOf<In, M>, A, StaxError | InputError, R, "effect"> => ({
  kind: "effect",
  operation,
  build: (client) => {
    const { result, options: callOptions } = options
    const run = callOptions === undefined
      ? (input: In) => client.call(operation, input)
      : (input: In) => Effect.flatMap(callOptions, (o) => client.call(operation, input, o))
    const answer = result === undefined ? run : (input: In) => Effect.map(run(input), result)
    return ((input: In | undefined) => answer(input ?? ({} as In))) as never
  }
})

/**
 * A method calling a download operation: the body's bytes as a `Stream`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const stream = <In, Out>(
  operation: Operation<In, Out>
): Entry<[input: In], Uint8Array, StaxError | InputError, never, "stream"> => ({
  kind: "stream",
  operation,
  build: (client) => (input) => client.stream(operation, input)
})

/**
 * The methods of a table over a client.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const methods = <T extends Table>(table: T) => (client: Client): ShapeOf<T> => {
  const out: Record<string, unknown> = {}
  for (const name of Object.keys(table)) out[name] = table[name]!.build(client)
  return out as ShapeOf<T>
}

/**
 * Names a hand-written method among the accessors of `Tag` (`{ waitUntilProcessed: Service.effect }`).
 *
 * @since 0.2.0
 * @category Accessors
 */
export const effect: { readonly kind: "effect" } = { kind: "effect" }

/**
 * Names a hand-written `Stream` method among the accessors of `Tag` (`{ searchAll: Service.streaming }`).
 *
 * @since 0.2.0
 * @category Accessors
 */
export const streaming: { readonly kind: "stream" } = { kind: "stream" }

/**
 * The static accessors of a service's methods: each calls the service in context, so `Stacks.get(...)` is
 * an `Effect` and `Documents.download(...)` a `Stream`, each needing only its service.
 *
 * @since 0.2.0
 * @category Models
 */
export type Accessors<Self, Shape, Keys extends keyof Shape> = {
  // Effect first: an `Effect` is also a `Stream`.
  readonly [K in keyof Pick<Shape, Keys>]: Shape[K] extends (...args: infer Args) => Effect.Effect<infer A, infer E, infer R>
    ? (...args: Args) => Effect.Effect<A, E, R | Self>
    : Shape[K] extends (...args: infer Args) => Stream.Stream<infer A, infer E, infer R>
      ? (...args: Args) => Stream.Stream<A, E, R | Self>
    : never
}

/**
 * A service tag (a `Context.Tag` class) with a static accessor for each method named in `accessors`: a
 * table, plus the hand-written methods (`{ ...table, waitUntilProcessed: Service.effect }`).
 *
 * @example
 * ```ts
 * class Stacks extends Service.Tag("stax-effect/Stacks")<Stacks, StacksService>()(stacksTable) {}
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const Tag = <const Id extends string>(id: Id) =>
<Self, Shape>() =>
<const A extends { readonly [K in keyof Shape]?: { readonly kind: Kind } }>(
  accessors: A & { readonly [K in Exclude<keyof A, keyof Shape>]: never }
): Context.TagClass<Self, Id, Shape> & Accessors<Self, Shape, keyof A & keyof Shape> => {
  const tag = Context.Tag(id)<Self, Shape>()
  for (const [name, { kind }] of Object.entries(accessors as Record<string, { readonly kind: Kind }>)) {
    if (name in tag) throw new Error(`Service.Tag(${id}): "${name}" is a name of the tag itself; rename the method`)
    const method = (service: Shape) => (service as Record<string, (...args: Array<any>) => any>)[name]!
    Object.defineProperty(tag, name, {
      value: kind === "stream" ? Accessor.stream(tag, method) : Accessor.effect(tag, method),
      enumerable: true
    })
  }
  return tag as never
}
