/**
 * The stand-in's workload catalogue and workloads, through the generated services: items publish their
 * first version, versions are added, read (their manifest too) and deleted, `include_versions` follows the
 * document's default, and workloads run on a catalogue version, their write answers carrying the
 * workload's id and task.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Workloads } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { SEED_ACCOUNT_ID, withServices } from "./helpers.js"

const item = { name: "bucket", description: "An S3 bucket", version: "1.0.0", manifestBody: "Resources: []\n" }

/** The items of a ReadCatalogueItems answer. */
const itemsOf = (answer: Effect.Effect.Success<ReturnType<typeof Workloads.readCatalogueItems>>) => answer.WorkloadCatalogues.flatMap((c) => c.WorkloadCatalogueItems)

describe("catalogue items and versions", () => {
  it.effect("an item publishes version 1.0.0; a version added shows in the item's versions and becomes its latest", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const created = yield* Workloads.createCatalogueItem(item)
      const catalogueId = created.CatalogueId
      assert(catalogueId !== undefined)
      expect(created.Detail?.WorkloadCatalogueItem?.Version).toBe("1.0.0")
      expect(local.tasks.get(created.taskId ?? "")?.operationId).toBe("workloads.CreateCatalogueItem")
      const [first] = itemsOf(yield* Workloads.readCatalogueItems({ catalogueId }))
      expect(first?.Name).toBe("bucket")
      expect(first?.Versions?.map((v) => v.WorkloadVersion)).toEqual(["1.0.0"])
      expect(first?.CatalogueVersionId).toBe(first?.Versions?.[0]?.Id)

      const added = yield* Workloads.createCatalogueVersion({ catalogueId, version: "2.0.0", description: "second", manifestURL: "s3://b/2.yaml" })
      expect(local.tasks.get(added.taskId ?? "")?.operationId).toBe("workloads.CreateCatalogueVersion")
      const [after] = itemsOf(yield* Workloads.readCatalogueItems({ catalogueId, includeVersions: true }))
      const second = after?.Versions?.find((v) => v.WorkloadVersion === "2.0.0")
      expect(second?.ManifestURL).toBe("s3://b/2.yaml")
      expect(after?.CatalogueVersionId).toBe(second?.Id)
      expect(itemsOf(yield* Workloads.readCatalogueItems({ catalogueId, includeVersions: false }))[0]?.Versions).toBeUndefined()

      const again = yield* Effect.flip(Workloads.createCatalogueVersion({ catalogueId, version: "2.0.0", description: "twice" }))
      assert(again._tag === "ApiError")
      expect(again.status).toBe(409)
    }).pipe(withServices()))

  it.effect("a version reads back by id, and is gone once deleted (the item back on its previous version)", () =>
    Effect.gen(function*() {
      const catalogueId = (yield* Workloads.createCatalogueItem(item)).CatalogueId!
      const firstId = itemsOf(yield* Workloads.readCatalogueItems({ catalogueId }))[0]?.CatalogueVersionId
      assert(firstId !== undefined && firstId !== null)
      yield* Workloads.createCatalogueVersion({ catalogueId, version: "1.1.0", description: "patch" })
      const versionId = itemsOf(yield* Workloads.readCatalogueItems({ catalogueId }))[0]?.CatalogueVersionId
      assert(typeof versionId === "string" && versionId !== firstId)
      const read = yield* Workloads.readCatalogueVersion({ catalogueId, versionId })
      expect(read.Versions.map((v) => [v.Id, v.WorkloadVersion, v.Description])).toEqual([[versionId, "1.1.0", "patch"]])
      expect((yield* Workloads.readCatalogueManifest({ versionId })).url).toBe(read.Versions[0]?.ManifestURL)
      expect(read.Versions[0]?.ManifestURL).toContain("1.1.0")

      const deleted = yield* Workloads.deleteCatalogueVersion({ catalogueId, versionId })
      expect(deleted.Detail?.WorkloadCatalogueVersion?.Id).toBe(versionId)
      const gone = yield* Effect.flip(Workloads.readCatalogueVersion({ catalogueId, versionId }))
      assert(gone._tag === "ApiError")
      expect(gone.status).toBe(404)
      expect(itemsOf(yield* Workloads.readCatalogueItems({ catalogueId }))[0]?.CatalogueVersionId).toBe(firstId)

      yield* Workloads.deleteCatalogueItem({ catalogueId })
      const noItem = yield* Effect.flip(Workloads.readCatalogueItems({ catalogueId }))
      assert(noItem._tag === "ApiError")
      expect(noItem.status).toBe(404)
    }).pipe(withServices()))
})

