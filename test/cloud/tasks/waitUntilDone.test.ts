/**
 * `Tasks.waitUntilDone` through the real client (login, SigV4) in virtual time: ReadTask answered from a
 * script, the schedule's sleeps passed one by one on the TestClock.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Exit, Redacted, Schedule } from "effect"
import { ApiError, InputError, RetryPolicy, TaskFailed, TaskTimeout } from "stax-effect/cloud"
import { withTaskId } from "../../../src/cloud/tasks/taskId.js"
import { ended, passSleep, type ReadTaskOutput, type Scripted, scriptedTasks, TaskNetwork, Tasks } from "./fixtures.js"

const running: Scripted = { body: { Status: "RUNNING", Logs: ["Deploying stack"] } }
const done: Scripted = { body: { Status: "SUCCEEDED", Logs: ["Deploying stack", "Done"], Accounts: ["a-1"] } }

/** The wait's ReadTask request times, relative to the first. */
const offsets = (requests: ReadonlyArray<{ readonly at: number }>) => requests.map((r) => r.at - requests[0]!.at)

/** The error a failed fiber ended with. */
const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  assert(Exit.isFailure(exit), "the wait should have failed")
  const failure = exit.cause._tag === "Fail" ? exit.cause.error : undefined
  assert(failure !== undefined, `expected a typed failure, got ${String(exit.cause)}`)
  return failure
}

