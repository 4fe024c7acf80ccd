/**
 * Deploys a catalogue item as a workload into an active account, with parameters and tags, waits for the
 * task, and reads the workload back. Mirrors staxapp's `examples/workloads/create_workload.py` (which
 * turns a dict into `[{Key, Value}]` parameters by hand, as here, and returns before the deployment ends).
 */
import { Console, Effect } from "effect"
import { Tasks, Workloads } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId, catalogueItemId } from "./support/fixtures.js"

/** The workload's name, its task's final status, and the workload read back. */
export const program = Effect.gen(function*() {
  const name = `examples-${Date.now().toString(36)}`
  const parameters = Object.entries({ BucketName: "examples-bucket" }).map(([Key, Value]) => ({ Key, Value }))
  const created = yield* Workloads.createWorkload({
    name,
    catalogueId: yield* catalogueItemId,
    accountId: yield* activeAccountId,
    region: "ap-southeast-2",
    parameters,
    tags: { CostCode: "12345" }
  })
  yield* Console.log(`CreateWorkload answered; waiting for task ${created.taskId}`)
  const task = yield* Tasks.waitUntilDone(created)
  const workloadId = created.WorkloadId ?? task.Workloads?.[0]
  const readBack = workloadId === undefined ? [] : (yield* Workloads.readWorkloads({ workloadId, includeTags: true })).Workloads
  yield* Console.log(`task ${task.Status}: workload ${readBack[0]?.Name} is ${readBack[0]?.Status}`)
  return { name, task: task.Status, workload: readBack[0] }
})

/** The task succeeded; the workload reads back with its name, region and tag. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the workload reads back with its name", r.workload?.Name === r.name),
  claim("it is in ap-southeast-2", r.workload?.Region === "ap-southeast-2"),
  claim("it carries its tag", r.workload?.Tags?.["CostCode"] === "12345")
]

run(import.meta, program, claims)
