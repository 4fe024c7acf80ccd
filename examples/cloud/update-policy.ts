/**
 * Updates a policy's description and document, waits for the task, and reads it back. Mirrors staxapp's
 * `examples/policy/update_policy.py`, which always fails for the reason `create-policy.ts` gives: the body
 * of `organisations.UpdatePolicy` is `$ref: policies.UpdatePolicy`, which staxapp never looks up.
 */
import { Console, Effect } from "effect"
import { Organisations, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { policyId, sameDocument } from "./support/fixtures.js"

/** The policy document sent, and the policy read back after the task. */
export const program = Effect.gen(function*() {
  const id = yield* policyId
  const document = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Deny", Action: ["organizations:LeaveOrganization", "account:CloseAccount"], Resource: "*" }]
  })
  const updated = yield* Organisations.updatePolicy({ policyId: id, description: "Denies leaving and closing", policy: document })
  const task = yield* Tasks.waitUntilDone(updated)
  const { Policies: [policy] } = yield* Organisations.readPolicies({ policyId: id })
  yield* Console.log(`update ${task.Status}: ${policy?.Name}: ${policy?.Description}`)
  return { document, task: task.Status, policy }
})

/** The task succeeded; the policy has the new description and document. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the policy reads back with the new description", r.policy?.Description === "Denies leaving and closing"),
  claim("and the new document", sameDocument(r.policy?.Content, r.document))
]

run(import.meta, program, claims)
