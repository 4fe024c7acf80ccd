/**
 * Waiting for a long-running write: `Tasks.waitUntilDone(taskIdOrResult)` polls `tasks.ReadTask` on a
 * schedule until the task ends, within a deadline. `waitUntilDone(readTask)` is the entry the `Tasks`
 * table lists beside `readTask`.
 *
 * @example
 * ```ts
 * const tasksTable = {
 *   readTask: Service.call(tasksOperations.readTask),
 *   waitUntilDone: waitUntilDone(tasksOperations.readTask)
 * }
 * const created = yield* Workloads.createWorkload({ ... })
 * const task = yield* Tasks.waitUntilDone(created, { deadline: "1 hour" }) // Status "SUCCEEDED"
 * ```
 *
 * @since 0.2.0
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Schedule from "effect/Schedule"
import type { Operation } from "../../core/Operation.js"
import type * as Service from "../../core/Service.js"
import { InputError, type StaxError } from "../../core/StaxError.js"
import { TaskFailed, TaskTimeout } from "./errors.js"

/**
 * What `tasks.ReadTask` answers, as far as waiting needs it: `Status` (STARTED, PENDING, RUNNING,
 * SUCCEEDED, FAILED, or a newer value) and `Logs`.
 *
 * @since 0.2.0
 * @category Models
 */
export interface TaskAnswer {
  readonly Status: string
  readonly Logs?: ReadonlyArray<string> | undefined
}

/**
 * A task to wait for: its id, or the result of a write (its `taskId`, see `withTaskId`).
 *
 * @since 0.2.0
 * @category Models
 */
export type TaskRef = string | { readonly taskId: string | undefined }

/**
 * Options of `Tasks.waitUntilDone`.
 *
 * @since 0.2.0
 * @category Models
 */
export interface WaitOptions<Task = TaskAnswer> {
  /**
   * When to ask again after an answer that is not final (its input is that answer). Default
   * {@link defaultTaskSchedule}. A schedule that stops recurring ends the wait with `TaskTimeout`
   * (reason `Schedule`).
   */
  readonly schedule?: Schedule.Schedule<unknown, Task> | undefined
  /** How long to wait in all (Effect `Clock` time), answers included. Default {@link defaultTaskDeadline}. */
  readonly deadline?: Duration.DurationInput | undefined
}

/**
 * The default polling schedule: 1 s, 2 s, 4 s, 8 s, 16 s, then every 30 s. Stax tasks take from seconds
 * (a team or policy change) to many minutes (an account or a workload deployment): the first answers
 * come quickly for the short ones, and a long one costs about 2 calls a minute (60 over the default
 * deadline), far below any rate limit.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const defaultTaskSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("1 second").pipe(
  Schedule.union(Schedule.spaced("30 seconds"))
)

/**
 * The default deadline of a wait: 30 minutes (an account's creation takes several minutes, a
 * workload's deployment can take tens).
 *
 * @since 0.2.0
 * @category Constructors
 */
export const defaultTaskDeadline: Duration.Duration = Duration.minutes(30)

/** The task id of a `TaskRef`, or the `InputError` saying why there is none. */
const taskIdOf = (endpoint: string, task: unknown): string | InputError => {
  const id = typeof task === "object" && task !== null && "taskId" in task ? task.taskId : task
  if (typeof id === "string" && id.length > 0) return id
  const message = typeof task === "string"
    ? "taskId: must not be empty"
    : typeof task === "object" && task !== null
    ? "taskId: the result carries no task id (the operation answered without one)"
    : `taskId: expected a task id or a result with a taskId, got ${task === null ? "null" : typeof task}`
  return new InputError({ endpoint, field: "taskId", message })
}

/** The deadline as a positive, finite or infinite `Duration`, or the `InputError` saying why not. */
const deadlineOf = (endpoint: string, deadline: Duration.DurationInput | undefined): Duration.Duration | InputError => {
  if (deadline === undefined) return defaultTaskDeadline
  const decoded = Duration.decodeUnknown(deadline)
  if (Option.isSome(decoded) && Duration.greaterThan(decoded.value, Duration.zero)) return decoded.value
  return new InputError({ endpoint, field: "deadline", message: "deadline: must be a duration of more than 0" })
}

/**
 * The `Service` entry of `Tasks.waitUntilDone` over the `tasks.ReadTask` operation: polls it on the
 * schedule until the task ends. Succeeds with the final answer (`Status` SUCCEEDED); fails with
 * `TaskFailed` (its `Logs`) when it ends FAILED, with `TaskTimeout` (the last status seen) when the
 * deadline passes or the schedule stops first, with `InputError` when no task id is given (nothing
 * sent). Any other status (STARTED, PENDING, RUNNING, or one the API adds) means "not yet". A failed
 * `ReadTask` call fails the wait with its error, after the client's own retries.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const waitUntilDone = <In, Task extends TaskAnswer>(
  readTask: Operation<In, Task> & ([{ readonly taskId: string }] extends [In] ? unknown : "the ReadTask input must be { taskId }")
): Service.Entry<
  [task: TaskRef, options?: WaitOptions<Task>],
  Task,
  StaxError | InputError | TaskFailed | TaskTimeout,
  never,
  "effect"
> => {
  const endpoint = readTask.name.replace(/\.[^.]*$/, ".waitUntilDone")
  return {
    kind: "effect",
    operation: readTask,
    build: (client) => (task, options = {}) =>
      Effect.suspend(() => {
        const taskId = taskIdOf(endpoint, task)
        if (taskId instanceof InputError) return Effect.fail(taskId)
        const deadline = deadlineOf(endpoint, options.deadline)
        if (deadline instanceof InputError) return Effect.fail(deadline)
        const read = client.call(readTask, { taskId } as In)
        return Effect.gen(function*() {
          const started = yield* Clock.currentTimeMillis
          let status: string | undefined
          let polls = 0
          const timeout = (reason: "Deadline" | "Schedule", waitedMillis: number) =>
            new TaskTimeout({ taskId, ...(status === undefined ? {} : { status }), reason, polls, waitedMillis })
          const driver = yield* Schedule.driver(options.schedule ?? defaultTaskSchedule)
          const poll = Effect.gen(function*() {
            while (true) {
              const answer = yield* read
              polls++
              status = answer.Status
              if (status === "SUCCEEDED") return answer
              if (status === "FAILED") return yield* new TaskFailed({ taskId, status, logs: answer.Logs ?? [] })
              // The schedule sleeps between polls; when it stops recurring, the wait is over.
              const next = yield* Effect.either(driver.next(answer))
              if (next._tag === "Left") return yield* timeout("Schedule", (yield* Clock.currentTimeMillis) - started)
            }
          })
          return yield* poll.pipe(
            Effect.timeoutFail({ duration: deadline, onTimeout: () => timeout("Deadline", Duration.toMillis(deadline)) })
          )
        }).pipe(Effect.withSpan(`StaxCloud.${endpoint}`, { attributes: { taskId } }))
      })
  }
}
