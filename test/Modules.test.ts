import { assert, describe, expect, it } from "@effect/vitest"
import { ConfigError, ConfigProvider, Effect, Exit, Layer, Redacted } from "effect"
import { Fault, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"
import * as WorkerExample from "../examples/worker.js"
import { type CompleteJobInput, Modules } from "../src/ai/api/Modules.js"
import { RetryPolicy } from "../src/core/RetryPolicy.js"
import { StaxClient } from "../src/ai/StaxClient.js"
import { jobOf, modulesOf, type SeededWorker, seedJob, seedWorker } from "../src/testing/ai/routes/modules.js"
import { WorkerConfig } from "../src/ai/WorkerConfig.js"

const layer = (options: StaxLocalOptions = {}) =>
  Modules.layer.pipe(Layer.provideMerge(StaxClient.layer), Layer.provideMerge(StaxLocal.layer(options)))

const asWorker = (worker: Partial<SeededWorker> & { readonly moduleKey: string }, base: SeededWorker) =>
  Effect.provide(WorkerConfig.layer({ ...base, ...worker }))

/** A registered worker with a pending job, on the stand-in in context. */
const setup = Effect.gen(function*() {
  const local = yield* StaxLocal
  const worker = seedWorker(local.model)
  const job = seedJob(local.model, { moduleId: worker.moduleId, step: 2 })
  return { local, worker, job, run: Effect.provide(WorkerConfig.layer(worker)) }
})

const jobRequests = (local: StaxLocal["Type"], prefix: string) =>
  local.model.requests.filter((r) => r.route.startsWith(prefix))

describe("Modules.create", () => {
  const input = {
    name: "Word counter",
    description: "Counts words",
    rate: 0.05,
    config: [
      { label: "Phrase", dataType: "string", required: true, default: "", hint: "What to count" },
      { label: "Mode", dataType: "list", required: false, options: ["fast", "slow"], default: "fast" }
    ]
  } as const

  it.effect("registers a module with the developer credentials and answers it loosely typed", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const result = yield* Modules.create(input)
      const stored = modulesOf(local.model)
      expect(stored.length).toBe(1)
      expect(result.module?.["_id"]).toBe(stored[0]?.["_id"])
      expect(result.module?.["rate"]).toBe(0.05)
      expect(result.module?.["config"]).toEqual(input.config)
      // Fields the SDK does not know are kept.
      expect(typeof result.module?.["createdOn"]).toBe("string")
      const [request] = local.model.requests
      expect(request?.route).toBe("POST /module/create")
      expect(request?.headerNames).toContain("email")
      expect(request?.headerNames).not.toContain("module")
    }).pipe(Effect.provide(layer())))

  it.effect("refused developer credentials are an AuthError", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const error = yield* Effect.flip(Modules.create(input))
      assert(error._tag === "AuthError")
      expect(modulesOf(local.model).length).toBe(0)
    }).pipe(Effect.provide(layer({ clientCredentials: { apiKey: "wrongkey" } }))))

  it.effect("a refused create is an ApiError, on HTTP 200 and on 400", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.faults.add(Fault.status("POST /module/create", 200))
      const legacy = yield* Effect.flip(Modules.create(input))
      assert(legacy._tag === "ApiError")
      expect(legacy.status).toBe(200)
      local.faults.add(Fault.status("POST /module/create", 400))
      const http = yield* Effect.flip(Modules.create(input))
      assert(http._tag === "ApiError")
      expect(http.status).toBe(400)
      expect(modulesOf(local.model).length).toBe(0)
    }).pipe(Effect.provide(layer())))

  it.effect("rejects bad input before sending anything, naming the field", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const cases: ReadonlyArray<readonly [unknown, string]> = [
        [{ ...input, name: "" }, "name"],
        [{ ...input, rate: -1 }, "rate"],
        [{ ...input, rate: Number.POSITIVE_INFINITY }, "rate"],
        [{ ...input, config: [{ label: "x", dataType: "number" }] }, "config.0.dataType"],
        [{ ...input, config: [{ label: "x", dataType: "list", options: [1] }] }, "config.0.options.0"],
        [{ ...input, extra: true }, "extra"]
      ]
      for (const [bad, field] of cases) {
        const error = yield* Effect.flip(Modules.create(bad as never))
        assert(error._tag === "InputError", JSON.stringify(bad))
        expect(error.field).toBe(field)
      }
      expect(local.model.requests.length).toBe(0)
    }).pipe(Effect.provide(layer())))
})

