/**
 * The stand-in's module and job routes (stax-api.md §2.5).
 *
 * - `POST /module/create` (developer credentials) stores a module.
 * - `POST /job/start/` and `POST /job/complete/<jobId>` take worker credentials instead: `Module`,
 *   `Team` and `Authorization: Bearer <moduleKey>` must exactly match a worker registered with
 *   {@link seedWorker}, or the call is refused like a bad developer key (`authError`).
 * - `/job/start/` answers HTTP 429 (in both failure modes, as the first-party code says) when the job
 *   is missing, belongs to another module or team, is already running or already done.
 * - `/job/complete/<jobId>` records the result on a running job: `completed` with `count`, or `failed`
 *   with `error` and `traceback`.
 *
 * The state (modules, workers, jobs) lives beside the `Model`, in this module; seed and inspect it
 * with {@link seedWorker}, {@link seedJob}, {@link jobOf} and {@link modulesOf}.
 *
 * @example
 * ```ts
 * const local = yield* StaxLocal
 * const worker = seedWorker(local.model)
 * const job = seedJob(local.model, { moduleId: worker.moduleId })
 * yield* Modules.startJob({ jobId: job._id }).pipe(Effect.provide(WorkerConfig.layer(worker)))
 * jobOf(local.model, job._id)?.status // "running"
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { Json, Model } from "../Model.js"
import { badRequest, failureBody, notFound, type Route } from "../Router.js"

/**
 * A worker's credentials as the stand-in registers them.
 *
 * @since 0.1.0
 * @category Models
 */
export interface SeededWorker {
  readonly moduleId: string
  readonly moduleKey: string
  readonly teamId: string
}

/**
 * A pipeline job as the stand-in keeps it.
 *
 * @since 0.1.0
 * @category Models
 */
export interface Job {
  readonly _id: string
  readonly module: string
  readonly team: string
  readonly document: string
  readonly stack: string
  readonly step: number
  readonly stepId: string
  status: "pending" | "running" | "completed" | "failed"
  startedAt?: string
  completedAt?: string
  /** The body `/job/complete/<jobId>` was sent with. */
  result?: Json
}

interface State {
  readonly modules: Map<string, Json>
  readonly workers: Array<SeededWorker>
  readonly jobs: Map<string, Job>
}

const states = new WeakMap<Model, State>()

const stateOf = (model: Model): State => {
  let state = states.get(model)
  if (state === undefined) {
    state = { modules: new Map(), workers: [], jobs: new Map() }
    states.set(model, state)
  }
  return state
}

/**
 * Registers a module worker's credentials (defaults: a new module id, a fixed-pattern key, the team's id).
 *
 * @since 0.1.0
 * @category Seeding
 */
export const seedWorker = (model: Model, worker: Partial<SeededWorker> = {}): SeededWorker => {
  const moduleId = worker.moduleId ?? model.nextId()
  const seeded: SeededWorker = {
    moduleId,
    moduleKey: worker.moduleKey ?? `modkey${moduleId}`,
    teamId: worker.teamId ?? model.team.id
  }
  stateOf(model).workers.push(seeded)
  return seeded
}

/**
 * Creates a pending job for a module (ids are generated unless given).
 *
 * @since 0.1.0
 * @category Seeding
 */
export const seedJob = (
  model: Model,
  fields: {
    readonly moduleId: string
    readonly teamId?: string | undefined
    readonly jobId?: string | undefined
    readonly document?: string | undefined
    readonly stack?: string | undefined
    readonly step?: number | undefined
    readonly stepId?: string | undefined
  }
): Job => {
  const job: Job = {
    _id: fields.jobId ?? model.nextId(),
    module: fields.moduleId,
    team: fields.teamId ?? model.team.id,
    document: fields.document ?? model.nextId(),
    stack: fields.stack ?? model.nextId(),
    step: fields.step ?? 0,
    stepId: fields.stepId ?? model.nextId(),
    status: "pending"
  }
  stateOf(model).jobs.set(job._id, job)
  return job
}

