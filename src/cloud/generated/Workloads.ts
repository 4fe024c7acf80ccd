/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Workloads` service: the operations `workloads.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { paged } from "../paging/paged.js"
import { CommaList, NonEmptyString, optional, otherPath, pattern, strictEnum } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import { withTaskId } from "../tasks/taskId.js"
import * as CommonModels from "./models/common.js"
import * as WorkloadsModels from "./models/workloads.js"

/**
 * The input of `workloads.CreateCatalogueItem` (POST /workload-catalogue).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateCatalogueItemInput = Schema.Struct({
  /** Description of the Workload. */
  description: Schema.propertySignature(Schema.String.pipe(Schema.maxLength(1024))).pipe(Schema.fromKey("Description")),
  /** Raw text of a Manifest. Either this or ManifestURL must be provided. */
  manifestBody: optional(Schema.String).pipe(Schema.fromKey("ManifestBody")),
  /** HTTPS/S3 URL of the manifest. Either this or ManifestBody must be provided. */
  manifestURL: optional(Schema.String).pipe(Schema.fromKey("ManifestURL")),
  /** Name of the Workload Catalogue Item to create. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64))).pipe(Schema.fromKey("Name")),
  parameters: optional(CommonModels.ParameterInput).pipe(Schema.fromKey("Parameters")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags")),
  /** Version of the Workload Catalogue Item to create. */
  version: Schema.propertySignature(Schema.String.pipe(Schema.maxLength(128))).pipe(Schema.fromKey("Version"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCatalogueItemInput extends Schema.Schema.Type<typeof CreateCatalogueItemInput> {}

/**
 * The input of `workloads.CreateCatalogueVersion` (PUT /workload-catalogue/{catalogue_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateCatalogueVersionInput = Schema.Struct({
  /** The UUID of the Catalogue Item to update. (path parameter `catalogue_id`) */
  catalogueId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("catalogue_id")),
  /** Description of the Workload Item Version */
  description: Schema.propertySignature(Schema.String.pipe(Schema.maxLength(1024))).pipe(Schema.fromKey("Description")),
  /** Raw text of a Manifest. Either this or ManifestURL must be provided. */
  manifestBody: optional(Schema.String).pipe(Schema.fromKey("ManifestBody")),
  /** HTTPS/S3 URL of the manifest. Either this or ManifestBody must be provided. */
  manifestURL: optional(Schema.String).pipe(Schema.fromKey("ManifestURL")),
  parameters: optional(CommonModels.ParameterInput).pipe(Schema.fromKey("Parameters")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags")),
  /** Version of the Workload Catalogue Item to create. */
  version: Schema.propertySignature(Schema.String.pipe(Schema.maxLength(128))).pipe(Schema.fromKey("Version"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCatalogueVersionInput extends Schema.Schema.Type<typeof CreateCatalogueVersionInput> {}

/**
 * The input of `workloads.CreateWorkload` (POST /workloads).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateWorkloadInput = Schema.Struct({
  accountId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("AccountId")),
  catalogueId: Schema.propertySignature(CommonModels.Uuidv4Input).pipe(Schema.fromKey("CatalogueId")),
  catalogueVersionId: optional(CommonModels.Uuidv4Input).pipe(Schema.fromKey("CatalogueVersionId")),
  /** The Workload name. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(2), Schema.maxLength(64), pattern("^[a-zA-Z][-a-zA-Z0-9]*$"))).pipe(Schema.fromKey("Name")),
  parameters: optional(Schema.Array(CommonModels.KeyValueRequestParameterInput)).pipe(Schema.fromKey("Parameters")),
  region: Schema.propertySignature(CommonModels.AwsRegionInput).pipe(Schema.fromKey("Region")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateWorkloadInput extends Schema.Schema.Type<typeof CreateWorkloadInput> {}

/**
 * The input of `workloads.DeleteCatalogueItem` (DELETE /workload-catalogue/{catalogue_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteCatalogueItemInput = Schema.Struct({
  /** The UUID of the Catalogue Item to delete. (path parameter `catalogue_id`) */
  catalogueId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("catalogue_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteCatalogueItemInput extends Schema.Schema.Type<typeof DeleteCatalogueItemInput> {}

/**
 * The input of `workloads.DeleteCatalogueVersion` (DELETE /workload-catalogue/{catalogue_id}/{version_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteCatalogueVersionInput = Schema.Struct({
  /** The UUID of the Catalogue Item. (path parameter `catalogue_id`) */
  catalogueId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("catalogue_id")),
  /** The UUID of the Catalogue Version to delete. (path parameter `version_id`) */
  versionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("version_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteCatalogueVersionInput extends Schema.Schema.Type<typeof DeleteCatalogueVersionInput> {}

/**
 * The input of `workloads.DeleteWorkload` (DELETE /workloads/{workload_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteWorkloadInput = Schema.Struct({
  /** The UUID of the Workload to delete. (path parameter `workload_id`) */
  workloadId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("workload_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteWorkloadInput extends Schema.Schema.Type<typeof DeleteWorkloadInput> {}

/**
 * The values of `filter` of `workloads.ReadCatalogueItems` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCatalogueItemsFilter = strictEnum("STARTED", "RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED").annotations({
  description: "one of STARTED, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCatalogueItemsFilter = typeof ReadCatalogueItemsFilter.Type

/**
 * The values of `sort` of `workloads.ReadCatalogueItems`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCatalogueItemsSort = strictEnum(
  "Id",
  "Name",
  "Description",
  "Status",
  "OrganisationId",
  "Public",
  "CreatedTS",
  "CreatedBy",
  "ModifiedTS",
  "UserTaskId",
  "CatalogueVersionId",
  "Protection"
).annotations({
  description: "one of Id, Name, Description, Status, OrganisationId, Public, CreatedTS, CreatedBy, ModifiedTS, UserTaskId, CatalogueVersionId, Protection"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCatalogueItemsSort = typeof ReadCatalogueItemsSort.Type

/**
 * The values of `sort_order` of `workloads.ReadCatalogueItems`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCatalogueItemsSortOrder = strictEnum("ASC", "DESC").annotations({
  description: "one of ASC, DESC"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCatalogueItemsSortOrder = typeof ReadCatalogueItemsSortOrder.Type

/**
 * The input of `workloads.ReadCatalogueItems` (GET /workload-catalogue/{catalogue_id} | /workload-catalogue).
 *
 * One member per path (`/workload-catalogue/{catalogue_id}`, `/workload-catalogue`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadCatalogueItemsInput = Schema.Union(
  // GET /workload-catalogue
  Schema.Struct({
    catalogueId: otherPath.pipe(Schema.fromKey("catalogue_id")),
    /** The Name of the Workload Catalogue Items to return. (query parameter `name`) */
    name: optional(Schema.String),
    /**
     * List of Workload Catalogue Item statuses you want returned, comma delimited.
     * Filter options available: STARTED, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED. (query parameter `filter`)
     */
    filter: optional(CommaList(ReadCatalogueItemsFilter)),
    /** List of Workload Catalogue Item IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /** Pagination - The page number to return. (query parameter `offset`) */
    offset: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0))),
    /** Pagination - The number of items per page to return. (query parameter `limit`) */
    limit: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1))),
    /** The field to sort on. (query parameter `sort`) */
    sort: optional(ReadCatalogueItemsSort),
    /** The sort order - up or down. (query parameter `sort_order`; the API's default: "DESC") */
    sortOrder: optional(ReadCatalogueItemsSortOrder).pipe(Schema.fromKey("sort_order")),
    /** Do you want all Versions? (query parameter `include_versions`; the API's default: true) */
    includeVersions: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_versions")),
    /** Do you want the Parameter dictionary? (query parameter `include_parameters`; the API's default: true) */
    includeParameters: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_parameters")),
    /** Do you want all the Tags? (query parameter `include_tags`; the API's default: false) */
    includeTags: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_tags"))
  }),
  // GET /workload-catalogue/{catalogue_id}
  Schema.Struct({
    /** The UUID of the Catalogue Item to return. (path parameter `catalogue_id`) */
    catalogueId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("catalogue_id")),
    /** The Name of the Workload Catalogue Items to return. (query parameter `name`) */
    name: optional(Schema.String),
    /**
     * List of Workload Catalogue Item statuses you want returned, comma delimited.
     * Filter options available: STARTED, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED. (query parameter `filter`)
     */
    filter: optional(CommaList(ReadCatalogueItemsFilter)),
    /** List of Workload Catalogue Item IDs you want returned, comma delimited. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /** Pagination - The page number to return. (query parameter `offset`) */
    offset: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0))),
    /** Pagination - The number of items per page to return. (query parameter `limit`) */
    limit: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1))),
    /** The field to sort on. (query parameter `sort`) */
    sort: optional(ReadCatalogueItemsSort),
    /** The sort order - up or down. (query parameter `sort_order`; the API's default: "DESC") */
    sortOrder: optional(ReadCatalogueItemsSortOrder).pipe(Schema.fromKey("sort_order")),
    /** Do you want all Versions? (query parameter `include_versions`; the API's default: true) */
    includeVersions: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_versions")),
    /** Do you want the Parameter dictionary? (query parameter `include_parameters`; the API's default: true) */
    includeParameters: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_parameters")),
    /** Do you want all the Tags? (query parameter `include_tags`; the API's default: false) */
    includeTags: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_tags"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadCatalogueItemsInput = typeof ReadCatalogueItemsInput.Type

