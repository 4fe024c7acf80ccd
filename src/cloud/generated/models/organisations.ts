/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `organisations.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `organisations.AttachPolicy`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationsAttachPolicy = Schema.Struct({
  OrganisationId: optional(CommonModels.Uuidv4)
}).annotations({ identifier: "organisations.AttachPolicy" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsAttachPolicy extends Schema.Schema.Type<typeof OrganisationsAttachPolicy> {}

/**
 * `organisations.AttachPolicyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationsAttachPolicyEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsAttachPolicyEventDetail extends Schema.Schema.Type<typeof OrganisationsAttachPolicyEventDetail> {}

/**
 * Component `organisations.AttachPolicyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationsAttachPolicyEvent = Schema.Struct({
  Detail: OrganisationsAttachPolicyEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "organisations.AttachPolicyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsAttachPolicyEvent extends Schema.Schema.Type<typeof OrganisationsAttachPolicyEvent> {}

/**
 * Component `organisations.CreateOrganisationalUnit`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateOrganisationalUnit = Schema.Struct({
  /** Name of the Organisational Unit. */
  Name: Schema.String,
  ParentOrganisationalUnitId: optional(CommonModels.NullableUuidv4),
  Tags: optional(CommonModels.Tags)
}).annotations({ identifier: "organisations.CreateOrganisationalUnit" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateOrganisationalUnit extends Schema.Schema.Type<typeof CreateOrganisationalUnit> {}

/**
 * `organisations.CreateOrganisationalUnitEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateOrganisationalUnitEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  OrganisationalUnit: Schema.Struct({
    OrganisationalUnitId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateOrganisationalUnitEventDetail extends Schema.Schema.Type<typeof CreateOrganisationalUnitEventDetail> {}

/**
 * Component `organisations.CreateOrganisationalUnitEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreateOrganisationalUnitEvent = Schema.Struct({
  Detail: CreateOrganisationalUnitEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "organisations.CreateOrganisationalUnitEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateOrganisationalUnitEvent extends Schema.Schema.Type<typeof CreateOrganisationalUnitEvent> {}

/**
 * `organisations.DeleteOrganisationalUnitEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteOrganisationalUnitEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  OrganisationalUnit: Schema.Struct({
    OrganisationalUnitId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteOrganisationalUnitEventDetail extends Schema.Schema.Type<typeof DeleteOrganisationalUnitEventDetail> {}

/**
 * Component `organisations.DeleteOrganisationalUnitEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeleteOrganisationalUnitEvent = Schema.Struct({
  Detail: DeleteOrganisationalUnitEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "organisations.DeleteOrganisationalUnitEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteOrganisationalUnitEvent extends Schema.Schema.Type<typeof DeleteOrganisationalUnitEvent> {}

/**
 * `organisations.DetachPolicyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationsDetachPolicyEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsDetachPolicyEventDetail extends Schema.Schema.Type<typeof OrganisationsDetachPolicyEventDetail> {}

/**
 * Component `organisations.DetachPolicyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const OrganisationsDetachPolicyEvent = Schema.Struct({
  Detail: OrganisationsDetachPolicyEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "organisations.DetachPolicyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsDetachPolicyEvent extends Schema.Schema.Type<typeof OrganisationsDetachPolicyEvent> {}

/**
 * Component `organisations.ReadOrganisationalUnitAccounts`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadOrganisationalUnitAccounts = Schema.Struct({
  Accounts: Schema.Array(CommonModels.Account)
}).annotations({ identifier: "organisations.ReadOrganisationalUnitAccounts" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationalUnitAccounts extends Schema.Schema.Type<typeof ReadOrganisationalUnitAccounts> {}

/**
 * Component `organisations.ReadOrganisationalUnits`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadOrganisationalUnits = Schema.Struct({
  OrganisationalUnits: Schema.Array(CommonModels.OrganisationalUnit)
}).annotations({ identifier: "organisations.ReadOrganisationalUnits" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationalUnits extends Schema.Schema.Type<typeof ReadOrganisationalUnits> {}

/**
 * Component `organisations.ReadOrganisations`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadOrganisations = Schema.Struct({
  Organisations: optional(Schema.Array(CommonModels.Organisation))
}).annotations({ identifier: "organisations.ReadOrganisations" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisations extends Schema.Schema.Type<typeof ReadOrganisations> {}

/**
 * Component `organisations.ReadOrganizationFeatures`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadOrganizationFeatures = CommonModels.OrganizationFeatures

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadOrganizationFeatures = typeof ReadOrganizationFeatures.Type

/**
 * Component `organisations.UpdateOrganisationalUnit`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateOrganisationalUnit = Schema.Struct({
  /** Name of the Organisational Unit. */
  Name: optional(Schema.String),
  Tags: optional(CommonModels.Tags)
}).annotations({ identifier: "organisations.UpdateOrganisationalUnit" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateOrganisationalUnit extends Schema.Schema.Type<typeof UpdateOrganisationalUnit> {}

/**
 * `organisations.UpdateOrganisationalUnitEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateOrganisationalUnitEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  OrganisationalUnit: Schema.Struct({
    OrganisationalUnitId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateOrganisationalUnitEventDetail extends Schema.Schema.Type<typeof UpdateOrganisationalUnitEventDetail> {}

/**
 * Component `organisations.UpdateOrganisationalUnitEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdateOrganisationalUnitEvent = Schema.Struct({
  Detail: UpdateOrganisationalUnitEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "organisations.UpdateOrganisationalUnitEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateOrganisationalUnitEvent extends Schema.Schema.Type<typeof UpdateOrganisationalUnitEvent> {}
