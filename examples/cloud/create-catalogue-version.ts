/**
 * Publishes a new version of a catalogue item, waits for its task, and reads the versions back. Mirrors
 * staxapp's `examples/workloads/create_catalogue_version.py`, whose script names its template
 * `f'{catalogue_version}-{catalogue_name}.yaml'` with `catalogue_name` undefined: it raises a NameError
 * before calling the API.
 */
import { Console, Effect } from "effect"
import { Tasks, Workloads } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { catalogueItemId, manifest } from "./support/fixtures.js"

/** The version published and the versions of the item read back. */
export const program = Effect.gen(function*() {
  const catalogueId = yield* catalogueItemId
  const version = `2.${Date.now() % 1000}.0`
  const created = yield* Workloads.createCatalogueVersion({
    catalogueId,
    version,
    description: "Version published by examples/cloud/create-catalogue-version.ts",
    manifestBody: manifest(version)
  })
  const task = yield* Tasks.waitUntilDone(created)
  const { WorkloadCatalogues } = yield* Workloads.readCatalogueItems({ catalogueId, includeVersions: true })
  const versions = WorkloadCatalogues.flatMap((c) => c.WorkloadCatalogueItems).flatMap((i) => i.Versions ?? [])
  yield* Console.log(`task ${task.Status}; versions now: ${versions.map((v) => v.WorkloadVersion).join(", ")}`)
  return { version, task: task.Status, versions: versions.map((v) => v.WorkloadVersion) }
})

/** The task succeeded and the new version is listed. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the new version is among the item's versions", r.versions.includes(r.version))
]

run(import.meta, program, claims)