describe("Modules.startJob", () => {
  it.effect("starts a job with the worker's Module, Team and Authorization headers only", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      yield* Modules.startJob({ jobId: job._id }).pipe(run)
      expect(jobOf(local.model, job._id)?.status).toBe("running")
      expect(local.model.appliedCount("POST /job/start/")).toBe(1)
      const [request] = jobRequests(local, "POST /job/start/")
      // The stand-in accepts only the exact registered values; the developer's Email is not sent.
      expect(request?.authenticated).toBe(true)
      expect(request?.headerNames).toEqual(expect.arrayContaining(["module", "team", "authorization"]))
      expect(request?.headerNames).not.toContain("email")
    }).pipe(Effect.provide(layer())))

  it.effect("a wrong module key, module or team is an AuthError (HTTP 200 and 401), the key kept out of it", () =>
    Effect.gen(function*() {
      const { job, local, worker } = yield* setup
      const wrongKey = "not-the-module-key-123"
      const legacy = yield* Effect.flip(Modules.startJob({ jobId: job._id }).pipe(asWorker({ moduleKey: wrongKey }, worker)))
      assert(legacy._tag === "AuthError")
      expect(legacy.status).toBe(200)
      expect(JSON.stringify(legacy)).not.toContain(wrongKey)
      local.settings.failureStatus = "http"
      const http = yield* Effect.flip(Modules.startJob({ jobId: job._id }).pipe(asWorker({ moduleKey: wrongKey }, worker)))
      assert(http._tag === "AuthError")
      expect(http.status).toBe(401)
      const otherTeam = yield* Effect.flip(
        Modules.startJob({ jobId: job._id }).pipe(asWorker({ moduleKey: worker.moduleKey, teamId: "65a1f0c2eeeeeeeeeeeeeeee" }, worker))
      )
      assert(otherTeam._tag === "AuthError")
      const otherModule = yield* Effect.flip(
        Modules.startJob({ jobId: job._id }).pipe(asWorker({ moduleKey: worker.moduleKey, moduleId: "65a1f0c2dddddddddddddddd" }, worker))
      )
      assert(otherModule._tag === "AuthError")
      expect(jobOf(local.model, job._id)?.status).toBe("pending")
    }).pipe(Effect.provide(layer())))

  it.effect("starting a running job is an ApiError 429 at once, not retried as a rate limit", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      yield* Modules.startJob({ jobId: job._id }).pipe(run)
      const error = yield* Effect.flip(Modules.startJob({ jobId: job._id }).pipe(run))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(429)
      expect(error.message).toContain("already running")
      // The default policy retries 429 elsewhere; here it means "running", so one request only.
      expect(RetryPolicy.default.unprocessedStatusCodes).toContain(429)
      expect(jobRequests(local, "POST /job/start/").length).toBe(2)
      expect(local.model.appliedCount("POST /job/start/")).toBe(1)
      expect(jobOf(local.model, job._id)?.status).toBe("running")
    }).pipe(Effect.provide(layer())))

  it.effect("with retries off, a missing or completed job fails with ApiError 429 at once", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      const missing = yield* Effect.flip(Modules.startJob({ jobId: "65a1f0c2cccccccccccccccc" }).pipe(run))
      assert(missing._tag === "ApiError")
      expect(missing.status).toBe(429)
      yield* Modules.startJob({ jobId: job._id }).pipe(run)
      yield* Modules.completeJob({ _tag: "Success", jobId: job._id, step: 2, stepId: job.stepId, stack: job.stack, count: 1 })
        .pipe(run)
      const done = yield* Effect.flip(Modules.startJob({ jobId: job._id }).pipe(run))
      assert(done._tag === "ApiError")
      expect(done.status).toBe(429)
      expect(jobRequests(local, "POST /job/start/").length).toBe(3)
      expect(jobOf(local.model, job._id)?.status).toBe("completed")
    }).pipe(Effect.provide(layer({ client: { retry: RetryPolicy.none } }))))

  it.effect("rejects a bad job id before sending anything", () =>
    Effect.gen(function*() {
      const { local, run } = yield* setup
      for (const jobId of ["", "../module/create", "a b", "x".repeat(129)]) {
        const error = yield* Effect.flip(Modules.startJob({ jobId }).pipe(run))
        assert(error._tag === "InputError")
        expect(error.field).toBe("jobId")
      }
      expect(local.model.requests.length).toBe(0)
    }).pipe(Effect.provide(layer())))
})

