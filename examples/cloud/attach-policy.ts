/**
 * Attaches a policy to an account and to an organisational unit, reads the policy's attachments, and
 * detaches the account's. Mirrors staxapp's `examples/policy/attach_policy.py`,
 * `read_policy_attachments.py` and `detach_policy.py`.
 *
 * The body of `policies.AttachPolicy` needs `AccountId` or `OrganisationalUnitId` (an `anyOf` of required
 * keys): an empty body is an `InputError` here before anything is sent.
 */
import { Console, Effect } from "effect"
import { Policies, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId, organisationalUnitId, policyId } from "./support/fixtures.js"

/** The attachments of the policy after attaching, after detaching, and how an empty body fares. */
export const program = Effect.gen(function*() {
  const id = yield* policyId
  const accountId = yield* activeAccountId
  const unitId = yield* organisationalUnitId
  const toAccount = yield* Policies.attachPolicy({ policyId: id, accountId })
  const toUnit = yield* Policies.attachPolicy({ policyId: id, organisationalUnitId: unitId })
  yield* Tasks.waitUntilDone(toAccount)
  yield* Tasks.waitUntilDone(toUnit)
  const attached = (yield* Policies.readPolicyAttachments({ policyId: id })).PolicyAttachments
  const accountAttachment = toAccount.Detail.PolicyAttachment.PolicyAttachmentId
  const detached = yield* Policies.detachPolicy({ policyAttachmentId: accountAttachment })
  const task = yield* Tasks.waitUntilDone(detached)
  const after = (yield* Policies.readPolicyAttachments({ policyId: id })).PolicyAttachments
  const empty = yield* Effect.flip(Policies.attachPolicy({ policyId: id }))
  yield* Console.log(`${attached.length} attachments; detach ${task.Status}; an empty body: ${empty._tag}`)
  return { accountId, unitId, accountAttachment, attached, after, task: task.Status, empty: empty._tag }
})

/** Both attachments show; the detached one is gone; an empty body is refused. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the account's attachment is listed", r.attached.some((a) => a.Id === r.accountAttachment && a.AccountId === r.accountId)),
  claim("the unit's attachment is listed", r.attached.some((a) => a.OrganisationalUnitId === r.unitId)),
  claim("the detach task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the account's attachment is no longer active", !r.after.some((a) => a.Id === r.accountAttachment && a.Status === "ACTIVE")),
  claim("a body with neither id is an InputError", r.empty === "InputError")
]

run(import.meta, program, claims)