/**
 * The input of `workloads.ReadCatalogueManifest` (GET /workload-catalogue/manifest/{version_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadCatalogueManifestInput = Schema.Struct({
  /** The UUID of the Catalogue Version (path parameter `version_id`) */
  versionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("version_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCatalogueManifestInput extends Schema.Schema.Type<typeof ReadCatalogueManifestInput> {}

/**
 * The input of `workloads.ReadCatalogueTemplate` (GET /workload-catalogue/template/{version_id}/{name}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadCatalogueTemplateInput = Schema.Struct({
  /** The UUID of the Catalogue Version (path parameter `version_id`) */
  versionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("version_id")),
  /** Retrieve the Cloudformation with this Resource Name. (path parameter `name`) */
  name: Schema.propertySignature(NonEmptyString)
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCatalogueTemplateInput extends Schema.Schema.Type<typeof ReadCatalogueTemplateInput> {}

/**
 * The input of `workloads.ReadCatalogueVersion` (GET /workload-catalogue/{catalogue_id}/{version_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadCatalogueVersionInput = Schema.Struct({
  /** The UUID of the Catalogue Item to return. (path parameter `catalogue_id`) */
  catalogueId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("catalogue_id")),
  /** The UUID of the Catalogue Version to return. (path parameter `version_id`) */
  versionId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("version_id")),
  /** Do you want the Parameter dictionary? (query parameter `include_parameters`; the API's default: true) */
  includeParameters: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_parameters"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCatalogueVersionInput extends Schema.Schema.Type<typeof ReadCatalogueVersionInput> {}

