/**
 * Deploys a workload, deletes it, waits for the deletion task, and reads the workload's status. Mirrors
 * staxapp's `examples/workloads/delete_workload.py` (which returns as soon as the deletion is accepted).
 */
import { Console, Effect } from "effect"
import { Tasks, Workloads } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"
import { activeAccountId, catalogueItemId } from "./support/fixtures.js"

/** The deletion task's final status and the workload's status after it. */
export const program = Effect.gen(function*() {
  const created = yield* Workloads.createWorkload({
    name: `examples-doomed-${Date.now().toString(36)}`,
    catalogueId: yield* catalogueItemId,
    accountId: yield* activeAccountId,
    region: "ap-southeast-2"
  })
  const made = yield* Tasks.waitUntilDone(created)
  const workloadId = created.WorkloadId ?? made.Workloads?.[0]
  if (workloadId === undefined) return yield* new MissingResource({ message: "CreateWorkload answered without WorkloadId" })
  const deleted = yield* Workloads.deleteWorkload({ workloadId })
  const task = yield* Tasks.waitUntilDone(deleted)
  const { Workloads: after } = yield* Workloads.readWorkloads({ workloadId, filter: "DELETED" })
  yield* Console.log(`deletion ${task.Status}; workload ${workloadId} is ${after[0]?.Status ?? "gone"}`)
  return { task: task.Status, status: after[0]?.Status }
})

/** The deletion task succeeded and the workload is DELETED. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the deletion task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the workload reads back DELETED", r.status === "DELETED")
]

run(import.meta, program, claims)