describe("Tasks.waitUntilDone", () => {
  it.effect("polls ReadTask on the default schedule (1, 2, 4, 8, 16, then 30 s) until SUCCEEDED, and returns the final task", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-1"))
      for (const delay of [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]) yield* passSleep(delay)
      const task: ReadTaskOutput = yield* Effect.flatten(ended(fiber))
      expect(task.Status).toBe("SUCCEEDED")
      expect(task.Accounts).toEqual(["a-1"])
      expect(offsets(network.requests)).toEqual([0, 1_000, 3_000, 7_000, 15_000, 31_000, 61_000, 91_000])
      expect(network.requests.every((r) => r.signed)).toBe(true)
      expect(network.requests.every((r) => r.path === "/20190206/task/task-1")).toBe(true)
    }).pipe(Effect.provide(scriptedTasks([running, running, running, running, running, running, running, done]))))

  it.effect("returns at once when the first answer is final, and sends the task id URL-encoded", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const task = yield* Tasks.waitUntilDone("a/b?c")
      expect(task.Status).toBe("SUCCEEDED")
      expect(network.requests.map((r) => r.path)).toEqual(["/20190206/task/a%2Fb%3Fc"])
    }).pipe(Effect.provide(scriptedTasks([done]))))

  it.effect("takes the task id from a write's result (its taskId)", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const created = withTaskId([["TaskId"], ["Detail", "Message", "TaskId"]])({ Detail: { Message: { TaskId: "t-9" } } })
      const task = yield* Tasks.waitUntilDone(created)
      expect(task.Status).toBe("SUCCEEDED")
      expect(network.requests.map((r) => r.path)).toEqual(["/20190206/task/t-9"])
    }).pipe(Effect.provide(scriptedTasks([done]))))

  it.effect("fails with TaskFailed carrying the task id, status and Logs when the task ends FAILED", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const logs = ["Creating account", "CloudFormation stack ROLLBACK_COMPLETE: AccessDenied on iam:CreateRole"]
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-2"))
      yield* passSleep(1_000)
      const error = failureOf(yield* ended(fiber))
      assert(error instanceof TaskFailed)
      expect(error._tag).toBe("TaskFailed")
      expect({ taskId: error.taskId, status: error.status, logs: error.logs }).toEqual({ taskId: "task-2", status: "FAILED", logs })
      expect(error.message).toBe(`task task-2 ended FAILED: ${logs[1]}`)
      expect(network.requests).toHaveLength(2)
      // Nothing of the client's keys in any rendering of the error.
      const rendered = `${String(error)} ${JSON.stringify(error)} ${error.stack ?? ""}`
      expect(rendered).not.toContain(Redacted.value(network.local.secretKey))
      expect(rendered).not.toContain(network.local.accessKey)
    }).pipe(Effect.provide(scriptedTasks([
      { body: { Status: "PENDING", Logs: [] } },
      { body: { Status: "FAILED", Logs: ["Creating account", "CloudFormation stack ROLLBACK_COMPLETE: AccessDenied on iam:CreateRole"] } }
    ]))))

  it.effect("fails with TaskTimeout past the deadline, with the last status seen and the polls made", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-3", { deadline: "10 seconds" }))
      yield* passSleep(1_000)
      yield* passSleep(2_000)
      yield* passSleep(4_000)
      // The next poll would be at 15 s: the deadline (10 s) comes first.
      yield* passSleep(3_000)
      const error = failureOf(yield* ended(fiber))
      assert(error instanceof TaskTimeout)
      expect({ ...error }).toMatchObject({ taskId: "task-3", status: "STARTED", reason: "Deadline", polls: 4, waitedMillis: 10_000 })
      expect(error.message).toContain("last status STARTED")
      expect(offsets(network.requests)).toEqual([0, 1_000, 3_000, 7_000])
    }).pipe(Effect.provide(scriptedTasks([{ body: { Status: "STARTED", Logs: [] } }]))))

  it.effect("counts the deadline from the start: an answer that never comes ends the wait with no status", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-4", { deadline: "2 seconds" }))
      yield* passSleep(2_000)
      const error = failureOf(yield* ended(fiber))
      assert(error instanceof TaskTimeout)
      expect({ status: error.status, polls: error.polls, reason: error.reason }).toEqual({ status: undefined, polls: 0, reason: "Deadline" })
      expect(error.message).toContain("no status read")
      expect(network.requests).toHaveLength(1)
    }).pipe(Effect.provide(scriptedTasks([{ hang: true, body: null }], { timeout: "1 minute" }))))

  it.effect("polls on a given Schedule, whose end ends the wait with TaskTimeout (reason Schedule)", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const schedule = Schedule.spaced("5 seconds").pipe(Schedule.intersect(Schedule.recurs(2)))
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-5", { schedule }))
      yield* passSleep(5_000)
      yield* passSleep(5_000)
      const error = failureOf(yield* ended(fiber))
      assert(error instanceof TaskTimeout)
      expect({ ...error }).toMatchObject({ status: "RUNNING", reason: "Schedule", polls: 3, waitedMillis: 10_000 })
      expect(offsets(network.requests)).toEqual([0, 5_000, 10_000])
    }).pipe(Effect.provide(scriptedTasks([running]))))

  it.effect("gives each answer to the schedule as its input", () =>
    Effect.gen(function*() {
      const seen: Array<string> = []
      const schedule = Schedule.spaced("1 second").pipe(
        Schedule.whileInput((task: ReadTaskOutput) => {
          seen.push(task.Status)
          return task.Status !== "PENDING"
        })
      )
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-6", { schedule }))
      yield* passSleep(1_000)
      const error = failureOf(yield* ended(fiber))
      assert(error instanceof TaskTimeout)
      expect(seen).toEqual(["STARTED", "PENDING"])
      expect({ status: error.status, reason: error.reason, polls: error.polls }).toEqual({ status: "PENDING", reason: "Schedule", polls: 2 })
    }).pipe(Effect.provide(scriptedTasks([{ body: { Status: "STARTED", Logs: [] } }, { body: { Status: "PENDING", Logs: [] } }]))))

  it.effect("keeps polling on a status the API may add later (not final)", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-7"))
      yield* passSleep(1_000)
      const task = yield* Effect.flatten(ended(fiber))
      expect(task.Status).toBe("SUCCEEDED")
    }).pipe(Effect.provide(scriptedTasks([{ body: { Status: "QUEUED_FOR_APPROVAL", Logs: [] } }, done]))))

  it.effect("refuses a missing task id or a bad deadline with InputError, before anything is sent", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const noTask = yield* Effect.flip(Tasks.waitUntilDone(withTaskId([["TaskId"]])({ Detail: { Message: "Updated" } })))
      const empty = yield* Effect.flip(Tasks.waitUntilDone(""))
      const notGiven = yield* Effect.flip(Tasks.waitUntilDone(null as never))
      const deadline = yield* Effect.flip(Tasks.waitUntilDone("task-8", { deadline: Duration.zero }))
      const garbled = yield* Effect.flip(Tasks.waitUntilDone("task-8", { deadline: "soon" as never }))
      for (const error of [noTask, empty, notGiven, deadline, garbled]) {
        assert(error instanceof InputError, `expected InputError, got ${String(error)}`)
        expect(error.endpoint).toBe("Tasks.waitUntilDone")
      }
      expect([noTask, empty, notGiven, deadline, garbled].map((e) => (e as InputError).field)).toEqual(["taskId", "taskId", "taskId", "deadline", "deadline"])
      expect((noTask as InputError).message).toContain("carries no task id")
      expect(network.requests).toHaveLength(0)
      expect(network.local.requests).toHaveLength(0) // not even the login
    }).pipe(Effect.provide(scriptedTasks([done]))))

  it.effect("fails with the call's own error when ReadTask is refused (a 404), without polling again", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-9"))
      yield* passSleep(1_000)
      const error = failureOf(yield* ended(fiber))
      assert(error instanceof ApiError)
      expect(error.status).toBe(404)
      expect(network.requests).toHaveLength(2)
    }).pipe(Effect.provide(scriptedTasks([running, { status: 404, body: { Error: "Task not found", Cause: "task-9" } }]))))

  it.effect("leaves a transient failure to the client's retry policy: one retry, then the wait goes on", () =>
    Effect.gen(function*() {
      const network = yield* TaskNetwork
      const fiber = yield* Effect.fork(Tasks.waitUntilDone("task-10"))
      yield* passSleep(1_000)
      yield* passSleep(250) // the policy's backoff (0.25 s, no jitter), not a second schedule of the waiter's
      const task = yield* Effect.flatten(ended(fiber))
      expect(task.Status).toBe("SUCCEEDED")
      expect(offsets(network.requests)).toEqual([0, 1_000, 1_250])
    }).pipe(Effect.provide(scriptedTasks(
      [running, { status: 502, body: { Error: "Bad gateway" } }, done],
      { retry: RetryPolicy.default.with({ backoffFactor: 0.25, jitter: 0, statusCodes: [502] }) }
    ))))
})
