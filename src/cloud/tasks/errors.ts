/**
 * Errors of `Tasks.waitUntilDone`: the task ended `FAILED` (`TaskFailed`, with its `Logs`), or it was
 * still running when the wait ended (`TaskTimeout`, with the last status seen).
 *
 * @since 0.2.0
 */
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"

/** At most this many characters of the last log line go into a message (the logs themselves are whole). */
const MESSAGE_LOG_CHARS = 200

/**
 * The task ended `FAILED`. `logs` are the task's `Logs` as `tasks.ReadTask` answered them (the API's
 * account of what went wrong; nothing of the client's credentials or requests).
 *
 * @example
 * ```ts
 * Tasks.waitUntilDone(created).pipe(
 *   Effect.catchTag("TaskFailed", (e) => Effect.logError(`task ${e.taskId} failed`, ...e.logs))
 * )
 * ```
 *
 * @since 0.2.0
 * @category Errors
 */
export class TaskFailed extends Schema.TaggedError<TaskFailed>("stax-effect/TaskFailed")("TaskFailed", {
  /** The id of the task. */
  taskId: Schema.String,
  /** The task's final `Status`: `FAILED`. */
  status: Schema.String,
  /** The task's `Logs` (empty when it gave none). */
  logs: Schema.Array(Schema.String)
}) {
  override get message(): string {
    const last = this.logs.at(-1)
    const detail = last === undefined
      ? ""
      : `: ${last.length > MESSAGE_LOG_CHARS ? `${last.slice(0, MESSAGE_LOG_CHARS)}…` : last}`
    return `task ${this.taskId} ended ${this.status}${detail}`
  }
}

/**
 * Why a wait ended before the task did: its `deadline` passed, or its `schedule` stopped recurring.
 *
 * @since 0.2.0
 * @category Errors
 */
export const TaskTimeoutReason = Schema.Literal("Deadline", "Schedule")

/**
 * @since 0.2.0
 * @category Errors
 */
export type TaskTimeoutReason = typeof TaskTimeoutReason.Type

/**
 * The task had not ended when the wait did (its deadline passed, or its schedule stopped). The task
 * goes on at Stax: wait again with the same `taskId`.
 *
 * @since 0.2.0
 * @category Errors
 */
export class TaskTimeout extends Schema.TaggedError<TaskTimeout>("stax-effect/TaskTimeout")("TaskTimeout", {
  /** The id of the task. */
  taskId: Schema.String,
  /** The last `Status` `tasks.ReadTask` answered; absent when no answer came before the deadline. */
  status: Schema.optionalWith(Schema.String, { exact: true }),
  reason: TaskTimeoutReason,
  /** How many answers of `tasks.ReadTask` were read. */
  polls: Schema.Number,
  /** How long the SDK waited, in milliseconds (Effect `Clock` time). */
  waitedMillis: Schema.Number
}) {
  override get message(): string {
    const waited = Duration.format(Duration.millis(this.waitedMillis))
    const why = this.reason === "Deadline" ? "the deadline passed" : "the polling schedule ended"
    const last = this.status === undefined ? "no status read" : `last status ${this.status}`
    return `task ${this.taskId} had not ended after ${waited} (${why}; ${this.polls} polls, ${last})`
  }
}
