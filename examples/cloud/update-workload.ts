/**
 * Moves a workload to another catalogue version, waits for the task and reads the workload back. Mirrors
 * staxapp's `examples/workloads/update_workload.py`, which passes `catalogue_version_id=` as a keyword
 * argument: staxapp sends it as the body key `catalogue_version_id`, the body schema allows extra keys, so
 * the API receives an update that changes nothing. Here the input is `catalogueVersionId`
 * (`CatalogueVersionId` on the wire), and an unknown key is refused before anything is sent.
 */
import { Console, Effect } from "effect"
import { Tasks, Workloads } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"
import { manifest, workloadId } from "./support/fixtures.js"

/** The version asked for and the version the workload reads back with. */
export const program = Effect.gen(function*() {
  const id = yield* workloadId
  const { Workloads: [workload] } = yield* Workloads.readWorkloads({ workloadId: id })
  if (workload === undefined) return yield* new MissingResource({ message: `workload ${id} not found` })
  const version = `3.${Date.now() % 1000}.0`
  const published = yield* Workloads.createCatalogueVersion({
    catalogueId: workload.CatalogueId,
    version,
    description: "Version for examples/cloud/update-workload.ts",
    manifestBody: manifest(version)
  })
  yield* Tasks.waitUntilDone(published)
  const { WorkloadCatalogues } = yield* Workloads.readCatalogueItems({ catalogueId: workload.CatalogueId, includeVersions: true })
  const target = WorkloadCatalogues.flatMap((c) => c.WorkloadCatalogueItems).flatMap((i) => i.Versions ?? [])
    .find((v) => v.WorkloadVersion === version)
  if (target === undefined) return yield* new MissingResource({ message: `version ${version} not listed` })
  const updated = yield* Workloads.updateWorkload({ workloadId: id, catalogueVersionId: target.Id })
  const task = yield* Tasks.waitUntilDone(updated)
  const { Workloads: [after] } = yield* Workloads.readWorkloads({ workloadId: id })
  yield* Console.log(`task ${task.Status}: workload ${after?.Name} on catalogue version ${after?.CatalogueVersionId}`)
  return { versionId: target.Id, task: task.Status, after: after?.CatalogueVersionId }
})

/** The task succeeded and the workload is on the new version. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the workload reads back on the new catalogue version", r.after === r.versionId)
]

run(import.meta, program, claims)
