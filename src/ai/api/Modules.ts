/**
 * Modules and jobs (stax-api.md §2.5): register an automation module with the developer credentials,
 * and, as the module's worker, start a pipeline job and report its result.
 *
 * Everything here comes from Stax.ai's own module SDK (`stax_module_sdk` 0.1.6/0.1.7), not from API
 * docs. The worker calls (`startJob`, `completeJob`) use the worker's credentials (`Module`, `Team`,
 * `Authorization: Bearer <moduleKey>`) from a {@link WorkerConfig} in context, read on every call;
 * `Modules.layer` itself needs only `StaxClient`.
 *
 * @example
 * ```ts
 * const worker = (jobId: string) =>
 *   Effect.gen(function*() {
 *     yield* Modules.startJob({ jobId })
 *     const count = yield* doTheWork
 *     yield* Modules.completeJob({ _tag: "Success", jobId, step, stepId, stack, count })
 *   }).pipe(Effect.provide(WorkerConfig.layerFromEnv))
 * ```
 *
 * @since 0.1.0
 */
import * as HttpBody from "@effect/platform/HttpBody"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { NonEmptyString, OpaqueObject, optional } from "../schema/fields.js"
import { ObjectId } from "../schema/ObjectId.js"
import { type CallOptions, StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../../core/StaxError.js"
import { WorkerConfig, type WorkerCredentials } from "../WorkerConfig.js"


/**
 * The kind of value a module's configuration field takes: `string`, `list`, `stack` or `file`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ModuleDataType = Schema.Literal("string", "list", "stack", "file")

/**
 * A value of a configuration field (its `default`): a string, a finite number, a boolean or a list of
 * strings. Assumption: the first-party code does not show the type; these are what the data types suggest.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ModuleConfigValue = Schema.Union(
  Schema.String,
  Schema.Number.pipe(Schema.finite()),
  Schema.Boolean,
  Schema.Array(Schema.String)
)

/**
 * One field of a module's configuration, as users fill it in when they add the module to a stack's
 * pipeline. Assumption: only `label` and `dataType` are required (the first-party example shows all six).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ModuleConfigField = Schema.Struct({
  label: NonEmptyString,
  dataType: ModuleDataType,
  required: optional(Schema.Boolean),
  default: optional(ModuleConfigValue),
  /** Help text shown next to the field. */
  hint: optional(Schema.String),
  /** The choices, for a `list` field. */
  options: optional(Schema.Array(Schema.String))
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface ModuleConfigField extends Schema.Schema.Type<typeof ModuleConfigField> {}

/**
 * Input of `Modules.create`: the body of `POST /module/create`, as in the first-party SDK.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CreateModuleInput = Schema.Struct({
  name: NonEmptyString,
  description: Schema.String,
  /** US dollars charged per unit the module reports (`count` in `completeJob`), e.g. `0.05`. */
  rate: Schema.Number.pipe(Schema.finite(), Schema.nonNegative({ message: () => "must be a non-negative amount" })),
  config: Schema.Array(ModuleConfigField)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreateModuleInput extends Schema.Schema.Type<typeof CreateModuleInput> {}

/**
 * What `POST /module/create` answers. Assumption: the response is not documented; the SDK expects the
 * new module under `module` (as every other create answers its resource) and keeps it, and any other
 * payload field, as it came.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CreateModuleResult = Schema.Struct({
  module: optional(OpaqueObject)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreateModuleResult extends Schema.Schema.Type<typeof CreateModuleResult> {}

/**
 * A job id: it goes into a URL path, so it must be a safe token (letters, digits, `_`, `-`; at most 128).
 * Stax.ai's job ids are presumably ObjectIds, which qualify.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const JobId = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z0-9_-]{1,128}$/, {
    message: () => "must be a job id (1 to 128 letters, digits, \"_\" or \"-\")"
  })
)

/**
 * Input of `Modules.startJob`: the body of `POST /job/start/`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const StartJobInput = Schema.Struct({ jobId: JobId })

/**
 * @since 0.1.0
 * @category Models
 */
export interface StartJobInput extends Schema.Schema.Type<typeof StartJobInput> {}

/**
 * The pipeline step, as the job's `request.json` gives it. Assumption: its type is not shown; a
 * non-negative whole number (the step's index) or a non-empty string is passed through.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const JobStep = Schema.Union(Schema.Int.pipe(Schema.nonNegative()), NonEmptyString)

const jobFields = {
  /** The job, from the job's `request.json`: it becomes the path `/job/complete/<jobId>`. */
  jobId: JobId,
  /** The pipeline step, from `request.json`. */
  step: JobStep,
  /** The pipeline step's id, from `request.json`. */
  stepId: NonEmptyString,
  /** The stack the document is in (`stackId` in `request.json`). */
  stack: ObjectId
}

/**
 * A job that succeeded: `count` units processed (billed at the module's `rate`).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const JobSucceeded = Schema.TaggedStruct("Success", {
  ...jobFields,
  count: Schema.Number.pipe(Schema.finite(), Schema.nonNegative({ message: () => "must be a non-negative count" }))
})

/**
 * A job that failed, with its error message and (optionally) a traceback (sent as `""` when absent,
 * as the first-party SDK always sends one).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const JobFailed = Schema.TaggedStruct("Failure", {
  ...jobFields,
  error: NonEmptyString,
  traceback: optional(Schema.String)
})

/**
 * Input of `Modules.completeJob`: a success (`{step, stepId, stack, count}` is sent) or a failure
 * (`{step, stepId, stack, error, traceback}` is sent).
 *
 * @example
 * ```ts
 * Modules.completeJob({ _tag: "Success", jobId, step, stepId, stack, count: 3 })
 * Modules.completeJob({ _tag: "Failure", jobId, step, stepId, stack, error: "no total found", traceback })
 * ```
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CompleteJobInput = Schema.Union(JobSucceeded, JobFailed)

/**
 * @since 0.1.0
 * @category Models
 */