describe("workloads", () => {
  it.effect("a workload runs on the item's latest version; its answers carry its id and task; update and delete change it", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const catalogueId = (yield* Workloads.createCatalogueItem(item)).CatalogueId!
      const latest = itemsOf(yield* Workloads.readCatalogueItems({ catalogueId }))[0]?.CatalogueVersionId
      const created = yield* Workloads.createWorkload({ name: "app", catalogueId, accountId: SEED_ACCOUNT_ID, region: "ap-southeast-2" })
      const workloadId = created.WorkloadId
      assert(workloadId !== undefined)
      expect(created.Detail?.Workload?.WorkloadId).toBe(workloadId)
      expect(created.Detail?.Workload?.Name).toBe("app")
      expect(created.Detail?.Workload?.TaskId).toBe(created.taskId)
      expect(local.tasks.get(created.taskId ?? "")?.detail.Workloads).toEqual([workloadId])
      const [read] = (yield* Workloads.readWorkloads({ workloadId })).Workloads
      expect([read?.Name, read?.CatalogueVersionId, read?.Status]).toEqual(["app", latest, "ACTIVE"])

      yield* Workloads.createCatalogueVersion({ catalogueId, version: "2.0.0", description: "second" })
      const next = itemsOf(yield* Workloads.readCatalogueItems({ catalogueId }))[0]?.CatalogueVersionId
      assert(typeof next === "string" && next !== latest)
      const updated = yield* Workloads.updateWorkload({ workloadId, catalogueVersionId: next })
      expect([updated.WorkloadId, updated.Detail?.Workload?.CatalogueVersionId]).toEqual([workloadId, next])
      expect((yield* Workloads.readWorkloads({ workloadId })).Workloads[0]?.CatalogueVersionId).toBe(next)

      const deleted = yield* Workloads.deleteWorkload({ workloadId })
      expect(local.tasks.get(deleted.taskId ?? "")?.operationId).toBe("workloads.DeleteWorkload")
      expect((yield* Workloads.readWorkloads({ workloadId, filter: "DELETED" })).Workloads.map((w) => w.Id)).toEqual([workloadId])
      expect((yield* Workloads.readWorkloads({ filter: "ACTIVE" })).Workloads.map((w) => w.Id)).not.toContain(workloadId)
    }).pipe(withServices()))

  it.effect("a workload on a version of another item, or of none, is a 404", () =>
    Effect.gen(function*() {
      const a = (yield* Workloads.createCatalogueItem(item)).CatalogueId!
      const b = (yield* Workloads.createCatalogueItem({ ...item, name: "other" })).CatalogueId!
      const ofB = itemsOf(yield* Workloads.readCatalogueItems({ catalogueId: b }))[0]?.CatalogueVersionId
      assert(typeof ofB === "string")
      const input = { name: "app", accountId: SEED_ACCOUNT_ID, region: "ap-southeast-2" } as const
      const wrong = yield* Effect.flip(Workloads.createWorkload({ ...input, catalogueId: a, catalogueVersionId: ofB }))
      assert(wrong._tag === "ApiError")
      expect(wrong.status).toBe(404)
      expect((yield* Workloads.readWorkloads()).Workloads).toEqual([])
    }).pipe(withServices()))
})
