/**
 * Starts a long-running write (an organisational unit), reads its task once with `readTask`, then waits
 * for it with `waitUntilDone`, which polls `ReadTask` on a schedule until the task ends (`SUCCEEDED`, or a
 * typed `TaskFailed` error carrying the task's `Logs`). Mirrors staxapp's `examples/tasks/read_tasks.py`,
 * which first calls `ReadTasks()`: no such operation exists, so the script fails at its first call.
 */
import { Console, Effect } from "effect"
import { Organisations, Tasks } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"
import { organisationalUnitId } from "./support/fixtures.js"

/** The task's status at the first read and at the end, and its logs. */
export const program = Effect.gen(function*() {
  const created = yield* Organisations.createOrganisationalUnit({
    name: `examples-task-${Date.now().toString(36)}`,
    parentOrganisationalUnitId: yield* organisationalUnitId
  })
  const taskId = created.taskId
  if (taskId === undefined) return yield* new MissingResource({ message: "CreateOrganisationalUnit answered without a task id" })
  const first = yield* Tasks.readTask({ taskId })
  yield* Console.log(`task ${taskId}: ${first.Status}`)
  const done = yield* Tasks.waitUntilDone(taskId)
  for (const line of done.Logs) yield* Console.log(`  ${line}`)
  yield* Console.log(`task ${taskId}: ${done.Status}`)
  const noTask = yield* Effect.flip(Tasks.waitUntilDone({ taskId: undefined }))
  return { taskId, first: first.Status, done: done.Status, noTask: noTask._tag }
})

/** The task ends SUCCEEDED; waiting on nothing is an InputError. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the first read gives a known status", ["STARTED", "PENDING", "RUNNING", "SUCCEEDED", "FAILED"].includes(r.first)),
  claim("waitUntilDone ends with SUCCEEDED", r.done === "SUCCEEDED"),
  claim("waiting without a task id is an InputError", r.noTask === "InputError")
]

run(import.meta, program, claims)
