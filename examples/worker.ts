/**
 * A module worker, against the local stand-in served on 127.0.0.1: it starts its job, does trivial
 * work, and reports the result (a success with the units it processed, or the failure).
 *
 * Run it with `npx tsx examples/worker.ts`. Against the real API, give the worker
 * `WorkerConfig.layerFromEnv` (`STAX_MODULE_ID`, `STAX_MODULE_KEY`, `STAX_TEAM_ID`) and
 * `StaxConfig.layerFromEnv`, and read the job from the module's `request.json`.
 *
 * @since 0.1.0
 */
import { FetchHttpClient } from "@effect/platform"
import { Console, Effect, Layer } from "effect"
import { Modules, StaxClient, WorkerConfig } from "stax-effect"
import { jobOf, seedJob, seedWorker, StaxLocal } from "stax-effect/testing"
import { runMain } from "./runMain.js"

/**
 * What a worker is given for one job (the fields of the module's `request.json` it uses).
 *
 * @since 0.1.0
 * @category Examples
 */
export interface JobRequest {
  readonly jobId: string
  readonly stackId: string
  readonly stepId: string
  readonly step: number
  readonly config: ReadonlyArray<{ readonly label: string; readonly value: string }>
}

/** The module's work: here, count the words of its "Phrase" setting. */
const work = (request: JobRequest) =>
  Effect.gen(function*() {
    const phrase = request.config.find((c) => c.label === "Phrase")?.value
    if (phrase === undefined) return yield* Effect.fail(new Error("the Phrase setting is missing"))
    return phrase.split(/\s+/).filter((w) => w.length > 0).length
  })

/**
 * One job: start it, work, report the result. Needs `Modules` and the worker's `WorkerConfig`.
 *
 * @since 0.1.0
 * @category Examples
 */
export const runJob = (request: JobRequest) =>
  Effect.gen(function*() {
    const { jobId, stackId: stack, step, stepId } = request
    yield* Modules.startJob({ jobId })
    yield* Console.log(`job ${jobId} started`)
    const outcome = yield* Effect.either(work(request))
    if (outcome._tag === "Right") {
      yield* Modules.completeJob({ _tag: "Success", jobId, step, stepId, stack, count: outcome.right })
      yield* Console.log(`job ${jobId} completed: ${outcome.right} units`)
    } else {
      const error = outcome.left
      yield* Modules.completeJob({
        _tag: "Failure",
        jobId,
        step,
        stepId,
        stack,
        error: error.message,
        traceback: error.stack ?? ""
      })
      yield* Console.log(`job ${jobId} failed: ${error.message}`)
    }
  })

/**
 * The example: register a worker and a job on the stand-in, run the job as that worker, show what
 * the stand-in recorded. Needs `Modules` and `StaxLocal`.
 *
 * @since 0.1.0
 * @category Examples
 */
export const program = Effect.gen(function*() {
  const local = yield* StaxLocal
  const worker = seedWorker(local.model)
  const job = seedJob(local.model, { moduleId: worker.moduleId })
  const request: JobRequest = {
    jobId: job._id,
    stackId: job.stack,
    stepId: job.stepId,
    step: job.step,
    config: [{ label: "Phrase", value: "count these four words" }]
  }
  yield* runJob(request).pipe(Effect.provide(WorkerConfig.layer(worker)))
  const recorded = jobOf(local.model, job._id)
  yield* Console.log(`the API recorded: ${recorded?.status} ${JSON.stringify(recorded?.result)}`)
  return recorded
})

/**
 * `Modules` over the stand-in served on 127.0.0.1, called through real HTTP (`fetch`).
 *
 * @since 0.1.0
 * @category Examples
 */
export const MainLayer = Modules.layer.pipe(
  Layer.provideMerge(StaxClient.layer),
  Layer.provideMerge(StaxLocal.layerServer()),
  Layer.provide(FetchHttpClient.layer)
)

runMain(import.meta, program.pipe(Effect.provide(MainLayer)))
