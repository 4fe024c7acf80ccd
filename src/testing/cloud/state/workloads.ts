/**
 * Workloads, stateful: `CreateWorkload` (404 for an unknown catalogue item or version; on the item's latest
 * version unless one is given) / `ReadWorkloads` (paged) / `UpdateWorkload` / `DeleteWorkload` (the
 * workload kept, `DELETED`); each write's answer gives the workload's id and `Detail.Workload`.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import { SEED_ORGANISATION_ID } from "../accounts.js"
import { type Call, type Handlers, notFound, setAt, text } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud } from "./crud.js"

/** `[{Key, Value}]` of a request as the `{Key: Value}` object read answers give. */
const parametersOf = (value: unknown): Json | undefined => {
  if (!Array.isArray(value)) return undefined
  const out: Json = {}
  for (const item of value) {
    if (typeof item === "object" && item !== null) out[String((item as Json)["Key"])] = (item as Json)["Value"]
  }
  return out
}

const workloadFields = (call: Call): Json => {
  const parameters = parametersOf(call.body["Parameters"])
  return parameters === undefined ? {} : { Parameters: parameters }
}

/** `Detail.Workload` of a workload write's answer, as the workload now is. */
const withWorkload = (answer: Json, record: Json): Json => {
  const detail = (answer["Detail"] as Json | undefined)?.["Workload"] as Json | undefined
  const fields: Json = {}
  for (const key of ["AccountId", "CatalogueId", "CatalogueVersionId", "Name", "Region", "Tags", "Parameters", "Protection"]) {
    if (record[key] !== undefined && record[key] !== null) fields[key] = record[key]
  }
  return setAt(answer, ["Detail", "Workload"], { ...detail, ...fields, WorkloadId: record["Id"], OrganisationId: SEED_ORGANISATION_ID, OrgId: SEED_ORGANISATION_ID })
}

const task = (record: Json) => ({ Workloads: [String(record["Id"])] })

/**
 * The handlers of workloads (the catalogue's are in `catalogue.ts`).
 *
 * @since 0.2.0
 * @category Handlers
 */
export const workloadHandlers = (state: CloudState): Handlers => ({
  ...crud({
    what: "Workload",
    store: state.workloads,
    list: "Workloads",
    idParam: "workload_id",
    itemOf: "workloads.ReadWorkloads",
    reads: [{ id: "workloads.ReadWorkloads", filters: { id_filter: "Id", account_ids: "AccountId", catalogue_ids: "CatalogueId", filter: "Status" }, paged: true }],
    create: {
      id: "workloads.CreateWorkload",
      alsoIdAt: [["WorkloadId"]],
      guard: (call) => {
        const catalogueId = text(call.body, "CatalogueId")
        const versionId = text(call.body, "CatalogueVersionId")
        if (state.catalogueItems.get(catalogueId) === undefined) return notFound("Catalogue item", catalogueId)
        return versionId !== "" && state.catalogueVersions.get(versionId)?.["CatalogueId"] !== catalogueId
          ? notFound("Catalogue version", versionId)
          : undefined
      },
      fields: (call) => ({
        ...workloadFields(call),
        CatalogueVersionId: text(call.body, "CatalogueVersionId") || state.catalogueItems.get(text(call.body, "CatalogueId"))?.["CatalogueVersionId"],
        OrganisationId: SEED_ORGANISATION_ID
      }),
      shape: withWorkload,
      task
    },
    update: { id: "workloads.UpdateWorkload", alsoIdAt: [["WorkloadId"]], patch: (call) => ({ ...call.body, ...workloadFields(call) }), shape: withWorkload, task },
    // A deleted workload stays, DELETED, as the API keeps it.
    remove: { id: "workloads.DeleteWorkload", status: "DELETED", shape: withWorkload, task }
  })
})