/**
 * The values of `filter` of `workloads.ReadWorkloads` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadWorkloadsFilter = strictEnum(
  "NEW",
  "INITIALIZING",
  "ACTIVE",
  "CREATE_FAILED",
  "DELETE_IN_PROGRESS",
  "DELETED",
  "DELETE_FAILED",
  "UPDATE_IN_PROGRESS",
  "UPDATE_FAILED",
  "UPDATE_COMPLETE"
).annotations({
  description: "one of NEW, INITIALIZING, ACTIVE, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS, UPDATE_FAILED, UPDATE_COMPLETE"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadWorkloadsFilter = typeof ReadWorkloadsFilter.Type

/**
 * The values of `sort` of `workloads.ReadWorkloads`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadWorkloadsSortEnum = strictEnum(
  "Id",
  "Name",
  "AccountId",
  "CatalogueId",
  "CatalogueVersionId",
  "Region",
  "Status",
  "UserTaskId",
  "CreatedBy",
  "CreatedTS",
  "ModifiedTS",
  "FactoryVersion"
).annotations({
  description: "one of Id, Name, AccountId, CatalogueId, CatalogueVersionId, Region, Status, UserTaskId, CreatedBy, CreatedTS, ModifiedTS, FactoryVersion"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadWorkloadsSortEnum = typeof ReadWorkloadsSortEnum.Type

/**
 * The values of `sort_order` of `workloads.ReadWorkloads`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadWorkloadsSortOrderEnum = strictEnum("ASC", "DESC").annotations({
  description: "one of ASC, DESC"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadWorkloadsSortOrderEnum = typeof ReadWorkloadsSortOrderEnum.Type

/**
 * The input of `workloads.ReadWorkloads` (GET /workloads/{workload_id} | /workloads).
 *
 * One member per path (`/workloads/{workload_id}`, `/workloads`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadWorkloadsInput = Schema.Union(
  // GET /workloads
  Schema.Struct({
    workloadId: otherPath.pipe(Schema.fromKey("workload_id")),
    /** The Name of the Workloads to return. (query parameter `name`) */
    name: optional(Schema.String),
    /** Fuzzy search by workload name. (query parameter `name_filter`) */
    nameFilter: optional(Schema.String).pipe(Schema.fromKey("name_filter")),
    /**
     * Comma delimited list of Stax Workload statuses. Returns all Workloads with this status.
     * Filter Options available: NEW, INITIALIZING, ACTIVE, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS, UPDATE_FAILED, UPDATE_COMPLETE. (query parameter `filter`)
     */
    filter: optional(CommaList(ReadWorkloadsFilter)),
    /** Comma delimited list of Stax Account Names. Returns all Workloads deployed to these Accounts Names. (query parameter `account_names`) */
    accountNames: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_names")),
    /** Comma delimited list of Stax Account Types. Returns all Workloads deployed to these Account Types. (query parameter `account_types`) */
    accountTypes: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_types")),
    /** Comma delimited list of Stax Account IDs. Returns all Workloads deployed to these Account IDs. (query parameter `account_ids`) */
    accountIds: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_ids")),
    /** Comma delimited list of Stax Workload IDs. Returns all Workloads with these Workload IDs. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /** Comma delimited list of Stax Workload Catalogue Names. Returns all Workloads deployed with these Workload Catalogue Names. (query parameter `catalogue_names`) */
    catalogueNames: optional(CommaList(Schema.String)).pipe(Schema.fromKey("catalogue_names")),
    /** Comma delimited list of Stax Workload Catalogue IDs. Returns all Workloads deployed with these Catalogue IDs. (query parameter `catalogue_ids`) */
    catalogueIds: optional(CommaList(Schema.String)).pipe(Schema.fromKey("catalogue_ids")),
    /** Only return Workloads launched from this Stax Workload Catalogue Version (eg. 1.0.0). Requires catalogue_ids (query parameter `catalogue_version`) */
    catalogueVersion: optional(Schema.String).pipe(Schema.fromKey("catalogue_version")),
    /** Only return Workloads launched from this Stax Workload Catalogue Version ID. (query parameter `catalogue_version_id`) */
    catalogueVersionId: optional(Schema.String).pipe(Schema.fromKey("catalogue_version_id")),
    /** Pagination - The page number to return. Must be used with limit (query parameter `offset`) */
    offset: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0))),
    /** Pagination - The number of items per page to return. Must be used with offset (query parameter `limit`) */
    limit: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1))),
    /** The field to sort on. (query parameter `sort`) */
    sort: optional(ReadWorkloadsSortEnum),
    /** The sort order - up or down. (query parameter `sort_order`; the API's default: "DESC") */
    sortOrder: optional(ReadWorkloadsSortOrderEnum).pipe(Schema.fromKey("sort_order"))
  }),
  // GET /workloads/{workload_id}
  Schema.Struct({
    /** The UUID of the Workload Item to return. (path parameter `workload_id`) */
    workloadId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("workload_id")),
    /** The Name of the Workloads to return. (query parameter `name`) */
    name: optional(Schema.String),
    /**
     * Comma delimited list of Stax Workload statuses. Returns all Workloads with this status.
     * Filter Options available: NEW, INITIALIZING, ACTIVE, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS, UPDATE_FAILED, UPDATE_COMPLETE. (query parameter `filter`)
     */
    filter: optional(CommaList(ReadWorkloadsFilter)),
    /** Comma delimited list of Stax Account Names. Returns all Workloads deployed to these Accounts Names. (query parameter `account_names`) */
    accountNames: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_names")),
    /** Comma delimited list of Stax Account Types. Returns all Workloads deployed to these Account Types. (query parameter `account_types`) */
    accountTypes: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_types")),
    /** Comma delimited list of Stax Account IDs. Returns all Workloads deployed to these Account IDs. (query parameter `account_ids`) */
    accountIds: optional(CommaList(Schema.String)).pipe(Schema.fromKey("account_ids")),
    /** Comma delimited list of Stax Workload IDs. Returns all Workloads with these Workload IDs. (query parameter `id_filter`) */
    idFilter: optional(CommaList(Schema.String)).pipe(Schema.fromKey("id_filter")),
    /** Comma delimited list of Stax Workload Catalogue Names. Returns all Workloads deployed with these Workload Catalogue Names. (query parameter `catalogue_names`) */
    catalogueNames: optional(CommaList(Schema.String)).pipe(Schema.fromKey("catalogue_names")),
    /** Comma delimited list of Stax Workload Catalogue IDs. Returns all Workloads deployed with these Catalogue IDs. (query parameter `catalogue_ids`) */
    catalogueIds: optional(CommaList(Schema.String)).pipe(Schema.fromKey("catalogue_ids")),
    /** Only return Workloads launched from this Stax Workload Catalogue Version (eg. 1.0.0). Requires catalogue_ids (query parameter `catalogue_version`) */
    catalogueVersion: optional(Schema.String).pipe(Schema.fromKey("catalogue_version")),
    /** Only return Workloads launched from this Stax Workload Catalogue Version ID. (query parameter `catalogue_version_id`) */
    catalogueVersionId: optional(Schema.String).pipe(Schema.fromKey("catalogue_version_id")),
    /** Pagination - The page number to return. Must be used with limit (query parameter `offset`) */
    offset: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0))),
    /** Pagination - The number of items per page to return. Must be used with offset (query parameter `limit`) */
    limit: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1))),
    /** The field to sort on. (query parameter `sort`) */
    sort: optional(ReadWorkloadsSortEnum),
    /** The sort order - up or down. (query parameter `sort_order`; the API's default: "DESC") */
    sortOrder: optional(ReadWorkloadsSortOrderEnum).pipe(Schema.fromKey("sort_order")),
    /** Do you want all the Tags? (query parameter `include_tags`; the API's default: false) */
    includeTags: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_tags"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadWorkloadsInput = typeof ReadWorkloadsInput.Type

