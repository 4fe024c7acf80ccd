/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `policies.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `policies.AttachPolicy`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PoliciesAttachPolicy = Schema.Struct({
  AccountId: optional(CommonModels.NullableUuidv4),
  OrganisationalUnitId: optional(CommonModels.NullableUuidv4)
}).annotations({ identifier: "policies.AttachPolicy" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface PoliciesAttachPolicy extends Schema.Schema.Type<typeof PoliciesAttachPolicy> {}

/**
 * `policies.AttachPolicyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PoliciesAttachPolicyEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  PolicyAttachment: Schema.Struct({
    PolicyAttachmentId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface PoliciesAttachPolicyEventDetail extends Schema.Schema.Type<typeof PoliciesAttachPolicyEventDetail> {}

/**
 * Component `policies.AttachPolicyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PoliciesAttachPolicyEvent = Schema.Struct({
  Detail: PoliciesAttachPolicyEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "policies.AttachPolicyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface PoliciesAttachPolicyEvent extends Schema.Schema.Type<typeof PoliciesAttachPolicyEvent> {}

/**
 * Component `policies.CreatePolicy`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreatePolicy = Schema.Struct({
  /** Description of the Policy. */
  Description: Schema.String,
  /** Name of the Policy. */
  Name: Schema.String,
  Policy: Schema.String,
  Tags: optional(CommonModels.StaxTags)
}).annotations({ identifier: "policies.CreatePolicy" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreatePolicy extends Schema.Schema.Type<typeof CreatePolicy> {}

/**
 * `policies.CreatePolicyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreatePolicyEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Policy: Schema.Struct({
    PolicyId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreatePolicyEventDetail extends Schema.Schema.Type<typeof CreatePolicyEventDetail> {}

/**
 * Component `policies.CreatePolicyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const CreatePolicyEvent = Schema.Struct({
  Detail: CreatePolicyEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "policies.CreatePolicyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreatePolicyEvent extends Schema.Schema.Type<typeof CreatePolicyEvent> {}

/**
 * `policies.DeletePolicyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeletePolicyEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Policy: Schema.Struct({
    PolicyId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeletePolicyEventDetail extends Schema.Schema.Type<typeof DeletePolicyEventDetail> {}

/**
 * Component `policies.DeletePolicyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const DeletePolicyEvent = Schema.Struct({
  Detail: DeletePolicyEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "policies.DeletePolicyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeletePolicyEvent extends Schema.Schema.Type<typeof DeletePolicyEvent> {}

/**
 * `policies.DetachPolicyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PoliciesDetachPolicyEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  PolicyAttachment: Schema.Struct({
    PolicyAttachmentId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface PoliciesDetachPolicyEventDetail extends Schema.Schema.Type<typeof PoliciesDetachPolicyEventDetail> {}

/**
 * Component `policies.DetachPolicyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const PoliciesDetachPolicyEvent = Schema.Struct({
  Detail: PoliciesDetachPolicyEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "policies.DetachPolicyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface PoliciesDetachPolicyEvent extends Schema.Schema.Type<typeof PoliciesDetachPolicyEvent> {}

/**
 * Component `policies.ReadPolicies`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadPolicies = Schema.Struct({
  Policies: Schema.Array(CommonModels.Policy)
}).annotations({ identifier: "policies.ReadPolicies" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadPolicies extends Schema.Schema.Type<typeof ReadPolicies> {}

/**
 * Component `policies.ReadPolicyAttachments`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadPolicyAttachments = Schema.Struct({
  PolicyAttachments: Schema.Array(CommonModels.PolicyAttachment)
}).annotations({ identifier: "policies.ReadPolicyAttachments" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadPolicyAttachments extends Schema.Schema.Type<typeof ReadPolicyAttachments> {}

/**
 * Component `policies.UpdatePolicy`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePolicy = Schema.Struct({
  /** Description of the Policy. */
  Description: optional(Schema.String),
  /** Name of the Policy. */
  Name: optional(Schema.String),
  Policy: optional(Schema.String),
  Tags: optional(CommonModels.StaxTags)
}).annotations({ identifier: "policies.UpdatePolicy" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePolicy extends Schema.Schema.Type<typeof UpdatePolicy> {}

/**
 * `policies.UpdatePolicyEvent.Detail`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePolicyEventDetail = Schema.Struct({
  Message: optional(Schema.String),
  Operation: CommonModels.Operation,
  OperationStatus: CommonModels.OperationStatus,
  Policy: Schema.Struct({
    PolicyId: CommonModels.RoUuidv4
  }),
  Severity: optional(Schema.String),
  TaskId: CommonModels.RoUuidv4
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePolicyEventDetail extends Schema.Schema.Type<typeof UpdatePolicyEventDetail> {}

/**
 * Component `policies.UpdatePolicyEvent`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const UpdatePolicyEvent = Schema.Struct({
  Detail: UpdatePolicyEventDetail,
  DetailType: Schema.String
}).annotations({ identifier: "policies.UpdatePolicyEvent" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePolicyEvent extends Schema.Schema.Type<typeof UpdatePolicyEvent> {}
