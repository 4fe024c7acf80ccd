/**
 * Adds an item to the workload catalogue with an inline manifest, waits for its task, and reads its
 * version back. Mirrors staxapp's `examples/workloads/create_catalogue_item.py` and
 * `read_catalogue_versions.py`; staxapp's script first uploads a CloudFormation template to S3 with boto3,
 * which belongs to AWS, not to this API, and is left out here.
 */
import { Console, Effect } from "effect"
import { Tasks, Workloads } from "stax-effect/cloud"
import { claim, MissingResource, run } from "./run.js"
import { manifest } from "./support/fixtures.js"

/** The item created and its first version, read back. */
export const program = Effect.gen(function*() {
  const name = `examples-item-${Date.now().toString(36)}`
  const created = yield* Workloads.createCatalogueItem({
    name,
    description: "An S3 bucket, created by examples/cloud/create-catalogue-item.ts",
    version: "1.0.0",
    manifestBody: manifest("1.0.0")
  })
  const task = yield* Tasks.waitUntilDone(created)
  const catalogueId = created.CatalogueId
  if (catalogueId === undefined) return yield* new MissingResource({ message: "CreateCatalogueItem answered without CatalogueId" })
  const { WorkloadCatalogues } = yield* Workloads.readCatalogueItems({ catalogueId, includeVersions: true })
  const item = WorkloadCatalogues.flatMap((c) => c.WorkloadCatalogueItems)[0]
  const versionId = item?.Versions?.[0]?.Id
  const version = versionId === undefined ? undefined : (yield* Workloads.readCatalogueVersion({ catalogueId, versionId })).Versions[0]
  yield* Console.log(`task ${task.Status}: ${item?.Name} version ${version?.WorkloadVersion ?? "-"}`)
  return { name, task: task.Status, item, version }
})

/** The task succeeded; the item and its version 1.0.0 read back. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the item reads back with its name", r.item?.Name === r.name),
  claim("its version reads back as 1.0.0", r.version?.WorkloadVersion === "1.0.0")
]

run(import.meta, program, claims)