/**
 * The input of `workloads.UpdateWorkload` (PUT /workloads/{workload_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateWorkloadInput = Schema.Struct({
  /** The UUID of the Workload to update. (path parameter `workload_id`) */
  workloadId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("workload_id")),
  catalogueId: optional(CommonModels.Uuidv4Input).pipe(Schema.fromKey("CatalogueId")),
  catalogueVersionId: optional(CommonModels.Uuidv4Input).pipe(Schema.fromKey("CatalogueVersionId")),
  parameters: optional(Schema.Array(CommonModels.KeyValueRequestParameterInput)).pipe(Schema.fromKey("Parameters")),
  protection: optional(Schema.Boolean).pipe(Schema.fromKey("Protection")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateWorkloadInput extends Schema.Schema.Type<typeof UpdateWorkloadInput> {}

/**
 * The operations of `Workloads`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const workloadsOperations = {
  /**
   * `workloads.CreateCatalogueItem`: Create Workload Catalogue Item.
   *
   * - `POST /20190206/workload-catalogue`: Create a new Workload Catalogue Item within your Stax Organisation.
   */
  createCatalogueItem: Operation.make({
    name: "Workloads.createCatalogueItem",
    method: "POST",
    path: "/workload-catalogue",
    input: CreateCatalogueItemInput,
    output: CommonModels.CreateCatalogueEvent
  }),
  /**
   * `workloads.CreateCatalogueVersion`: Update Workload Catalogue Item.
   *
   * - `PUT /20190206/workload-catalogue/{catalogue_id}`: Creates a new version of a Workload Catalogue Item. Workload Catalogue Items have one or more versions and are immutable, so any changes are a new version.
   */
  createCatalogueVersion: Operation.make({
    name: "Workloads.createCatalogueVersion",
    method: "PUT",
    path: "/workload-catalogue/{catalogue_id}",
    input: CreateCatalogueVersionInput,
    output: CommonModels.CreateVersionEvent
  }),
  /**
   * `workloads.CreateWorkload`: Deploy Workload.
   *
   * - `POST /20190206/workloads`: Deploy a Workload within an AWS Account.
   */
  createWorkload: Operation.make({
    name: "Workloads.createWorkload",
    method: "POST",
    path: "/workloads",
    input: CreateWorkloadInput,
    output: CommonModels.CreateWorkloadEvent
  }),
  /**
   * `workloads.DeleteCatalogueItem`: Delete Workload Catalogue Item.
   *
   * - `DELETE /20190206/workload-catalogue/{catalogue_id}`: Delete a Workload Catalogue Item from your Stax Organisation. Existing Workloads launched from this Catalogue will not be deleted.
   */
  deleteCatalogueItem: Operation.make({
    name: "Workloads.deleteCatalogueItem",
    method: "DELETE",
    path: "/workload-catalogue/{catalogue_id}",
    input: DeleteCatalogueItemInput,
    output: CommonModels.DeleteCatalogueEvent
  }),
  /**
   * `workloads.DeleteCatalogueVersion`: Delete Workload Catalogue Version.
   *
   * - `DELETE /20190206/workload-catalogue/{catalogue_id}/{version_id}`: Delete a Workload Catalogue Version from your Stax Organisation. Existing Workloads launched from this Workload Catalogue Version will not be deleted.
   */
  deleteCatalogueVersion: Operation.make({
    name: "Workloads.deleteCatalogueVersion",
    method: "DELETE",
    path: "/workload-catalogue/{catalogue_id}/{version_id}",
    input: DeleteCatalogueVersionInput,
    output: CommonModels.DeleteVersionEvent
  }),
  /**
   * `workloads.DeleteWorkload`: Terminate Workload.
   *
   * - `DELETE /20190206/workloads/{workload_id}`: Terminate an active Workload within an AWS Account.
   */
  deleteWorkload: Operation.make({
    name: "Workloads.deleteWorkload",
    method: "DELETE",
    path: "/workloads/{workload_id}",
    input: DeleteWorkloadInput,
    output: CommonModels.DeleteWorkloadEvent
  }),
  /**
   * `workloads.ReadCatalogueItems`: Fetch Workload Catalogue Items.
   *
   * - `GET /20190206/workload-catalogue/{catalogue_id}`: Return all Workload Catalogue Items within your Stax Organisation. Optionally, return the requested Workload Catalogue Item.
   * - `GET /20190206/workload-catalogue`: Return all Workload Catalogue Items within your Stax Organisation. Optionally, return the requested Workload Catalogue Item.
   */
  readCatalogueItems: Operation.make({
    name: "Workloads.readCatalogueItems",
    method: "GET",
    path: ["/workload-catalogue/{catalogue_id}", "/workload-catalogue"],
    input: ReadCatalogueItemsInput,
    output: WorkloadsModels.ReadCatalogueItems
  }),
  /**
   * `workloads.ReadCatalogueManifest`: Fetch Workload Catalogue Manifest.
   *
   * - `GET /20190206/workload-catalogue/manifest/{version_id}`: Return a Workload Catalogue Manifest
   */
  readCatalogueManifest: Operation.make({
    name: "Workloads.readCatalogueManifest",
    method: "GET",
    path: "/workload-catalogue/manifest/{version_id}",
    input: ReadCatalogueManifestInput,
    output: WorkloadsModels.ReadCatalogueManifest
  }),
  /**
   * `workloads.ReadCatalogueTemplate`: Fetch Workload Catalogue Cloudformation Template.
   *
   * - `GET /20190206/workload-catalogue/template/{version_id}/{name}`: Return a specific Workload Catalogue Cloudformation Template
   */
  readCatalogueTemplate: Operation.make({
    name: "Workloads.readCatalogueTemplate",
    method: "GET",
    path: "/workload-catalogue/template/{version_id}/{name}",
    input: ReadCatalogueTemplateInput,
    output: WorkloadsModels.ReadCatalogueTemplate
  }),
  /**
   * `workloads.ReadCatalogueVersion`: Fetch Workload Catalogue Version.
   *
   * - `GET /20190206/workload-catalogue/{catalogue_id}/{version_id}`: Return a specific Workload Catalogue Version.
   */
  readCatalogueVersion: Operation.make({
    name: "Workloads.readCatalogueVersion",
    method: "GET",
    path: "/workload-catalogue/{catalogue_id}/{version_id}",
    input: ReadCatalogueVersionInput,
    output: WorkloadsModels.ReadCatalogueVersion
  }),
  /**
   * `workloads.ReadWorkloads`: Fetch Workloads.
   *
   * - `GET /20190206/workloads/{workload_id}`: Return a list of all Workloads available within your Stax Organisation. Optionally, return the requested Workload.
   * - `GET /20190206/workloads`: Return a list of all Workloads available within your Stax Organisation. Optionally, return the requested Workload.
   */
  readWorkloads: Operation.make({
    name: "Workloads.readWorkloads",
    method: "GET",
    path: ["/workloads/{workload_id}", "/workloads"],
    input: ReadWorkloadsInput,
    output: WorkloadsModels.ReadWorkloadsResponse
  }),
  /**
   * `workloads.UpdateWorkload`: Update Workload.
   *
   * - `PUT /20190206/workloads/{workload_id}`: Update a Workload running within an AWS Account.
   */
  updateWorkload: Operation.make({
    name: "Workloads.updateWorkload",
    method: "PUT",
    path: "/workloads/{workload_id}",
    input: UpdateWorkloadInput,
    output: CommonModels.UpdateWorkloadEvent
  })
}