export type CompleteJobInput = typeof CompleteJobInput.Type

/** The fields of a `completeJob` body: the encoded input without the path's `jobId`. */
type CompleteJobFields = typeof CompleteJobInput.Encoded extends infer U ? U extends unknown ? Omit<U, "jobId"> : never : never

/** The body of `POST /job/complete/<jobId>`: the input without `_tag` and `jobId`. */
const completeBody = (encoded: CompleteJobFields) => {
  if (encoded._tag === "Success") {
    const { count, stack, step, stepId } = encoded
    return { step, stepId, stack, count }
  }
  const { error, stack, step, stepId, traceback } = encoded
  return { step, stepId, stack, error, traceback: traceback ?? "" }
}

/**
 * The operations of this area.
 *
 * - `create`: `POST /module/create`, developer credentials.
 * - `startJob`: `POST /job/start/` (the trailing slash is the first-party code's), worker credentials.
 * - `completeJob`: `POST /job/complete/{jobId}`, worker credentials. The jobId is URL-encoded into the
 *   path; `StaxConfig.paths["Modules.completeJob"]` replaces the `/job/complete` part.
 *
 * @since 0.2.0
 * @category Operations
 */
export const moduleOperations = {
  create: Operation.make({
    name: "Modules.create",
    method: "POST",
    path: "/module/create",
    input: CreateModuleInput,
    output: CreateModuleResult
  }),
  startJob: Operation.make({
    name: "Modules.startJob",
    method: "POST",
    path: "/job/start/",
    input: StartJobInput,
    output: Schema.Struct({}),
    // 429 here means the job is missing, running or done, not a rate limit: never retried.
    retry: (policy) => policy.withoutStatus(429)
  }),
  completeJob: Operation.make({
    name: "Modules.completeJob",
    method: "POST",
    path: "/job/complete/{jobId}",
    input: CompleteJobInput,
    output: Schema.Struct({}),
    body: (fields: CompleteJobFields) => Effect.succeed(HttpBody.unsafeJson(completeBody(fields)))
  })
}

/**
 * The endpoints of this area.
 *
 * @deprecated Use `moduleOperations`.
 * @since 0.1.0
 * @category Endpoints
 */
export const moduleEndpoints = moduleOperations

/**
 * The headers a worker call is sent with: `Module`, `Team` and `Authorization: Bearer <moduleKey>`
 * (kept `Redacted`, so it stays out of errors and logs).
 *
 * @since 0.1.0
 * @category Helpers
 */
export const workerCallOptions = (worker: WorkerCredentials): CallOptions => ({
  credentials: {
    Module: worker.moduleId,
    Team: worker.teamId,
    Authorization: Redacted.make(`Bearer ${Redacted.value(worker.moduleKey)}`)
  }
})

/** The worker's call options, from the `WorkerConfig` in context. */
const asWorker = Effect.map(WorkerConfig, workerCallOptions)

/** The service's methods: one entry per operation. */
const modulesTable = {
  create: Service.call(moduleOperations.create),
  startJob: Service.call(moduleOperations.startJob, { result: () => undefined, options: asWorker }),
  completeJob: Service.call(moduleOperations.completeJob, { result: () => undefined, options: asWorker })
}

/**
 * The module and job operations.
 *
 * @since 0.1.0
 * @category Models
 */
export interface ModulesService {
  /**
   * Registers a module (`POST /module/create`), with the developer credentials. Answers the payload
   * loosely typed: the new module under `module`, if the API sends it there (an assumption).
   */
  readonly create: (input: CreateModuleInput) => Effect.Effect<CreateModuleResult, StaxError | InputError>
  /**
   * Marks a job started (`POST /job/start/`), as the worker in `WorkerConfig`.
   *
   * The API answers HTTP 429 when the job is missing, already running or already completed (per the
   * first-party code). That 429 is not a rate limit, so this call never retries it: it fails at once
   * with an `ApiError` of status 429.
   */
  readonly startJob: (input: StartJobInput) => Effect.Effect<void, StaxError | InputError, WorkerConfig>
  /** Reports a job's result (`POST /job/complete/<jobId>`), as the worker in `WorkerConfig`. */
  readonly completeJob: (input: CompleteJobInput) => Effect.Effect<void, StaxError | InputError, WorkerConfig>
}

/**
 * The `Modules` service. Use it as `yield* Modules` or through its accessors: `Modules.startJob(...)`.
 *
 * @since 0.1.0
 * @category Context
 */
export class Modules extends Service.Tag("stax-effect/Modules")<Modules, ModulesService>()(modulesTable) {
  /** Builds the service over the `StaxClient` in context (the worker calls read `WorkerConfig` when called). */
  static readonly make: Effect.Effect<ModulesService, never, StaxClient> = Effect.map(StaxClient, Service.methods(modulesTable))

  /** The service as a layer over `StaxClient`; the worker calls need a `WorkerConfig` where they run. */
  static readonly layer: Layer.Layer<Modules, never, StaxClient> = Layer.effect(Modules, Modules.make)
}