/**
 * A job's current state, or `undefined`.
 *
 * @since 0.1.0
 * @category Inspection
 */
export const jobOf = (model: Model, jobId: string): Job | undefined => stateOf(model).jobs.get(jobId)

/**
 * The modules created through `POST /module/create`.
 *
 * @since 0.1.0
 * @category Inspection
 */
export const modulesOf = (model: Model): ReadonlyArray<Json> => [...stateOf(model).modules.values()]

const authenticateWorker = (request: Request, model: Model): "ok" | "refused" => {
  const moduleId = request.headers.get("module")
  const teamId = request.headers.get("team")
  const authorization = request.headers.get("authorization")
  return stateOf(model).workers.some((w) =>
      w.moduleId === moduleId && w.teamId === teamId && authorization === `Bearer ${w.moduleKey}`
    )
    ? "ok"
    : "refused"
}

/** The job, when it exists and belongs to the calling worker's module and team. */
const ownJob = (request: Request, model: Model, jobId: unknown): Job | undefined => {
  if (typeof jobId !== "string") return undefined
  const job = stateOf(model).jobs.get(jobId)
  return job !== undefined && job.module === request.headers.get("module") && job.team === request.headers.get("team")
    ? job
    : undefined
}

const DATA_TYPES = new Set(["string", "list", "stack", "file"])

/**
 * @since 0.1.0
 * @category Routes
 */
export const moduleRoutes: ReadonlyArray<Route> = [
  {
    method: "POST",
    path: "/module/create",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const { config, description, name, rate } = body
        if (typeof name !== "string" || name.trim() === "") return yield* badRequest("name is required")
        if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0) {
          return yield* badRequest("rate must be a non-negative number")
        }
        if (!Array.isArray(config)) return yield* badRequest("config must be an array")
        for (const field of config as ReadonlyArray<Json>) {
          if (typeof field?.["label"] !== "string" || !DATA_TYPES.has(String(field["dataType"]))) {
            return yield* badRequest("every config field needs a label and a dataType (string, list, stack, file)")
          }
        }
        const created: Json = {
          _id: model.nextId(),
          team: model.team.id,
          name,
          description: typeof description === "string" ? description : "",
          rate,
          config,
          createdOn: model.now()
        }
        stateOf(model).modules.set(created["_id"] as string, created)
        return { module: created }
      })
  },
  {
    method: "POST",
    // The trailing slash is the first-party code's.
    path: "/job/start/",
    // Counted by hand: a 429 answer is a `Response`, which the router would count as applied.
    write: false,
    authenticate: authenticateWorker,
    handler: ({ json, model, request }) =>
      Effect.gen(function*() {
        const body = yield* json
        const job = ownJob(request, model, body["jobId"])
        if (job === undefined || job.status !== "pending") {
          return new Response(
            JSON.stringify(failureBody("The job does not exist, is already running or is already completed")),
            { status: 429, headers: { "content-type": "application/json; charset=utf-8" } }
          )
        }
        job.status = "running"
        job.startedAt = model.now()
        model.apply("POST /job/start/")
        return {}
      })
  },
  {
    method: "POST",
    path: "/job/complete",
    param: true,
    write: true,
    authenticate: authenticateWorker,
    handler: ({ json, model, param, request }) =>
      Effect.gen(function*() {
        const job = ownJob(request, model, param)
        if (job === undefined) return yield* notFound("Job not found")
        if (job.status !== "running") return yield* badRequest("The job is not running")
        const body = yield* json
        const { count, error, stack, step, stepId } = body
        if (step === undefined || typeof stepId !== "string" || typeof stack !== "string") {
          return yield* badRequest("step, stepId and stack are required")
        }
        if (typeof error === "string") {
          if (typeof body["traceback"] !== "string") return yield* badRequest("traceback must be a string")
          job.status = "failed"
        } else if (typeof count === "number") {
          job.status = "completed"
        } else {
          return yield* badRequest("count (on success) or error (on failure) is required")
        }
        job.completedAt = model.now()
        job.result = body
        return {}
      })
  }
]