/** The service's methods: one entry per operation, plus a Stream per paged one. */
const workloadsTable = {
  /** Create Workload Catalogue Item (`workloads.CreateCatalogueItem`); the result's `taskId` names its task. */
  createCatalogueItem: Service.call(workloadsOperations.createCatalogueItem, { result: withTaskId([["TaskId"], ["Detail", "Message", "TaskId"]]) }),
  /** Update Workload Catalogue Item (`workloads.CreateCatalogueVersion`); the result's `taskId` names its task. */
  createCatalogueVersion: Service.call(workloadsOperations.createCatalogueVersion, { result: withTaskId([["TaskId"], ["Detail", "Message", "TaskId"]]) }),
  /** Deploy Workload (`workloads.CreateWorkload`); the result's `taskId` names its task. */
  createWorkload: Service.call(workloadsOperations.createWorkload, { result: withTaskId([["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"]]) }),
  /** Delete Workload Catalogue Item (`workloads.DeleteCatalogueItem`); the result's `taskId` names its task. */
  deleteCatalogueItem: Service.call(workloadsOperations.deleteCatalogueItem, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Delete Workload Catalogue Version (`workloads.DeleteCatalogueVersion`); the result's `taskId` names its task. */
  deleteCatalogueVersion: Service.call(workloadsOperations.deleteCatalogueVersion, { result: withTaskId([["Detail", "Message", "TaskId"]]) }),
  /** Terminate Workload (`workloads.DeleteWorkload`); the result's `taskId` names its task. */
  deleteWorkload: Service.call(workloadsOperations.deleteWorkload, { result: withTaskId([["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"]]) }),
  /** Fetch Workload Catalogue Items (`workloads.ReadCatalogueItems`). */
  readCatalogueItems: Service.call(workloadsOperations.readCatalogueItems, { input: "optional" }),
  /** Every item of `workloads.ReadCatalogueItems` as a `Stream`, page after page (`offset`/`limit`, following `NextOffset`). */
  readCatalogueItemsAll: paged(workloadsOperations.readCatalogueItems, {
    items: (out) => out.WorkloadCatalogues,
    paging: (out) => out.WorkloadCatalogues.at(-1)?.Paging
  }),
  /** Fetch Workload Catalogue Manifest (`workloads.ReadCatalogueManifest`). */
  readCatalogueManifest: Service.call(workloadsOperations.readCatalogueManifest),
  /** Fetch Workload Catalogue Cloudformation Template (`workloads.ReadCatalogueTemplate`). */
  readCatalogueTemplate: Service.call(workloadsOperations.readCatalogueTemplate),
  /** Fetch Workload Catalogue Version (`workloads.ReadCatalogueVersion`). */
  readCatalogueVersion: Service.call(workloadsOperations.readCatalogueVersion),
  /** Fetch Workloads (`workloads.ReadWorkloads`). */
  readWorkloads: Service.call(workloadsOperations.readWorkloads, { input: "optional" }),
  /** Every item of `workloads.ReadWorkloads` as a `Stream`, page after page (`offset`/`limit`, following `NextOffset`). */
  readWorkloadsAll: paged(workloadsOperations.readWorkloads, {
    items: (out) => out.Workloads,
    paging: (out) => out.Paging
  }),
  /** Update Workload (`workloads.UpdateWorkload`); the result's `taskId` names its task. */
  updateWorkload: Service.call(workloadsOperations.updateWorkload, { result: withTaskId([["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"]]) })
}

/**
 * The Workloads methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface WorkloadsService extends Service.ShapeOf<typeof workloadsTable> {}

/**
 * The `Workloads` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Workloads extends Service.Tag("stax-effect/cloud/Workloads")<Workloads, WorkloadsService>()(workloadsTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<WorkloadsService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(workloadsTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Workloads, never, StaxCloudClient> = Layer.effect(Workloads, Workloads.make)
}
