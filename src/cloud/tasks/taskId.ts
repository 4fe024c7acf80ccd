/**
 * Task ids of long-running writes: 71 of the Stax cloud API's 86 writes answer with the id of a task
 * that does the work, in one of four places (`TaskId`, `Detail.TaskId`, `Detail.Message.TaskId`, where
 * `Message` may be a string instead, `Detail.Workload.TaskId`). `withTaskId` gives it in one place: a
 * `taskId` property on the result, whatever the answer's shape.
 *
 * @example
 * ```ts
 * const table = {
 *   createAccount: Service.call(accountOperations.createAccount, {
 *     result: withTaskId([["TaskId"], ["Detail", "Message", "TaskId"]])
 *   })
 * }
 * const created = yield* Accounts.createAccount({ name: "dev" })
 * yield* Tasks.waitUntilDone(created) // or created.taskId
 * ```
 *
 * @since 0.2.0
 */

/**
 * The answer of an operation that may start a task: the API's answer, plus `taskId`, the id of the task
 * (`undefined` when the answer carries none). `taskId` is a non-enumerable own property, so the JSON
 * of the result (and `Object.keys`) is the API's answer; a spread copy (`{ ...result }`) drops it.
 *
 * @since 0.2.0
 * @category Models
 */
export type TaskResult<Out> = Out & { readonly taskId: string | undefined }

/**
 * Where an answer carries a task id: property paths tried in order (`["Detail", "Message", "TaskId"]`).
 *
 * @since 0.2.0
 * @category Models
 */
export type TaskIdLocations = ReadonlyArray<ReadonlyArray<string>>

/** The value at `path` in `answer`, through own properties of objects only (a string `Message` ends the walk). */
const at = (answer: unknown, path: ReadonlyArray<string>): unknown => {
  let value: unknown = answer
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/**
 * The task id of an answer: the value at the first location that holds a non-empty string.
 *
 * @example
 * ```ts
 * findTaskId([["TaskId"], ["Detail", "Message", "TaskId"]])({ Detail: { Message: { TaskId: "t-1" } } }) // "t-1"
 * findTaskId([["Detail", "Message", "TaskId"]])({ Detail: { Message: "queued" } }) // undefined
 * ```
 *
 * @since 0.2.0
 * @category Getters
 */
export const findTaskId = (locations: TaskIdLocations) => (answer: unknown): string | undefined => {
  for (const path of locations) {
    const value = at(answer, path)
    if (typeof value === "string" && value.length > 0) return value
  }
  return undefined
}

/**
 * Adds `taskId` to an answer: the first location that holds a non-empty string, else `undefined`. The
 * property is non-enumerable and read-only, set on the answer itself (a frozen answer is copied with its
 * prototype). A value that is not an object (never a decoded answer) is returned as it is.
 *
 * @example
 * ```ts
 * const result = withTaskId([["TaskId"], ["Detail", "TaskId"]])({ Detail: { TaskId: "t-1" } })
 * result.taskId // "t-1"
 * JSON.stringify(result) // '{"Detail":{"TaskId":"t-1"}}'
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const withTaskId = (locations: TaskIdLocations) => {
  const find = findTaskId(locations)
  return <Out>(answer: Out): TaskResult<Out> => {
    if (typeof answer !== "object" || answer === null) return answer as TaskResult<Out>
    const target = Object.isExtensible(answer)
      ? answer
      : Object.create(Object.getPrototypeOf(answer), Object.getOwnPropertyDescriptors(answer))
    Object.defineProperty(target, "taskId", { value: find(answer), enumerable: false, writable: false, configurable: true })
    return target as TaskResult<Out>
  }
}
