/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Organisations` service: the operations `organisations.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { CommaList, NonEmptyString, optional, otherPath, pattern, strictEnum } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import { withTaskId } from "../tasks/taskId.js"
import * as CommonModels from "./models/common.js"
import * as OrganisationsModels from "./models/organisations.js"
import * as PoliciesModels from "./models/policies.js"

/**
 * The input of `organisations.AttachPolicy` (PUT /policies/organisation/{policy_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const OrganisationsAttachPolicyInput = Schema.Struct({
  /** The UUID of the Policy to attach. (path parameter `policy_id`) */
  policyId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_id")),
  organisationId: optional(CommonModels.Uuidv4Input).pipe(Schema.fromKey("OrganisationId"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsAttachPolicyInput extends Schema.Schema.Type<typeof OrganisationsAttachPolicyInput> {}

/**
 * The input of `organisations.CreateOrganisationalUnit` (POST /organisations/organisational-units).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreateOrganisationalUnitInput = Schema.Struct({
  /** Name of the Organisational Unit. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128), pattern("^[\\s\\S]*$"))).pipe(Schema.fromKey("Name")),
  parentOrganisationalUnitId: Schema.propertySignature(CommonModels.NullableUuidv4Input).pipe(Schema.fromKey("ParentOrganisationalUnitId")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreateOrganisationalUnitInput extends Schema.Schema.Type<typeof CreateOrganisationalUnitInput> {}

/**
 * The input of `organisations.CreatePolicy` (POST /policies).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const CreatePolicyInput = Schema.Struct({
  /** Description of the Policy. */
  description: Schema.propertySignature(Schema.String.pipe(Schema.minLength(3), Schema.maxLength(1024))).pipe(Schema.fromKey("Description")),
  /** Name of the Policy. */
  name: Schema.propertySignature(Schema.String.pipe(Schema.minLength(3), Schema.maxLength(128))).pipe(Schema.fromKey("Name")),
  policy: Schema.propertySignature(Schema.String).pipe(Schema.fromKey("Policy")),
  tags: optional(CommonModels.StaxTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface CreatePolicyInput extends Schema.Schema.Type<typeof CreatePolicyInput> {}

/**
 * The input of `organisations.DeleteOrganisationalUnit` (DELETE /organisations/organisational-units/{organisational_unit_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeleteOrganisationalUnitInput = Schema.Struct({
  /** The UUID of the Organisational Unit to delete. (path parameter `organisational_unit_id`) */
  organisationalUnitId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("organisational_unit_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeleteOrganisationalUnitInput extends Schema.Schema.Type<typeof DeleteOrganisationalUnitInput> {}

/**
 * The input of `organisations.DeletePolicy` (DELETE /policies/{policy_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const DeletePolicyInput = Schema.Struct({
  /** The UUID of the Policy to delete. (path parameter `policy_id`) */
  policyId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface DeletePolicyInput extends Schema.Schema.Type<typeof DeletePolicyInput> {}

/**
 * The input of `organisations.DetachPolicy` (DELETE /policies/organisation/{policy_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const OrganisationsDetachPolicyInput = Schema.Struct({
  /** The UUID of the Policy to detach. (path parameter `policy_id`) */
  policyId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsDetachPolicyInput extends Schema.Schema.Type<typeof OrganisationsDetachPolicyInput> {}

/**
 * The input of `organisations.ReadOrganisation` (GET /organisations/current).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganisationInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationInput extends Schema.Schema.Type<typeof ReadOrganisationInput> {}

/**
 * The input of `organisations.ReadOrganisationalUnit` (GET /organisations/organisational-units/{organisational_unit_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganisationalUnitInput = Schema.Struct({
  /** The UUID of the Organisational Unit to return. (path parameter `organisational_unit_id`) */
  organisationalUnitId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("organisational_unit_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationalUnitInput extends Schema.Schema.Type<typeof ReadOrganisationalUnitInput> {}

/**
 * The input of `organisations.ReadOrganisationalUnitAccounts` (GET /organisations/organisational-units/{organisational_unit_id}/accounts).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganisationalUnitAccountsInput = Schema.Struct({
  /** The UUID of the Organisational Unit Accounts to return. (path parameter `organisational_unit_id`) */
  organisationalUnitId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("organisational_unit_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationalUnitAccountsInput extends Schema.Schema.Type<typeof ReadOrganisationalUnitAccountsInput> {}

/**
 * The input of `organisations.ReadOrganisationalUnitPolicyAttachments` (GET /organisations/organisational-units/{organisational_unit_id}/policies).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganisationalUnitPolicyAttachmentsInput = Schema.Struct({
  /** The Stax UUID of the Organisational Unit. (path parameter `organisational_unit_id`) */
  organisationalUnitId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("organisational_unit_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationalUnitPolicyAttachmentsInput extends Schema.Schema.Type<typeof ReadOrganisationalUnitPolicyAttachmentsInput> {}

/**
 * The values of `status` of `organisations.ReadOrganisationalUnits` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadOrganisationalUnitsStatus = strictEnum(
  "ACTIVE",
  "CREATE_IN_PROGRESS",
  "CREATE_FAILED",
  "UPDATE_IN_PROGRESS",
  "DELETE_IN_PROGRESS",
  "DELETE_FAILED",
  "DELETED"
).annotations({
  description: "one of ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS, DELETE_FAILED, DELETED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadOrganisationalUnitsStatus = typeof ReadOrganisationalUnitsStatus.Type

/**
 * The input of `organisations.ReadOrganisationalUnits` (GET /organisations/organisational-units).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganisationalUnitsInput = Schema.Struct({
  /**
   * The Stax Organisational Unit statuses to return, comma delimited.
   * Filter options available: ACTIVE, CREATE_IN_PROGRESS, CREATE_FAILED, UPDATE_IN_PROGRESS, DELETE_IN_PROGRESS, DELETE_FAILED, DELETED (query parameter `status`; the API's default: "ACTIVE,CREATE_IN_PROGRESS,CREATE_FAILED,UPDATE_IN_PROGRESS,DELETE_IN_PROGRESS,DELETE_FAILED,DELETED")
   */
  status: optional(CommaList(ReadOrganisationalUnitsStatus))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationalUnitsInput extends Schema.Schema.Type<typeof ReadOrganisationalUnitsInput> {}

/**
 * The input of `organisations.ReadOrganisations` (GET /organisations).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganisationsInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganisationsInput extends Schema.Schema.Type<typeof ReadOrganisationsInput> {}

/**
 * The input of `organisations.ReadOrganizationFeatures` (GET /organisations/current/features).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadOrganizationFeaturesInput = Schema.Struct({})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadOrganizationFeaturesInput extends Schema.Schema.Type<typeof ReadOrganizationFeaturesInput> {}

/**
 * The values of `status` of `organisations.ReadPolicies` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadPoliciesStatus = strictEnum("ACTIVE", "DELETED").annotations({
  description: "one of ACTIVE, DELETED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadPoliciesStatus = typeof ReadPoliciesStatus.Type

/**
 * The input of `organisations.ReadPolicies` (GET /policies/{policy_id} | /policies).
 *
 * One member per path (`/policies/{policy_id}`, `/policies`): the ids of one path, never two.
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadPoliciesInput = Schema.Union(
  // GET /policies
  Schema.Struct({
    policyId: otherPath.pipe(Schema.fromKey("policy_id")),
    /**
     * The Stax Policy statuses to return, comma delimited.
     * Filter options available: ACTIVE, DELETED (query parameter `status`; the API's default: "ACTIVE,DELETED")
     */
    status: optional(CommaList(ReadPoliciesStatus))
  }),
  // GET /policies/{policy_id}
  Schema.Struct({
    /** The UUID of the Policy to return. (path parameter `policy_id`) */
    policyId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_id"))
  })
)

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadPoliciesInput = typeof ReadPoliciesInput.Type

/**
 * The input of `organisations.UpdateOrganisationalUnit` (PUT /organisations/organisational-units/{organisational_unit_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdateOrganisationalUnitInput = Schema.Struct({
  /** The UUID of the Organisational Unit to update. (path parameter `organisational_unit_id`) */
  organisationalUnitId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("organisational_unit_id")),
  /** Name of the Organisational Unit. */
  name: optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128), pattern("^[\\s\\S]*$"))).pipe(Schema.fromKey("Name")),
  tags: optional(CommonModels.TagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdateOrganisationalUnitInput extends Schema.Schema.Type<typeof UpdateOrganisationalUnitInput> {}

/**
 * The input of `organisations.UpdatePolicy` (PUT /policies/{policy_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const UpdatePolicyInput = Schema.Struct({
  /** The UUID of the Policy to update. (path parameter `policy_id`) */
  policyId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("policy_id")),
  /** Description of the Policy. */
  description: optional(Schema.String.pipe(Schema.minLength(3), Schema.maxLength(1024))).pipe(Schema.fromKey("Description")),
  /** Name of the Policy. */
  name: optional(Schema.String.pipe(Schema.minLength(3), Schema.maxLength(128))).pipe(Schema.fromKey("Name")),
  policy: optional(Schema.String).pipe(Schema.fromKey("Policy")),
  tags: optional(CommonModels.StaxTagsInput).pipe(Schema.fromKey("Tags"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface UpdatePolicyInput extends Schema.Schema.Type<typeof UpdatePolicyInput> {}

/**
 * The operations of `Organisations`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const organisationsOperations = {
  /**
   * `organisations.AttachPolicy`: Attach Policy to Organisation.
   *
   * - `PUT /20190206/policies/organisation/{policy_id}`: Attach a Policy to your Stax Organisation. The policy will apply to all Account Types within the Organisation.
   */
  attachPolicy: Operation.make({
    name: "Organisations.attachPolicy",
    method: "PUT",
    path: "/policies/organisation/{policy_id}",
    input: OrganisationsAttachPolicyInput,
    output: OrganisationsModels.OrganisationsAttachPolicyEvent
  }),
  /**
   * `organisations.CreateOrganisationalUnit`: Create Organisational Unit.
   *
   * - `POST /20190206/organisations/organisational-units`: Create an Organisational Unit in your Stax Organisation.
   */
  createOrganisationalUnit: Operation.make({
    name: "Organisations.createOrganisationalUnit",
    method: "POST",
    path: "/organisations/organisational-units",
    input: CreateOrganisationalUnitInput,
    output: OrganisationsModels.CreateOrganisationalUnitEvent
  }),
  /**
   * `organisations.CreatePolicy`: Create Policy.
   *
   * - `POST /20190206/policies`: Create a Policy in your Stax Organisation.
   */
  createPolicy: Operation.make({
    name: "Organisations.createPolicy",
    method: "POST",
    path: "/policies",
    input: CreatePolicyInput,
    output: PoliciesModels.CreatePolicyEvent
  }),
  /**
   * `organisations.DeleteOrganisationalUnit`: Delete Organisational Unit.
   *
   * - `DELETE /20190206/organisations/organisational-units/{organisational_unit_id}`: Delete an Organisational Unit from your Stax Organisation.
   */
  deleteOrganisationalUnit: Operation.make({
    name: "Organisations.deleteOrganisationalUnit",
    method: "DELETE",
    path: "/organisations/organisational-units/{organisational_unit_id}",
    input: DeleteOrganisationalUnitInput,
    output: OrganisationsModels.DeleteOrganisationalUnitEvent
  }),
  /**
   * `organisations.DeletePolicy`: Delete Policy.
   *
   * - `DELETE /20190206/policies/{policy_id}`: Delete a Policy from your Stax Organisation.
   */
  deletePolicy: Operation.make({
    name: "Organisations.deletePolicy",
    method: "DELETE",
    path: "/policies/{policy_id}",
    input: DeletePolicyInput,
    output: PoliciesModels.DeletePolicyEvent
  }),
  /**
   * `organisations.DetachPolicy`: Detach Policy from Organisation.
   *
   * - `DELETE /20190206/policies/organisation/{policy_id}`: Detach a Policy from your Stax Organisation. The policy will no longer apply to all Account Types within the Organisation.
   */
  detachPolicy: Operation.make({
    name: "Organisations.detachPolicy",
    method: "DELETE",
    path: "/policies/organisation/{policy_id}",
    input: OrganisationsDetachPolicyInput,
    output: OrganisationsModels.OrganisationsDetachPolicyEvent
  }),
  /**
   * `organisations.ReadOrganisation`: Fetch Stax Organisation.
   *
   * - `GET /20190206/organisations/current`: Return the current users Organisation. A Stax Organisation is an instance of Stax which houses your AWS Accounts, Workloads and IDAM Users.
   */
  readOrganisation: Operation.make({
    name: "Organisations.readOrganisation",
    method: "GET",
    path: "/organisations/current",
    input: ReadOrganisationInput,
    output: OrganisationsModels.ReadOrganisations
  }),
  /**
   * `organisations.ReadOrganisationalUnit`: Fetch Organisational Unit.
   *
   * - `GET /20190206/organisations/organisational-units/{organisational_unit_id}`: Return the requested Organisational Unit.
   */
  readOrganisationalUnit: Operation.make({
    name: "Organisations.readOrganisationalUnit",
    method: "GET",
    path: "/organisations/organisational-units/{organisational_unit_id}",
    input: ReadOrganisationalUnitInput,
    output: OrganisationsModels.ReadOrganisationalUnits
  }),
  /**
   * `organisations.ReadOrganisationalUnitAccounts`: Fetch Organisational Unit Accounts.
   *
   * - `GET /20190206/organisations/organisational-units/{organisational_unit_id}/accounts`: Return the requested Organisational Units Accounts
   */
  readOrganisationalUnitAccounts: Operation.make({
    name: "Organisations.readOrganisationalUnitAccounts",
    method: "GET",
    path: "/organisations/organisational-units/{organisational_unit_id}/accounts",
    input: ReadOrganisationalUnitAccountsInput,
    output: OrganisationsModels.ReadOrganisationalUnitAccounts
  }),
  /**
   * `organisations.ReadOrganisationalUnitPolicyAttachments`: Fetch Organisational Unit Policy Attachments.
   *
   * - `GET /20190206/organisations/organisational-units/{organisational_unit_id}/policies`: Return the policies that are attached to the Organisational Unit.
   */
  readOrganisationalUnitPolicyAttachments: Operation.make({
    name: "Organisations.readOrganisationalUnitPolicyAttachments",
    method: "GET",
    path: "/organisations/organisational-units/{organisational_unit_id}/policies",
    input: ReadOrganisationalUnitPolicyAttachmentsInput,
    output: PoliciesModels.ReadPolicyAttachments
  }),
  /**
   * `organisations.ReadOrganisationalUnits`: Fetch Organisational Units.
   *
   * - `GET /20190206/organisations/organisational-units`: Return all Organisation Units in your Stax Organisation.
   */
  readOrganisationalUnits: Operation.make({
    name: "Organisations.readOrganisationalUnits",
    method: "GET",
    path: "/organisations/organisational-units",
    input: ReadOrganisationalUnitsInput,
    output: OrganisationsModels.ReadOrganisationalUnits
  }),
  /**
   * `organisations.ReadOrganisations`: Fetch Stax Organisations.
   *
   * - `GET /20190206/organisations`: Return a list of your Stax Organisations. A Stax Organisation is an instance of Stax which houses your AWS Accounts, Workloads and IDAM Users.
   */
  readOrganisations: Operation.make({
    name: "Organisations.readOrganisations",
    method: "GET",
    path: "/organisations",
    input: ReadOrganisationsInput,
    output: OrganisationsModels.ReadOrganisations
  }),
  /**
   * `organisations.ReadOrganizationFeatures`: Fetch Stax Organisation Features.
   *
   * - `GET /20190206/organisations/current/features`: Fetch Stax Organisation Features
   */
  readOrganizationFeatures: Operation.make({
    name: "Organisations.readOrganizationFeatures",
    method: "GET",
    path: "/organisations/current/features",
    input: ReadOrganizationFeaturesInput,
    output: OrganisationsModels.ReadOrganizationFeatures
  }),
  /**
   * `organisations.ReadPolicies`: Fetch Policies.
   *
   * - `GET /20190206/policies/{policy_id}`: Return all Policies in your Stax Organisation. Optionally, return the requested Policy.
   * - `GET /20190206/policies`: Return all Policies in your Stax Organisation.
   */
  readPolicies: Operation.make({
    name: "Organisations.readPolicies",
    method: "GET",
    path: ["/policies/{policy_id}", "/policies"],
    input: ReadPoliciesInput,
    output: PoliciesModels.ReadPolicies
  }),
  /**
   * `organisations.UpdateOrganisationalUnit`: Update Organisational Unit.
   *
   * - `PUT /20190206/organisations/organisational-units/{organisational_unit_id}`: Update an existing Organisational Unit within your Stax Organisation.
   */
  updateOrganisationalUnit: Operation.make({
    name: "Organisations.updateOrganisationalUnit",
    method: "PUT",
    path: "/organisations/organisational-units/{organisational_unit_id}",
    input: UpdateOrganisationalUnitInput,
    output: OrganisationsModels.UpdateOrganisationalUnitEvent
  }),
  /**
   * `organisations.UpdatePolicy`: Update Policy.
   *
   * - `PUT /20190206/policies/{policy_id}`: Update an existing Policy within your Stax Organisation.
   */
  updatePolicy: Operation.make({
    name: "Organisations.updatePolicy",
    method: "PUT",
    path: "/policies/{policy_id}",
    input: UpdatePolicyInput,
    output: PoliciesModels.UpdatePolicyEvent
  })
}

/** The service's methods: one entry per operation. */
const organisationsTable = {
  /** Attach Policy to Organisation (`organisations.AttachPolicy`); the result's `taskId` names its task. */
  attachPolicy: Service.call(organisationsOperations.attachPolicy, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Create Organisational Unit (`organisations.CreateOrganisationalUnit`); the result's `taskId` names its task. */
  createOrganisationalUnit: Service.call(organisationsOperations.createOrganisationalUnit, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Create Policy (`organisations.CreatePolicy`); the result's `taskId` names its task. */
  createPolicy: Service.call(organisationsOperations.createPolicy, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Delete Organisational Unit (`organisations.DeleteOrganisationalUnit`); the result's `taskId` names its task. */
  deleteOrganisationalUnit: Service.call(organisationsOperations.deleteOrganisationalUnit, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Delete Policy (`organisations.DeletePolicy`); the result's `taskId` names its task. */
  deletePolicy: Service.call(organisationsOperations.deletePolicy, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Detach Policy from Organisation (`organisations.DetachPolicy`); the result's `taskId` names its task. */
  detachPolicy: Service.call(organisationsOperations.detachPolicy, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Fetch Stax Organisation (`organisations.ReadOrganisation`). */
  readOrganisation: Service.call(organisationsOperations.readOrganisation, { input: "optional" }),
  /** Fetch Organisational Unit (`organisations.ReadOrganisationalUnit`). */
  readOrganisationalUnit: Service.call(organisationsOperations.readOrganisationalUnit),
  /** Fetch Organisational Unit Accounts (`organisations.ReadOrganisationalUnitAccounts`). */
  readOrganisationalUnitAccounts: Service.call(organisationsOperations.readOrganisationalUnitAccounts),
  /** Fetch Organisational Unit Policy Attachments (`organisations.ReadOrganisationalUnitPolicyAttachments`). */
  readOrganisationalUnitPolicyAttachments: Service.call(organisationsOperations.readOrganisationalUnitPolicyAttachments),
  /** Fetch Organisational Units (`organisations.ReadOrganisationalUnits`). */
  readOrganisationalUnits: Service.call(organisationsOperations.readOrganisationalUnits, { input: "optional" }),
  /** Fetch Stax Organisations (`organisations.ReadOrganisations`). */
  readOrganisations: Service.call(organisationsOperations.readOrganisations, { input: "optional" }),
  /** Fetch Stax Organisation Features (`organisations.ReadOrganizationFeatures`). */
  readOrganizationFeatures: Service.call(organisationsOperations.readOrganizationFeatures, { input: "optional" }),
  /** Fetch Policies (`organisations.ReadPolicies`). */
  readPolicies: Service.call(organisationsOperations.readPolicies, { input: "optional" }),
  /** Update Organisational Unit (`organisations.UpdateOrganisationalUnit`); the result's `taskId` names its task. */
  updateOrganisationalUnit: Service.call(organisationsOperations.updateOrganisationalUnit, { result: withTaskId([["Detail", "TaskId"]]) }),
  /** Update Policy (`organisations.UpdatePolicy`); the result's `taskId` names its task. */
  updatePolicy: Service.call(organisationsOperations.updatePolicy, { result: withTaskId([["Detail", "TaskId"]]) })
}

/**
 * The Organisations methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface OrganisationsService extends Service.ShapeOf<typeof organisationsTable> {}

/**
 * The `Organisations` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Organisations extends Service.Tag("stax-effect/cloud/Organisations")<Organisations, OrganisationsService>()(organisationsTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<OrganisationsService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(organisationsTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Organisations, never, StaxCloudClient> = Layer.effect(Organisations, Organisations.make)
}
