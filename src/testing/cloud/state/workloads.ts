/**
 * Workloads and catalogue items, stateful: `CreateWorkload` / `ReadWorkloads` (paged) / `UpdateWorkload` /
 * `DeleteWorkload`, and `CreateCatalogueItem` / `ReadCatalogueItems` (paged, `Paging` inside the
 * catalogue) / `DeleteCatalogueItem`.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import { SEED_ORGANISATION_ID } from "../accounts.js"
import { type Call, type Handlers, listOf, notFound, ok, setAt } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud } from "./crud.js"
import { page } from "./paging.js"

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

/**
 * The handlers of workloads and catalogue items.
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
      idAt: ["Detail", "Workload", "WorkloadId"],
      guard: (call) => {
        const catalogueId = String(call.body["CatalogueId"] ?? "")
        return state.catalogueItems.get(catalogueId) === undefined ? notFound("Catalogue item", catalogueId) : undefined
      },
      fields: (call) => ({ ...workloadFields(call), OrganisationId: SEED_ORGANISATION_ID }),
      task: (record) => ({ Workloads: [String(record["Id"])] })
    },
    update: { id: "workloads.UpdateWorkload", patch: (call) => ({ ...call.body, ...workloadFields(call) }) },
    remove: { id: "workloads.DeleteWorkload" }
  }),
  "workloads.CreateCatalogueItem": (call) => {
    const now = call.now()
    const item = state.catalogueItems.add({
      ...call.sampleOf("workloads.ReadCatalogueItems", ["WorkloadCatalogues", 0, "WorkloadCatalogueItems", 0]),
      Id: undefined,
      Name: call.body["Name"],
      Description: call.body["Description"],
      OrganisationId: SEED_ORGANISATION_ID,
      Status: "ACTIVE",
      CreatedTS: now,
      ModifiedTS: now
    })
    return ok(setAt(call.sample(), ["CatalogueId"], item["Id"]))
  },
  "workloads.ReadCatalogueItems": (call) => {
    const id = call.params["catalogue_id"]
    let items = state.catalogueItems.list()
    if (id !== undefined) {
      items = items.filter((item) => item["Id"] === id)
      if (items.length === 0) return notFound("Catalogue item", id)
    }
    const ids = listOf(call.wire["id_filter"])
    if (ids !== undefined) items = items.filter((item) => ids.includes(String(item["Id"])))
    const name = call.wire["name"]
    if (typeof name === "string") items = items.filter((item) => item["Name"] === name)
    const { items: shown, paging } = page(items, call.wire)
    const catalogue: Json = { OrganisationId: SEED_ORGANISATION_ID, WorkloadCatalogueItems: shown }
    if (paging !== undefined) catalogue["Paging"] = paging
    return ok({ WorkloadCatalogues: [catalogue] })
  },
  "workloads.DeleteCatalogueItem": (call) => {
    const id = call.params["catalogue_id"] ?? ""
    return state.catalogueItems.remove(id) === undefined ? notFound("Catalogue item", id) : ok(call.sample())
  }
})
