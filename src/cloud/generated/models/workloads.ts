/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `workloads.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { openEnum, optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `workloads.Catalogue`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Catalogue = Schema.Struct({
  OrganisationId: CommonModels.Uuidv4,
  Paging: optional(CommonModels.Pagination),
  WorkloadCatalogueItems: Schema.Array(CommonModels.WorkloadCatalogue)
}).annotations({ identifier: "workloads.Catalogue" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Catalogue extends Schema.Schema.Type<typeof Catalogue> {}

/**
 * Component `workloads.CreateCatalogueItem`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateCatalogueItem = Schema.Struct({
  /** Description of the Workload. */
  Description: Schema.String,
  /** Raw text of a Manifest. Either this or ManifestURL must be provided. */
  ManifestBody: optional(Schema.String),
  /** HTTPS/S3 URL of the manifest. Either this or ManifestBody must be provided. */
  ManifestURL: optional(Schema.String),
  /** Name of the Workload Catalogue Item to create. */
  Name: Schema.String,
  Parameters: optional(CommonModels.Parameter),
  Tags: optional(CommonModels.Tags),
  /** Version of the Workload Catalogue Item to create. */
  Version: Schema.String
}).annotations({ identifier: "workloads.CreateCatalogueItem" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCatalogueItem extends Schema.Schema.Type<typeof CreateCatalogueItem> {}

/**
 * Component `workloads.CreateCatalogueVersion`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateCatalogueVersion = Schema.Struct({
  /** Description of the Workload Item Version */
  Description: Schema.String,
  /** Raw text of a Manifest. Either this or ManifestURL must be provided. */
  ManifestBody: optional(Schema.String),
  /** HTTPS/S3 URL of the manifest. Either this or ManifestBody must be provided. */
  ManifestURL: optional(Schema.String),
  Parameters: optional(CommonModels.Parameter),
  Tags: optional(CommonModels.Tags),
  /** Version of the Workload Catalogue Item to create. */
  Version: Schema.String
}).annotations({ identifier: "workloads.CreateCatalogueVersion" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateCatalogueVersion extends Schema.Schema.Type<typeof CreateCatalogueVersion> {}

/**
 * Component `workloads.CreateWorkload`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateWorkload = Schema.Struct({
  AccountId: CommonModels.Uuidv4,
  CatalogueId: CommonModels.Uuidv4,
  CatalogueVersionId: optional(CommonModels.Uuidv4),
  Id: optional(CommonModels.RoUuidv4),
  /** The Workload name. */
  Name: Schema.String,
  Parameters: optional(Schema.Array(CommonModels.KeyValueRequestParameter)),
  Region: CommonModels.AwsRegion,
  Tags: optional(CommonModels.Tags)
}).annotations({ identifier: "workloads.CreateWorkload" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateWorkload extends Schema.Schema.Type<typeof CreateWorkload> {}

/**
 * Component `workloads.ReadCatalogueItems`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCatalogueItems = Schema.Struct({
  WorkloadCatalogues: Schema.Array(Catalogue)
}).annotations({ identifier: "workloads.ReadCatalogueItems" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCatalogueItems extends Schema.Schema.Type<typeof ReadCatalogueItems> {}

/**
 * Component `workloads.ReadCatalogueManifest`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCatalogueManifest = Schema.Struct({
  url: Schema.String
}).annotations({ identifier: "workloads.ReadCatalogueManifest" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCatalogueManifest extends Schema.Schema.Type<typeof ReadCatalogueManifest> {}

/**
 * Component `workloads.ReadCatalogueTemplate`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCatalogueTemplate = Schema.Struct({
  url: Schema.String
}).annotations({ identifier: "workloads.ReadCatalogueTemplate" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCatalogueTemplate extends Schema.Schema.Type<typeof ReadCatalogueTemplate> {}

/**
 * Component `workloads.ReadCatalogueVersion`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadCatalogueVersion = Schema.Struct({
  Versions: Schema.Array(CommonModels.WorkloadCatalogueVersion)
}).annotations({ identifier: "workloads.ReadCatalogueVersion" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadCatalogueVersion extends Schema.Schema.Type<typeof ReadCatalogueVersion> {}

/**
 * The field to sort on.
 *
 * (`workloads.ReadWorkloads.sort`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadWorkloadsSort = openEnum(
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
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadWorkloadsSort = typeof ReadWorkloadsSort.Type

/**
 * The sort order - up or down.
 *
 * (`workloads.ReadWorkloads.sort_order`.)
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadWorkloadsSortOrder = openEnum("ASC", "DESC")

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadWorkloadsSortOrder = typeof ReadWorkloadsSortOrder.Type

/**
 * Component `workloads.ReadWorkloads`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadWorkloads = Schema.Struct({
  /** Comma delimited list of Stax Account IDs. Returns all Workloads deployed to these Account IDs. */
  account_ids: optional(Schema.String),
  /** Comma delimited list of Stax Account Names. Returns all Workloads deployed to these Accounts Names. */
  account_names: optional(Schema.String),
  /** Comma delimited list of Stax Account Types. Returns all Workloads deployed to these Account Types. */
  account_types: optional(Schema.String),
  /** Comma delimited list of Stax Workload Catalogue IDs. Returns all Workloads deployed with these Catalogue IDs. */
  catalogue_ids: optional(Schema.String),
  /** Comma delimited list of Stax Workload Catalogue Names. Returns all Workloads deployed with these Workload Catalogue Names. */
  catalogue_names: optional(Schema.String),
  /** Only return Workloads launched from this Stax Workload Catalogue Version (eg. 1.0.0). Requires catalogue_ids */
  catalogue_version: optional(Schema.String),
  /** Only return Workloads launched from this Stax Workload Catalogue Version ID. */
  catalogue_version_id: optional(Schema.String),
  /**
   * Comma delimited list of Stax Workload statuses. Returns all Workloads with this status.
   * Filter Options available: NEW, INITIALIZING, ACTIVE, CREATE_FAILED, DELETE_IN_PROGRESS, DELETED, DELETE_FAILED, UPDATE_IN_PROGRESS, UPDATE_FAILED, UPDATE_COMPLETE.
   */
  filter: optional(Schema.String),
  /** Comma delimited list of Stax Workload IDs. Returns all Workloads with these Workload IDs. */
  id_filter: optional(Schema.String),
  /** Do you want all the Tags? */
  include_tags: optional(Schema.Boolean),
  /** Pagination - The number of items per page to return. Must be used with offset */
  limit: optional(Schema.Number),
  /** The Name of the Workloads to return. */
  name: optional(Schema.String),
  /** Pagination - The page number to return. Must be used with limit */
  offset: optional(Schema.Number),
  /** The field to sort on. */
  sort: optional(ReadWorkloadsSort),
  /** The sort order - up or down. */
  sort_order: optional(ReadWorkloadsSortOrder)
}).annotations({ identifier: "workloads.ReadWorkloads" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadWorkloads extends Schema.Schema.Type<typeof ReadWorkloads> {}

/**
 * Component `workloads.ReadWorkloadsResponse`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadWorkloadsResponse = Schema.Struct({
  Paging: optional(CommonModels.Pagination),
  Workloads: Schema.Array(CommonModels.Workload)
}).annotations({ identifier: "workloads.ReadWorkloadsResponse" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadWorkloadsResponse extends Schema.Schema.Type<typeof ReadWorkloadsResponse> {}

/**
 * Component `workloads.UpdateWorkload`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateWorkload = Schema.Struct({
  CatalogueId: optional(CommonModels.Uuidv4),
  CatalogueVersionId: optional(CommonModels.Uuidv4),
  Parameters: optional(Schema.Array(CommonModels.KeyValueRequestParameter)),
  Protection: optional(Schema.Boolean),
  Tags: optional(CommonModels.Tags)
}).annotations({ identifier: "workloads.UpdateWorkload" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateWorkload extends Schema.Schema.Type<typeof UpdateWorkload> {}
