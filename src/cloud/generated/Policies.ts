/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Policies` service: the operations `policies.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { NonEmptyString, optional, requireOneOf } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import { withTaskId } from "../tasks/taskId.js"
import * as CommonModels from "./models/common.js"
import * as PoliciesModels from "./models/policies.js"

/**
 * The input of `policies.AttachPolicy` (POST /policies/{policy_id}/attachments).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const PoliciesAttachPolicyInput = Schema.Struct({
  /** The UUID of the Policy to attach. (path parameter `policy_id`) */
  policyId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_id")),
  accountId: optional(CommonModels.NullableUuidv4Input).pipe(Schema.fromKey("AccountId")),
  organisationalUnitId: optional(CommonModels.NullableUuidv4Input).pipe(Schema.fromKey("OrganisationalUnitId"))
}).pipe(requireOneOf([["organisationalUnitId"], ["accountId"]], "organisationalUnitId | accountId"))

/**
 * @since 0.2.0
 * @category Models
 */
export type PoliciesAttachPolicyInput = typeof PoliciesAttachPolicyInput.Type

/**
 * The input of `policies.DetachPolicy` (DELETE /policies/attachments/{policy_attachment_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const PoliciesDetachPolicyInput = Schema.Struct({
  /** The UUID of the PolicyAttachment to detach. (path parameter `policy_attachment_id`) */
  policyAttachmentId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_attachment_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface PoliciesDetachPolicyInput extends Schema.Schema.Type<typeof PoliciesDetachPolicyInput> {}

/**
 * The input of `policies.ReadPolicyAttachments` (GET /policies/{policy_id}/attachments).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadPolicyAttachmentsInput = Schema.Struct({
  /** The UUID of the Policy to return attachments for. (path parameter `policy_id`) */
  policyId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadPolicyAttachmentsInput extends Schema.Schema.Type<typeof ReadPolicyAttachmentsInput> {}

/**
 * The operations of `Policies`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const policiesOperations = {
  /**
   * `policies.AttachPolicy`: Attach Policy.
   *
   * - `POST /20190206/policies/{policy_id}/attachments`: Attach a Policy to an Organisational Unit or Account.
   */
  attachPolicy: Operation.make({
    name: "Policies.attachPolicy",
    method: "POST",
    path: "/policies/{policy_id}/attachments",
    input: PoliciesAttachPolicyInput,
    output: PoliciesModels.PoliciesAttachPolicyEvent
  }),
  /**
   * `policies.DetachPolicy`: Detach Policy.
   *
   * - `DELETE /20190206/policies/attachments/{policy_attachment_id}`: Detach a Policy from an Organisational Unit or Account.
   */
  detachPolicy: Operation.make({
    name: "Policies.detachPolicy",
    method: "DELETE",
    path: "/policies/attachments/{policy_attachment_id}",
    input: PoliciesDetachPolicyInput,
    output: PoliciesModels.PoliciesDetachPolicyEvent
  }),
  /**
   * `policies.ReadPolicyAttachments`: Fetch Policy Attachments.
   *
   * - `GET /20190206/policies/{policy_id}/attachments`: Return all attachments for the Policy in your Stax Organisation.
   */
  readPolicyAttachments: Operation.make({
    name: "Policies.readPolicyAttachments",
    method: "GET",
    path: "/policies/{policy_id}/attachments",
    input: ReadPolicyAttachmentsInput,
    output: PoliciesModels.ReadPolicyAttachments
  })
}

/** The service's methods: one entry per operation. */
const policiesTable = {
  /** Attach Policy (`policies.AttachPolicy`); the result's `taskId` names its task. */
  attachPolicy: Service.call(policiesOperations.attachPolicy, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Detach Policy (`policies.DetachPolicy`); the result's `taskId` names its task. */
  detachPolicy: Service.call(policiesOperations.detachPolicy, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Fetch Policy Attachments (`policies.ReadPolicyAttachments`). */
  readPolicyAttachments: Service.call(policiesOperations.readPolicyAttachments)
}

/**
 * The Policies methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface PoliciesService extends Service.ShapeOf<typeof policiesTable> {}

/**
 * The `Policies` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Policies extends Service.Tag("stax-effect/cloud/Policies")<Policies, PoliciesService>()(policiesTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<PoliciesService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(policiesTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Policies, never, StaxCloudClient> = Layer.effect(Policies, Policies.make)
}