describe("Modules.completeJob", () => {
  it.effect("reports a success as {step, stepId, stack, count} to /job/complete/<jobId>", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      yield* Modules.startJob({ jobId: job._id }).pipe(run)
      yield* Modules.completeJob({ _tag: "Success", jobId: job._id, step: 2, stepId: job.stepId, stack: job.stack, count: 7 })
        .pipe(run)
      const recorded = jobOf(local.model, job._id)
      expect(recorded?.status).toBe("completed")
      expect(recorded?.result).toEqual({ step: 2, stepId: job.stepId, stack: job.stack, count: 7 })
      const [request] = jobRequests(local, "POST /job/complete/")
      expect(request?.route).toBe(`POST /job/complete/${job._id}`)
      expect(request?.authenticated).toBe(true)
      expect(request?.headerNames).not.toContain("email")
      expect(local.model.appliedCount(`POST /job/complete/${job._id}`)).toBe(1)
    }).pipe(Effect.provide(layer())))

  it.effect("reports a failure as {step, stepId, stack, error, traceback}", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      yield* Modules.startJob({ jobId: job._id }).pipe(run)
      yield* Modules.completeJob({
        _tag: "Failure",
        jobId: job._id,
        step: 2,
        stepId: job.stepId,
        stack: job.stack,
        error: "Automate module worker was stopped. This job should be retried shortly.",
        traceback: "Traceback (most recent call last): ..."
      }).pipe(run)
      const recorded = jobOf(local.model, job._id)
      expect(recorded?.status).toBe("failed")
      expect(recorded?.result).toEqual({
        step: 2,
        stepId: job.stepId,
        stack: job.stack,
        error: "Automate module worker was stopped. This job should be retried shortly.",
        traceback: "Traceback (most recent call last): ..."
      })
    }).pipe(Effect.provide(layer())))

  it.effect("sends an empty traceback when none is given", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      yield* Modules.startJob({ jobId: job._id }).pipe(run)
      yield* Modules.completeJob({ _tag: "Failure", jobId: job._id, step: 2, stepId: job.stepId, stack: job.stack, error: "boom" })
        .pipe(run)
      expect(jobOf(local.model, job._id)?.result?.["traceback"]).toBe("")
    }).pipe(Effect.provide(layer())))

  it.effect("a wrong module key is an AuthError and records nothing", () =>
    Effect.gen(function*() {
      const { job, local, run, worker } = yield* setup
      yield* Modules.startJob({ jobId: job._id }).pipe(run)
      const error = yield* Effect.flip(
        Modules.completeJob({ _tag: "Success", jobId: job._id, step: 2, stepId: job.stepId, stack: job.stack, count: 1 })
          .pipe(asWorker({ moduleKey: "wrong-key" }, worker))
      )
      assert(error._tag === "AuthError")
      expect(jobOf(local.model, job._id)?.status).toBe("running")
    }).pipe(Effect.provide(layer())))

  it.effect("completing a missing or not-running job is an ApiError (HTTP 200; 404/400 in http mode)", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      const complete = (jobId: string) =>
        Effect.flip(
          Modules.completeJob({ _tag: "Success", jobId, step: 2, stepId: job.stepId, stack: job.stack, count: 1 }).pipe(run)
        )
      const notRunning = yield* complete(job._id)
      assert(notRunning._tag === "ApiError")
      expect(notRunning.status).toBe(200)
      local.settings.failureStatus = "http"
      const missing = yield* complete("65a1f0c2cccccccccccccccc")
      assert(missing._tag === "ApiError")
      expect(missing.status).toBe(404)
      const pending = yield* complete(job._id)
      assert(pending._tag === "ApiError")
      expect(pending.status).toBe(400)
      expect(jobOf(local.model, job._id)?.status).toBe("pending")
    }).pipe(Effect.provide(layer())))

  it.effect("rejects bad input before sending anything, naming the field", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      const base = { _tag: "Success", jobId: job._id, step: 2, stepId: job.stepId, stack: job.stack, count: 1 }
      const failure = { _tag: "Failure", jobId: job._id, step: 2, stepId: job.stepId, stack: job.stack, error: "x" }
      const cases: ReadonlyArray<readonly [unknown, string]> = [
        [{ ...base, jobId: "a/b" }, "jobId"],
        [{ ...base, jobId: "%2e%2e" }, "jobId"],
        [{ ...base, count: -1 }, "count"],
        [{ ...base, stack: "not-an-id" }, "stack"],
        [{ ...base, stepId: "" }, "stepId"],
        [{ ...failure, error: "" }, "error"],
        [{ ...failure, traceback: 3 }, "traceback"],
        [{ ...failure, count: 1 }, "count"],
        [{ ...base, error: "x" }, "error"]
      ]
      for (const [bad, field] of cases) {
        const error = yield* Effect.flip(Modules.completeJob(bad as CompleteJobInput).pipe(run))
        assert(error._tag === "InputError", JSON.stringify(bad))
        expect(error.field).toBe(field)
      }
      const untagged = yield* Effect.flip(Modules.completeJob({ ...base, _tag: "Done" } as never).pipe(run))
      assert(untagged._tag === "InputError")
      expect(local.model.requests.length).toBe(0)
    }).pipe(Effect.provide(layer())))

  it.effect("StaxConfig.paths replaces the /job/complete part of the path, keeping the job id", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      const error = yield* Effect.flip(
        Modules.completeJob({ _tag: "Success", jobId: job._id, step: 2, stepId: job.stepId, stack: job.stack, count: 1 })
          .pipe(run)
      )
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
      expect(local.model.requests.map((r) => r.route)).toEqual([`POST /v2/job/complete/${job._id}`])
    }).pipe(Effect.provide(layer({ client: { paths: { "Modules.completeJob": "/v2/job/complete" } } }))))
})

