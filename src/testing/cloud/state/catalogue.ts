/**
 * The workload catalogue, stateful: items (`CreateCatalogueItem`, which publishes its first version;
 * `ReadCatalogueItems`, paged with `Paging` inside the catalogue, each item's `Versions` unless
 * `include_versions=false`, its `Tags` with `include_tags=true`; `DeleteCatalogueItem`, its versions with it) and versions (`CreateCatalogueVersion`, 409 for a
 * version string the item has; `ReadCatalogueVersion`; `DeleteCatalogueVersion`; `ReadCatalogueManifest`).
 * An item's `CatalogueVersionId` is its latest version. The document has no UpdateCatalogueVersion.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import { SEED_ORGANISATION_ID } from "../accounts.js"
import { type Call, conflict, type Handlers, listOf, notFound, ok, setAt, text } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { page } from "./paging.js"

/** Where the stand-in says a version's manifest is when the request gave only its body. */
const manifestUrl = (catalogueId: string, version: string) => `s3://stax-stand-in-catalogue/${catalogueId}/${version}/manifest.yaml`

/** A version record from a create's body (`Version` → `WorkloadVersion`). */
const newVersion = (call: Call, catalogueId: string): Json => {
  const now = call.now()
  const version = text(call.body, "Version")
  return {
    ...call.sampleOf("workloads.ReadCatalogueVersion", ["Versions", 0]),
    Id: undefined,
    CatalogueId: catalogueId,
    WorkloadVersion: version,
    Description: call.body["Description"],
    ManifestURL: text(call.body, "ManifestURL") || manifestUrl(catalogueId, version),
    Parameters: [],
    Outputs: [],
    Public: false,
    Status: "ACTIVE",
    UserTaskId: null,
    CreatedTS: now,
    ModifiedTS: now
  }
}

/** What a write's `Detail.WorkloadCatalogueItem` says: the item with its version's fields. */
const itemDetail = (call: Call, item: Json, version: Json): Json => ({
  Id: item["Id"],
  CatalogueId: item["Id"],
  CatalogueVersionId: version["Id"],
  Name: item["Name"],
  Description: version["Description"],
  Version: version["WorkloadVersion"],
  ManifestBody: call.body["ManifestBody"],
  ManifestURL: version["ManifestURL"],
  OrganisationId: SEED_ORGANISATION_ID,
  Parameters: {},
  Public: false
})

/** The answer of a catalogue write: the sample with the catalogue's id and `Detail.WorkloadCatalogueItem`. */
const writeAnswer = (call: Call, item: Json, version: Json): Json => {
  const body = setAt(call.sample(), ["CatalogueId"], item["Id"])
  const sampled = (body["Detail"] as Json | undefined)?.["WorkloadCatalogueItem"]
  return setAt(body, ["Detail", "WorkloadCatalogueItem"], { ...(sampled as Json | undefined), ...itemDetail(call, item, version) })
}

const truthy = (value: unknown) => value === true || value === "true"

