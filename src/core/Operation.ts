/**
 * An API operation as data: everything the request core needs to call it, for both APIs (Stax.ai and
 * Stax cloud). `OperationEncoder` turns an operation's input into a plain request; `Service` builds a
 * service from a table of operations.
 *
 * @example
 * ```ts
 * const readAccounts = Operation.make({
 *   name: "Accounts.readAccounts",
 *   method: "GET",
 *   path: ["/accounts/{account_id}", "/accounts"],
 *   input: ReadAccountsInput,
 *   output: ReadAccountsOutput
 * })
 * ```
 *
 * @since 0.2.0
 */
import type * as HttpBody from "@effect/platform/HttpBody"
import type * as Effect from "effect/Effect"
import type * as Schema from "effect/Schema"
import type { RetryPolicy } from "./RetryPolicy.js"
import type { InputError } from "./StaxError.js"

/**
 * The HTTP methods an operation may use: GET and DELETE send the input as the query, POST and PUT as
 * the body.
 *
 * @since 0.2.0
 * @category Models
 */
export type Method = "GET" | "POST" | "PUT" | "DELETE"

/**
 * An explicit choice among path variants: the encoded input's field `by` names the variant (that field
 * is never sent), `paths` maps each of its values to a template.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Variants {
  readonly by: string
  readonly paths: Readonly<Record<string, string>>
}

/**
 * Where an operation is: one path template (`/stack/get`, `/accounts/{account_id}`), several variants
 * (the first whose parameters are all in the input, most parameters first), or an explicit `Variants`.
 *
 * @since 0.2.0
 * @category Models
 */
export type PathSpec = string | ReadonlyArray<string> | Variants

/**
 * Builds a non-JSON body (a multipart upload) from the fields the body carries (the encoded input
 * without its path parameters). A body that is a one-shot `Stream` turns retries off for the call,
 * except for connections that never opened.
 *
 * @since 0.2.0
 * @category Models
 */
export type BodyBuilder = (fields: any) => Effect.Effect<HttpBody.HttpBody, InputError>

/**
 * A declared API operation.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Operation<In, Out> {
  /** `<Area>.<operation>` (`Stacks.get`): named in errors, logs, the span and `StaxConfig` `paths`. */
  readonly name: string
  /** GET and DELETE inputs become the query; POST and PUT inputs the JSON body. */
  readonly method: Method
  /**
   * The path template(s) below the base URL. Parameters (`{account_id}`) are fields of the encoded input,
   * URL-encoded into the path and left out of the query and body.
   */
  readonly path: PathSpec
  /** Validates the caller's input (strictly: unknown fields refused) and encodes it to the API's names. */
  readonly input: Schema.Schema<In, any>
  /** Decodes the success body. */
  readonly output: Schema.Schema<Out, any>
  /** A builder for a non-JSON body (multipart uploads); absent: POST and PUT send JSON. */
  readonly body?: BodyBuilder | undefined
  /**
   * Adjusts the configured retry policy for this operation, where a status means something else than
   * usual (the worker's `/job/start/` answers 429 for a job that is missing, running or done).
   */
  readonly retry?: ((policy: RetryPolicy) => RetryPolicy) | undefined
  /**
   * Statuses besides 2xx whose answer is this operation's normal answer, decoded with `output` rather than
   * read as a failure (`public.CheckAlias` answers 409 with its usual body when the alias is taken).
   */
  readonly acceptStatuses?: ReadonlyArray<number> | undefined
}

/**
 * The parameter names of a path template, as a union of string literals.
 *
 * @since 0.2.0
 * @category Type-level
 */
export type ParametersOf<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? P | ParametersOf<Rest>
  : never

/** Every key of any member of a union. */
type KeyOf<I> = I extends unknown ? keyof I & string : never

/** A template whose parameters are all fields of `I`, else a message naming the unknown ones. */
type CheckedTemplate<T extends string, I> = [Exclude<ParametersOf<T>, KeyOf<I>>] extends [never] ? T
  : `unknown path parameter: ${Exclude<ParametersOf<T>, KeyOf<I>>}`

/** The values of the variant field `K` over the members of `I`. */
type VariantValue<I, K extends string> = I extends unknown ? K extends keyof I ? I[K] & string : never : never

/** The member of `I` whose field `K` is `V`. */
type VariantOf<I, K extends string, V> = I extends { readonly [k in K]: infer W } ? V extends W ? I : never : never

/**
 * A path spec checked against the encoded input `I`: a template's parameters must be fields of `I`;
 * explicit variants must name each value of `I[by]` once, each template's parameters fields of its member.
 *
 * @since 0.2.0
 * @category Type-level
 */
export type CheckedPath<P, I> = P extends string ? CheckedTemplate<P, I>
  : P extends ReadonlyArray<string> ? { readonly [K in keyof P]: P[K] extends string ? CheckedTemplate<P[K], I> : never }
  : P extends { readonly by: infer K extends KeyOf<I>; readonly paths: infer M } ? {
      readonly by: K
      readonly paths:
        & {
          readonly [V in VariantValue<I, K>]: V extends keyof M ? M[V] extends string ? CheckedTemplate<M[V], VariantOf<I, K, V>>
            : never
            : string
        }
        & { readonly [V in Exclude<keyof M, VariantValue<I, K>>]: `not a value of the variant field: ${V & string}` }
    }
  : PathSpec

/**
 * Declares an operation. The path is checked against the input schema's encoded type: an unknown path
 * parameter, or an explicit variant that does not match the input's union, is a compile error.
 *
 * @example
 * ```ts
 * const readVpcs = Operation.make({
 *   name: "Networking.readVpcs",
 *   method: "GET",
 *   // the input is a union tagged by `variant`: { variant: "hub", hub_id } | { variant: "vpc", vpc_id }
 *   path: { by: "variant", paths: { hub: "/networking/hubs/{hub_id}/vpcs", vpc: "/networking/vpcs/{vpc_id}" } },
 *   input: ReadVpcsInput,
 *   output: ReadVpcsOutput
 * })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = <In, I, Out, const P extends PathSpec>(operation: {
  readonly name: string
  readonly method: Method
  readonly path: P & CheckedPath<P, I>
  readonly input: Schema.Schema<In, I>
  readonly output: Schema.Schema<Out, any>
  readonly body?: BodyBuilder | undefined
  readonly retry?: ((policy: RetryPolicy) => RetryPolicy) | undefined
  readonly acceptStatuses?: ReadonlyArray<number> | undefined
}): Operation<In, Out> => operation

/**
 * The templates of a path spec, in the order they are tried.
 *
 * @since 0.2.0
 * @category Getters
 */
export const templatesOf = (path: PathSpec): ReadonlyArray<string> =>
  typeof path === "string" ? [path] : isVariants(path) ? Object.values(path.paths) : path

/**
 * Whether a path spec is an explicit choice of variants.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isVariants = (path: PathSpec): path is Variants => typeof path === "object" && !Array.isArray(path)