describe("WorkerConfig", () => {
  const valid = { moduleId: "65a1f0c2aaaaaaaaaaaaaaaa", moduleKey: "secret-module-key", teamId: "65a1f0c2bbbbbbbbbbbbbbbb" }

  it.effect("keeps the module key Redacted", () =>
    Effect.gen(function*() {
      const worker = yield* WorkerConfig.make(valid)
      assert(Redacted.isRedacted(worker.moduleKey))
      expect(Redacted.value(worker.moduleKey)).toBe("secret-module-key")
      expect(String(worker.moduleKey)).not.toContain("secret")
    }))

  it.effect("refuses CR/LF in a field with a ConfigError naming it, without the key's value", () =>
    Effect.gen(function*() {
      for (const field of ["moduleId", "moduleKey", "teamId"] as const) {
        const error = yield* Effect.flip(WorkerConfig.make({ ...valid, [field]: `${valid[field]}\r\nX-Evil: 1` }))
        assert(ConfigError.isConfigError(error))
        expect(String(error)).toContain(field)
        expect(String(error)).not.toContain("secret-module-key")
      }
      const empty = yield* Effect.flip(WorkerConfig.make({ ...valid, moduleKey: Redacted.make("") }))
      expect(String(empty)).toContain("moduleKey")
    }))

  it.effect("reads STAX_MODULE_ID, STAX_MODULE_KEY and STAX_TEAM_ID from the environment", () =>
    Effect.gen(function*() {
      const worker = yield* WorkerConfig
      expect(worker.moduleId).toBe(valid.moduleId)
      expect(worker.teamId).toBe(valid.teamId)
      expect(Redacted.value(worker.moduleKey)).toBe(valid.moduleKey)
    }).pipe(
      Effect.provide(WorkerConfig.layerFromEnv),
      Effect.withConfigProvider(ConfigProvider.fromMap(
        new Map([["STAX_MODULE_ID", valid.moduleId], ["STAX_MODULE_KEY", valid.moduleKey], ["STAX_TEAM_ID", valid.teamId]])
      ))
    ))

  it.effect("a CR/LF or missing environment variable is a ConfigError naming it", () =>
    Effect.gen(function*() {
      const read = (entries: ReadonlyArray<readonly [string, string]>) =>
        Effect.flip(
          Effect.withConfigProvider(
            Effect.flatMap(WorkerConfig.fromEnv, WorkerConfig.make),
            ConfigProvider.fromMap(new Map(entries))
          )
        )
      const crlf = yield* read([["STAX_MODULE_ID", valid.moduleId], ["STAX_MODULE_KEY", "key\r\n"], ["STAX_TEAM_ID", valid.teamId]])
      expect(String(crlf)).toContain("STAX_MODULE_KEY")
      const team = yield* read([["STAX_MODULE_ID", valid.moduleId], ["STAX_MODULE_KEY", "k"], ["STAX_TEAM_ID", "t\nx"]])
      expect(String(team)).toContain("STAX_TEAM_ID")
      const missing = yield* read([["STAX_MODULE_ID", valid.moduleId], ["STAX_TEAM_ID", valid.teamId]])
      expect(String(missing)).toContain("STAX_MODULE_KEY")
    }))
})

describe("examples/worker.ts", () => {
  it.effect("runs against the in-memory stand-in", () =>
    Effect.gen(function*() {
      const recorded = yield* WorkerExample.program
      expect(recorded?.status).toBe("completed")
      expect(recorded?.result?.["count"]).toBe(4)
    }).pipe(Effect.provide(layer())))

  it.effect("reports a failed job", () =>
    Effect.gen(function*() {
      const { job, local, run } = yield* setup
      const exit = yield* Effect.exit(
        WorkerExample.runJob({ jobId: job._id, stackId: job.stack, stepId: job.stepId, step: job.step, config: [] }).pipe(run)
      )
      assert(Exit.isSuccess(exit))
      const recorded = jobOf(local.model, job._id)
      expect(recorded?.status).toBe("failed")
      expect(recorded?.result?.["error"]).toBe("the Phrase setting is missing")
    }).pipe(Effect.provide(layer())))
})
