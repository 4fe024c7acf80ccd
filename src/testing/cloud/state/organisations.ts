/**
 * Organisational units, policies and policy attachments, stateful: the `organisations.*` OU and policy
 * operations, `policies.AttachPolicy` / `ReadPolicyAttachments` / `DetachPolicy`, and the OU's accounts
 * and attachments.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import type { AccountsModel } from "../accounts.js"
import { SEED_ORGANISATION_ID } from "../accounts.js"
import { type Call, type Handlers, notFound, ok, text } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { crud } from "./crud.js"

/** A policy document given as text, as the read answers' `Content` object (`{}` when it is not JSON). */
const contentOf = (policy: unknown): Json => {
  if (typeof policy !== "string") return {}
  try {
    const parsed: unknown = JSON.parse(policy)
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : {}
  } catch {
    return {}
  }
}

/** The policy body's fields as the read answers give them (`Policy` text → `Content`). */
const policyFields = (call: Call): Json => {
  const { Policy: policy, ...rest } = call.body
  return policy === undefined ? rest : { ...rest, Content: contentOf(policy) }
}

/**
 * The handlers of organisational units, policies and attachments.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const organisationHandlers = (accounts: AccountsModel, state: CloudState): Handlers => ({
  ...crud({
    what: "Organisational unit",
    store: state.organisationalUnits,
    list: "OrganisationalUnits",
    idParam: "organisational_unit_id",
    itemOf: "organisations.ReadOrganisationalUnits",
    reads: [
      { id: "organisations.ReadOrganisationalUnits", filters: { status: "Status" } },
      { id: "organisations.ReadOrganisationalUnit" }
    ],
    create: {
      id: "organisations.CreateOrganisationalUnit",
      idAt: ["Detail", "OrganisationalUnit", "OrganisationalUnitId"],
      defaults: { AwsId: null, CreatedBy: null, Tags: {} },
      fields: () => ({ OrganisationId: SEED_ORGANISATION_ID, OrganisationalUnitType: "CHILD" })
    },
    update: { id: "organisations.UpdateOrganisationalUnit", idAt: ["Detail", "OrganisationalUnit", "OrganisationalUnitId"] },
    remove: { id: "organisations.DeleteOrganisationalUnit", idAt: ["Detail", "OrganisationalUnit", "OrganisationalUnitId"] }
  }),
  "organisations.ReadOrganisationalUnitAccounts": (call) => {
    const id = call.params["organisational_unit_id"] ?? ""
    if (state.organisationalUnits.get(id) === undefined) return notFound("Organisational unit", id)
    return ok({ Accounts: accounts.list().filter((a) => a["OrganisationalUnitId"] === id) })
  },
  "organisations.ReadOrganisationalUnitPolicyAttachments": (call) => {
    const id = call.params["organisational_unit_id"] ?? ""
    if (state.organisationalUnits.get(id) === undefined) return notFound("Organisational unit", id)
    return ok({ PolicyAttachments: state.policyAttachments.list().filter((a) => a["OrganisationalUnitId"] === id) })
  },
  ...crud({
    what: "Policy",
    store: state.policies,
    list: "Policies",
    idParam: "policy_id",
    itemOf: "organisations.ReadPolicies",
    reads: [{ id: "organisations.ReadPolicies", filters: { status: "Status" } }],
    create: {
      id: "organisations.CreatePolicy",
      idAt: ["Detail", "Policy", "PolicyId"],
      defaults: { AwsId: null, CreatedBy: null, ExternalResource: false, Tags: {} },
      fields: (call) => ({
        ...policyFields(call),
        OrganisationId: SEED_ORGANISATION_ID,
        PolicyOwner: "ORGANISATION",
        PolicyType: "SCP",
        OrganisationAttachment: {
          Id: "",
          PolicyId: "",
          OrganisationId: SEED_ORGANISATION_ID,
          Status: "DELETED",
          CreatedBy: null,
          CreatedTS: call.now(),
          ModifiedTS: call.now()
        }
      })
    },
    update: { id: "organisations.UpdatePolicy", idAt: ["Detail", "Policy", "PolicyId"], patch: policyFields },
    remove: { id: "organisations.DeletePolicy", idAt: ["Detail", "Policy", "PolicyId"] }
  }),
  ...crud({
    what: "Policy attachment",
    store: state.policyAttachments,
    list: "PolicyAttachments",
    idParam: "policy_attachment_id",
    itemOf: "policies.ReadPolicyAttachments",
    reads: [{ id: "policies.ReadPolicyAttachments", parents: { policy_id: "PolicyId" } }],
    create: {
      id: "policies.AttachPolicy",
      idAt: ["Detail", "PolicyAttachment", "PolicyAttachmentId"],
      guard: (call) => {
        const policyId = call.params["policy_id"] ?? ""
        return state.policies.get(policyId) === undefined ? notFound("Policy", policyId) : undefined
      },
      fields: (call) => {
        const accountId = text(call.body, "AccountId")
        return {
          AccountId: accountId === "" ? null : accountId,
          OrganisationalUnitId: text(call.body, "OrganisationalUnitId") || null,
          PolicyAttachmentType: accountId === "" ? "ORGANISATIONAL_UNIT" : "ACCOUNT",
          OrganisationId: SEED_ORGANISATION_ID,
          CreatedBy: null
        }
      }
    },
    remove: { id: "policies.DetachPolicy", idAt: ["Detail", "PolicyAttachment", "PolicyAttachmentId"] }
  })
})
