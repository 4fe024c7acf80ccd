/**
 * STUB by helper G, to be replaced by helper T's module of the same path: `Tasks.waitUntilDone`.
 *
 * @since 0.3.0
 */
import type * as Duration from "effect/Duration"
import type * as Schedule from "effect/Schedule"
import type { Operation } from "../../core/Operation.js"
import type { Entry } from "../../core/Service.js"
import type { InputError, StaxError } from "../../core/StaxError.js"

/**
 * A `Tasks` entry reading the task (stub: once, without polling).
 *
 * @since 0.3.0
 * @category Constructors
 */
export const waitUntilDone = <Out>(
  readTask: Operation<any, Out>
): Entry<
  [taskIdOrResult: string | { readonly taskId: string | undefined }, options?: { readonly schedule?: Schedule.Schedule<unknown>; readonly deadline?: Duration.DurationInput }],
  Out,
  StaxError | InputError,
  never,
  "effect"
> => ({
  kind: "effect",
  operation: readTask,
  build: (client) => (taskIdOrResult) =>
    client.call(readTask, { taskId: typeof taskIdOrResult === "string" ? taskIdOrResult : taskIdOrResult.taskId })
})
