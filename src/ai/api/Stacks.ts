/**
 * Stacks ("smart folders"): create, get by id or tag, update with a diff, list, delete, and list a
 * stack's documents.
 *
 * The docs show the paths of create, get and update only. List, delete and listDocuments use the
 * most likely paths (`GET /stack/list`, `POST /stack/delete`, `GET /stack/documents`); replace any of
 * them with `StaxConfig.Options.paths` (`"Stacks.list"`, `"Stacks.delete"`, `"Stacks.listDocuments"`),
 * the one place to change a path.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function*() {
 *   const created = yield* Stacks.create({ stackPath: "Invoices" })
 *   const again = yield* Stacks.get({ stackId: created._id })
 *   yield* Stacks.update({ stackId: created._id, stackDiff: { pinned: true } })
 *   const docs = yield* Stacks.listDocuments({ stackId: created._id })
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { NonEmptyString, optional } from "../schema/fields.js"
import { Document } from "../schema/Document.js"
import { ObjectId } from "../schema/ObjectId.js"
import { Stack, StackDiff } from "../schema/Stack.js"
import { StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../../core/StaxError.js"


/**
 * Input of `Stacks.get`: exactly one of `stackId` and `stackTag` (checked before sending).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const GetStackInput = Schema.Struct({
  stackId: optional(ObjectId),
  stackTag: optional(NonEmptyString)
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
  stackPath: NonEmptyString,
  /** A stack to copy settings from. */
  baseStack: optional(Schema.String),
  /** A stack whose sharing settings the new stack inherits. */
  inheritSharingFrom: optional(Schema.String)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreateStackInput extends Schema.Schema.Type<typeof CreateStackInput> {}

/**
 * Input of `Stacks.update`: the stack and a non-empty diff of its fields.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const UpdateStackInput = Schema.Struct({ stackId: ObjectId, stackDiff: StackDiff })

/**
 * @since 0.1.0
 * @category Models
 */
export interface UpdateStackInput extends Schema.Schema.Type<typeof UpdateStackInput> {}

/**
 * Input of `Stacks.delete` and `Stacks.listDocuments`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const StackIdInput = Schema.Struct({ stackId: ObjectId })

/**
 * @since 0.1.0
 * @category Models
 */
export interface StackIdInput extends Schema.Schema.Type<typeof StackIdInput> {}

const StackPayload = Schema.Struct({ stack: Stack })

/**
 * The operations of this area.
 *
 * @since 0.2.0
 * @category Operations
 */
export const stackOperations = {
  get: Operation.make({ name: "Stacks.get", method: "GET", path: "/stack/get", input: GetStackInput, output: StackPayload }),
  create: Operation.make({
    name: "Stacks.create",
    method: "POST",
    path: "/stack/create",
    input: CreateStackInput,
    output: StackPayload
  }),
  update: Operation.make({
    name: "Stacks.update",
    method: "POST",
    path: "/stack/update",
    input: UpdateStackInput,
    // Assumption: the response is not documented; a `stack`, when the API sends one, is decoded and returned.
    output: Schema.Struct({ stack: Schema.optionalWith(Stack, { nullable: true, exact: true }) })
  }),
  list: Operation.make({
    name: "Stacks.list",
    method: "GET",
    // Assumption: the path is not documented. Override it with StaxConfig `paths: { "Stacks.list": ... }`.
    path: "/stack/list",
    input: Schema.Struct({}),
    // Assumption: the response is not documented; `stacks` follows the API's plural keys (`accounts`, ...).
    output: Schema.Struct({ stacks: Schema.Array(Stack) })
  }),
  delete: Operation.make({
    name: "Stacks.delete",
    method: "POST",
    // Assumption: the path is not documented. Override it with StaxConfig `paths: { "Stacks.delete": ... }`.
    path: "/stack/delete",
    input: StackIdInput,
    output: Schema.Struct({})
  }),
  listDocuments: Operation.make({
    name: "Stacks.listDocuments",
    method: "GET",
    // Assumption: the path is not documented.
    // Override it with StaxConfig `paths: { "Stacks.listDocuments": ... }`.
    path: "/stack/documents",
    input: StackIdInput,
    // Assumption: the response is not documented; `docs` is the plural of the API's `doc` key.
    output: Schema.Struct({ docs: Schema.Array(Document) })
  })
}

/**
 * The endpoints of this area.
 *
 * @deprecated Use `stackOperations`.
 * @since 0.1.0
 * @category Endpoints
 */
export const stackEndpoints = stackOperations

/** The service's methods: one entry per operation. */
const stacksTable = {
  get: Service.call(stackOperations.get, { result: (r) => r.stack }),
  create: Service.call(stackOperations.create, { result: (r) => r.stack }),
  update: Service.call(stackOperations.update, { result: (r) => r.stack }),
  list: Service.call(stackOperations.list, { result: (r) => r.stacks, input: "none" }),
  delete: Service.call(stackOperations.delete, { result: () => undefined }),
  listDocuments: Service.call(stackOperations.listDocuments, { result: (r) => r.docs })
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
  /**
   * Changes the fields in `stackDiff` (`POST /stack/update`, `{ stackId, stackDiff }`). An empty diff
   * is an `InputError` naming `stackDiff`; nothing is sent.
   *
   * Assumption: the response is not documented (probably `{success, stack}`). The SDK returns the
   * updated stack when the API sends one and `undefined` when it does not, like `Documents.update`;
   * it does not fetch the stack again behind your back. Call `get` when you need it.
   */
  readonly update: (input: UpdateStackInput) => Effect.Effect<Stack | undefined, StaxError | InputError>
  /**
   * Lists the team's stacks. Assumption: `GET /stack/list` without parameters, answering
   * `{success, stacks: Stack[]}` (neither is documented; override the path with StaxConfig
   * `paths: { "Stacks.list": "/..." }`). No pagination is documented: the SDK sends none and returns
   * the array as the API gives it.
   */
  readonly list: () => Effect.Effect<ReadonlyArray<Stack>, StaxError | InputError>
  /**
   * Deletes a stack. Assumption: `POST /stack/delete` with `{ stackId }`, answering `{success}` (the
   * API knows only GET and POST; neither path nor answer is documented; override the path with
   * StaxConfig `paths: { "Stacks.delete": "/..." }`). What happens to the stack's documents is not
   * documented either.
   */
  readonly delete: (input: StackIdInput) => Effect.Effect<void, StaxError | InputError>
  /**
   * Lists one stack's documents. Assumption: `GET /stack/documents?stackId=...`, answering
   * `{success, docs: Document[]}` (neither is documented; override the path with StaxConfig
   * `paths: { "Stacks.listDocuments": "/..." }`). No pagination is documented: the SDK sends no
   * paging parameters and returns the array as the API gives it.
   */
  readonly listDocuments: (input: StackIdInput) => Effect.Effect<ReadonlyArray<Document>, StaxError | InputError>
}

/**
 * The `Stacks` service. Use it as `yield* Stacks` or through its accessors: `Stacks.get(...)`.
 *
 * @since 0.1.0
 * @category Context
 */
export class Stacks extends Service.Tag("stax-effect/Stacks")<Stacks, StacksService>()(stacksTable) {
  /** Builds the service over the `StaxClient` in context. */
  static readonly make: Effect.Effect<StacksService, never, StaxClient> = Effect.map(StaxClient, Service.methods(stacksTable))

  /** The service as a layer over `StaxClient`. */
  static readonly layer: Layer.Layer<Stacks, never, StaxClient> = Layer.effect(Stacks, Stacks.make)
}
