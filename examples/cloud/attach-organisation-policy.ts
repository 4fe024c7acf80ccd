/**
 * Attaches a policy to the whole organisation, reads the policy's `OrganisationAttachment`, and detaches
 * it again, waiting for each task. Mirrors staxapp's `examples/policy/attach_organisation_policy.py` and
 * `detach_organisation_policy.py`.
 */
import { Console, Effect } from "effect"
import { Organisations, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { policyId } from "./support/fixtures.js"

/** The policy's organisation attachment after attaching and after detaching. */
export const program = Effect.gen(function*() {
  const id = yield* policyId
  const attached = yield* Organisations.attachPolicy({ policyId: id })
  const attachTask = yield* Tasks.waitUntilDone(attached)
  const { Policies: [whileAttached] } = yield* Organisations.readPolicies({ policyId: id })
  const detached = yield* Organisations.detachPolicy({ policyId: id })
  const detachTask = yield* Tasks.waitUntilDone(detached)
  const { Policies: [afterwards] } = yield* Organisations.readPolicies({ policyId: id })
  yield* Console.log(`attach ${attachTask.Status}: ${whileAttached?.OrganisationAttachment}; detach ${detachTask.Status}: ${afterwards?.OrganisationAttachment}`)
  return {
    tasks: [attachTask.Status, detachTask.Status],
    attached: whileAttached?.OrganisationAttachment,
    detached: afterwards?.OrganisationAttachment
  }
})

/** Both tasks succeeded and the attachment changed accordingly. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("both tasks end SUCCEEDED", r.tasks.every((s) => s === "SUCCEEDED")),
  claim("the policy shows an organisation attachment once attached", r.attached !== undefined && r.attached !== r.detached)
]

run(import.meta, program, claims)
