/**
 * STUB by helper G, to be replaced by helper T's module of the same path and signature: the task id an
 * answer carries, as a non-enumerable `taskId` property of the result.
 *
 * @since 0.3.0
 */

/**
 * An answer with the id of the task it started (`undefined` when the answer names none).
 *
 * @since 0.3.0
 * @category Models
 */
export type TaskResult<Out> = Out & { readonly taskId: string | undefined }

/**
 * Adds `taskId` (non-enumerable: JSON of the result is the API's answer) from the first location that holds a string.
 *
 * @since 0.3.0
 * @category Constructors
 */
export const withTaskId = (locations: ReadonlyArray<ReadonlyArray<string>>) => <Out>(answer: Out): TaskResult<Out> => {
  let taskId: string | undefined
  for (const location of locations) {
    let value: unknown = answer
    for (const key of location) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined
    if (typeof value === "string") {
      taskId = value
      break
    }
  }
  Object.defineProperty(answer, "taskId", { value: taskId, enumerable: false, configurable: true })
  return answer as TaskResult<Out>
}
