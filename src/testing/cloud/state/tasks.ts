/**
 * The stand-in's tasks: every write whose answer carries a task id starts one, and `tasks.ReadTask`
 * (`GET /20190206/task/{task_id}`) reports it `PENDING`, then `RUNNING`, then `SUCCEEDED` after the
 * configured number of polls, or `FAILED` with the configured message in its `Logs`.
 *
 * @since 0.2.0
 */
import { randomUUID } from "node:crypto"
import type { Json } from "../../ai/Model.js"
import { type Handlers, notFound, ok, type TaskDetail } from "../engine/handler.js"

/**
 * How a task ends: after `polls` reads that report it unfinished (0: finished at the first read), it
 * succeeds, or fails with `fail` as its last log line.
 *
 * @since 0.2.0
 * @category Models
 */
export interface TaskOutcome {
  readonly polls: number
  readonly fail?: string | undefined
}

/**
 * Decides each task's outcome from the operation id and the request's wire object (path parameters, query
 * and body fields under the API's names). Default: two unfinished polls (`PENDING`, `RUNNING`), then success.
 *
 * @since 0.2.0
 * @category Models
 */
export type TaskOutcomeOption = (operationId: string, wire: Readonly<Record<string, unknown>>) => TaskOutcome

/**
 * The default outcome: `PENDING`, `RUNNING`, then `SUCCEEDED`.
 *
 * @since 0.2.0
 * @category Constants
 */
export const DEFAULT_TASK_OUTCOME: TaskOutcome = { polls: 2 }

/**
 * One task as the stand-in keeps it.
 *
 * @since 0.2.0
 * @category Models
 */
export interface TaskRecord {
  readonly id: string
  /** The operation that started it. */
  readonly operationId: string
  readonly outcome: TaskOutcome
  readonly detail: TaskDetail
  /** How many times `ReadTask` read it. */
  polls: number
}

/**
 * The tasks started so far.
 *
 * @since 0.2.0
 * @category Models
 */
export class TasksModel {
  readonly #tasks = new Map<string, TaskRecord>()

  /** Starts a task; returns its id. */
  start(operationId: string, outcome: TaskOutcome, detail: TaskDetail = {}): string {
    const id = randomUUID()
    this.#tasks.set(id, { id, operationId, outcome, detail, polls: 0 })
    return id
  }

  /** A task, if it exists. */
  get(id: string): TaskRecord | undefined {
    return this.#tasks.get(id)
  }

  /** Every task, oldest first. */
  list(): ReadonlyArray<TaskRecord> {
    return [...this.#tasks.values()]
  }

  /** Reads a task as `ReadTask` answers it, counting the poll; `undefined` when there is no such task. */
  poll(id: string): Json | undefined {
    const task = this.#tasks.get(id)
    if (task === undefined) return undefined
    task.polls++
    return reportOf(task)
  }
}

const reportOf = (task: TaskRecord): Json => {
  const logs = [`${task.operationId} accepted`]
  const done = task.polls > task.outcome.polls
  let status: string
  if (!done) {
    status = task.polls <= 1 ? "PENDING" : "RUNNING"
    if (status === "RUNNING") logs.push(`${task.operationId} running`)
  } else if (task.outcome.fail === undefined) {
    status = "SUCCEEDED"
    logs.push(`${task.operationId} running`, `${task.operationId} succeeded`)
  } else {
    status = "FAILED"
    logs.push(`${task.operationId} running`, task.outcome.fail)
  }
  const report: Json = { Status: status, Logs: logs }
  for (const [key, ids] of Object.entries(task.detail)) if (ids !== undefined) report[key] = [...ids]
  return report
}

/**
 * `tasks.ReadTask` over a model: 404 `{Error, Cause}` for an unknown task id.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const taskHandlers = (tasks: TasksModel): Handlers => ({
  "tasks.ReadTask": (call) => {
    const id = call.params["task_id"] ?? ""
    const report = tasks.poll(id)
    return report === undefined ? notFound("Task", id) : ok(report)
  }
})
