/**
 * Stacks ("smart folders"): create, get by id or tag.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function*() {
 *   const created = yield* Stacks.create({ stackPath: "Invoices" })
 *   const again = yield* Stacks.get({ stackId: created._id })
 * })
 * ```
 *
 * @since 0.1.0
 */
import { Effect, Layer, Schema } from "effect"
import { ObjectId } from "../schema/ObjectId.js"
import { Stack } from "../schema/Stack.js"
import { StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../StaxError.js"

const exact = <S extends Schema.Schema.Any>(schema: S) => Schema.optionalWith(schema, { exact: true })
const NonEmpty = Schema.String.pipe(Schema.minLength(1, { message: () => "must not be empty" }))

/**
 * Input of `Stacks.get`: exactly one of `stackId` and `stackTag` (checked before sending).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const GetStackInput = Schema.Struct({
  stackId: exact(ObjectId),
  stackTag: exact(NonEmpty)
}).pipe(
  Schema.filter((input) =>
    (input.stackId === undefined) === (input.stackTag === undefined)
      ? { path: [input.stackId === undefined ? "stackId" : "stackTag"], message: "give exactly one of stackId and stackTag" }
      : undefined
  )
)

/**
 * @since 0.1.0
 * @category Models
 */
export type GetStackInput = { readonly stackId: string } | { readonly stackTag: string }

/**
 * Input of `Stacks.create`. `stackPath` is the new stack's path (its name, with `/` for nesting).
 * The docs do not show which fields are required; the SDK requires `stackPath` (an assumption).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CreateStackInput = Schema.Struct({
  stackPath: NonEmpty,
  /** A stack to copy settings from. */
  baseStack: exact(Schema.String),
  /** A stack whose sharing settings the new stack inherits. */
  inheritSharingFrom: exact(Schema.String)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreateStackInput extends Schema.Schema.Type<typeof CreateStackInput> {}

const StackPayload = Schema.Struct({ stack: Stack })

/**
 * The endpoints of this area, as declared for the pipeline.
 *
 * @since 0.1.0
 * @category Endpoints
 */
export const endpoints = {
  get: StaxClient.endpoint({ name: "Stacks.get", method: "GET", path: "/stack/get", input: GetStackInput, output: StackPayload }),
  create: StaxClient.endpoint({
    name: "Stacks.create",
    method: "POST",
    path: "/stack/create",
    input: CreateStackInput,
    output: StackPayload
  })
}

/**
 * The stack operations.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StacksService {
  /**
   * Gets a stack by id or by tag (`GET /stack/get`). A missing stack is an `ApiError` (404, or
   * `success: false` on 200).
   */
  readonly get: (input: GetStackInput) => Effect.Effect<Stack, StaxError | InputError>
  /** Creates a stack (`POST /stack/create`). */
  readonly create: (input: CreateStackInput) => Effect.Effect<Stack, StaxError | InputError>
}

/**
 * The `Stacks` service. Use it as `yield* Stacks` or through its accessors: `Stacks.get(...)`.
 *
 * @since 0.1.0
 * @category Context
 */
export class Stacks extends Effect.Tag("stax-effect/Stacks")<Stacks, StacksService>() {
  /** Builds the service over the `StaxClient` in context. */
  static readonly make: Effect.Effect<StacksService, never, StaxClient> = Effect.gen(function*() {
    const client = yield* StaxClient
    return {
      get: (input) => Effect.map(client.call(endpoints.get, input), (r) => r.stack),
      create: (input) => Effect.map(client.call(endpoints.create, input), (r) => r.stack)
    }
  })

  /** The service as a layer over `StaxClient`. */
  static readonly layer: Layer.Layer<Stacks, never, StaxClient> = Layer.effect(Stacks, Stacks.make)
}