/**
 * The handlers of catalogue items and versions.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const catalogueHandlers = (state: CloudState): Handlers => {
  const items = state.catalogueItems
  const versions = state.catalogueVersions
  const versionsOf = (catalogueId: string) => versions.list().filter((v) => v["CatalogueId"] === catalogueId)
  return {
    "workloads.CreateCatalogueItem": (call) => {
      const now = call.now()
      const item = items.add({
        ...call.sampleOf("workloads.ReadCatalogueItems", ["WorkloadCatalogues", 0, "WorkloadCatalogueItems", 0]),
        Id: undefined,
        Versions: undefined,
        Name: call.body["Name"],
        Description: call.body["Description"],
        Tags: call.body["Tags"],
        OrganisationId: SEED_ORGANISATION_ID,
        Protection: false,
        Public: false,
        Status: "ACTIVE",
        UserTaskId: null,
        CreatedTS: now,
        ModifiedTS: now
      })
      const version = versions.add(newVersion(call, String(item["Id"])))
      const current = items.update(String(item["Id"]), { CatalogueVersionId: version["Id"] })!
      return ok(writeAnswer(call, current, version))
    },
    "workloads.CreateCatalogueVersion": (call) => {
      const catalogueId = call.params["catalogue_id"] ?? ""
      if (items.get(catalogueId) === undefined) return notFound("Catalogue item", catalogueId)
      const wanted = text(call.body, "Version")
      if (versionsOf(catalogueId).some((v) => v["WorkloadVersion"] === wanted)) return conflict("Catalogue version", "Version", wanted)
      const version = versions.add(newVersion(call, catalogueId))
      const item = items.update(catalogueId, { CatalogueVersionId: version["Id"], ModifiedTS: call.now() })!
      return ok(writeAnswer(call, item, version))
    },
    "workloads.ReadCatalogueItems": (call) => {
      const id = call.params["catalogue_id"]
      let shown = items.list()
      if (id !== undefined) {
        shown = shown.filter((item) => item["Id"] === id)
        if (shown.length === 0) return notFound("Catalogue item", id)
      }
      const ids = listOf(call.wire["id_filter"])
      if (ids !== undefined) shown = shown.filter((item) => ids.includes(String(item["Id"])))
      // `filter` lists task statuses (STARTED, RUNNING, ...) that no item has: the stand-in leaves it unapplied.
      const name = call.wire["name"]
      if (typeof name === "string") shown = shown.filter((item) => item["Name"] === name)
      // The document's defaults: versions (with their parameters) shown unless turned off, tags only when asked.
      const withVersions = call.wire["include_versions"] === undefined || truthy(call.wire["include_versions"])
      const withParameters = call.wire["include_parameters"] === undefined || truthy(call.wire["include_parameters"])
      const withTags = truthy(call.wire["include_tags"])
      shown = shown.map((item) => ({
        ...item,
        Tags: withTags ? item["Tags"] : undefined,
        Versions: withVersions ? versionsOf(String(item["Id"])).map((v) => (withParameters ? v : { ...v, Parameters: undefined })) : undefined
      }))
      const { items: onPage, paging } = page(shown, call.wire)
      const catalogue: Json = { OrganisationId: SEED_ORGANISATION_ID, WorkloadCatalogueItems: onPage }
      if (paging !== undefined) catalogue["Paging"] = paging
      return ok({ WorkloadCatalogues: [catalogue] })
    },
    "workloads.ReadCatalogueVersion": (call) => {
      const catalogueId = call.params["catalogue_id"] ?? ""
      const versionId = call.params["version_id"] ?? ""
      if (items.get(catalogueId) === undefined) return notFound("Catalogue item", catalogueId)
      const version = versions.get(versionId)
      if (version === undefined || version["CatalogueId"] !== catalogueId) return notFound("Catalogue version", versionId)
      const withParameters = call.wire["include_parameters"] === undefined || truthy(call.wire["include_parameters"])
      return ok({ Versions: [withParameters ? version : { ...version, Parameters: undefined }] })
    },
    "workloads.ReadCatalogueManifest": (call) => {
      const versionId = call.params["version_id"] ?? ""
      const version = versions.get(versionId)
      return version === undefined ? notFound("Catalogue version", versionId) : ok({ url: version["ManifestURL"] })
    },
    "workloads.DeleteCatalogueVersion": (call) => {
      const catalogueId = call.params["catalogue_id"] ?? ""
      const versionId = call.params["version_id"] ?? ""
      if (versions.get(versionId)?.["CatalogueId"] !== catalogueId) return notFound("Catalogue version", versionId)
      const removed = versions.remove(versionId)!
      const latest = versionsOf(catalogueId).at(-1)
      items.update(catalogueId, { CatalogueVersionId: latest?.["Id"] ?? null, ModifiedTS: call.now() })
      const body = call.sample()
      const sampled = (body["Detail"] as Json | undefined)?.["WorkloadCatalogueVersion"]
      return ok(setAt(body, ["Detail", "WorkloadCatalogueVersion"], { ...(sampled as Json | undefined), ...removed, Parameters: undefined }))
    },
    "workloads.DeleteCatalogueItem": (call) => {
      const id = call.params["catalogue_id"] ?? ""
      const item = items.remove(id)
      if (item === undefined) return notFound("Catalogue item", id)
      const all = versionsOf(id)
      for (const version of all) versions.remove(String(version["Id"]))
      const latest = all.find((v) => v["Id"] === item["CatalogueVersionId"]) ?? all.at(-1) ?? {}
      const body = call.sample()
      const sampled = (body["Detail"] as Json | undefined)?.["WorkloadCatalogueItem"]
      return ok(setAt(body, ["Detail", "WorkloadCatalogueItem"], { ...(sampled as Json | undefined), ...itemDetail(call, item, latest), Id: id, Status: "DELETED" }))
    }
  }
}
