/**
 * Creates a service control policy, waits for its task, and reads it back by id. Mirrors staxapp's
 * `examples/policy/create_policy.py` and `read_policy.py`.
 *
 * staxapp always fails `organisations.CreatePolicy`: it looks the body schema up by the operation's id
 * (`organisations.CreatePolicy`), but the document's body is `$ref: policies.CreatePolicy`, so every call
 * is refused ("SCHEMA: Does not contain ..."). Here the body follows the `$ref`.
 */
import { Console, Effect } from "effect"
import { Organisations, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { sameDocument } from "./support/fixtures.js"

/** A policy document denying what the examples never need. */
export const denyLeaveOrganisation = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" }]
})

/** The policy read back, and its task's final status. */
export const program = Effect.gen(function*() {
  const name = `examples-${Date.now().toString(36)}`
  const created = yield* Organisations.createPolicy({
    name,
    description: "Denies leaving the organisation",
    policy: denyLeaveOrganisation,
    tags: { CostCode: "12345" }
  })
  const policyId = created.Detail.Policy.PolicyId
  const task = yield* Tasks.waitUntilDone(created)
  const { Policies: [policy] } = yield* Organisations.readPolicies({ policyId })
  yield* Console.log(`policy ${policyId}: ${task.Status}; ${policy?.Name} (${policy?.PolicyType}, ${policy?.Status})`)
  return { name, policyId, task: task.Status, policy }
})

/** The task succeeded; the policy reads back with its name and content. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the policy reads back by id with its name", r.policy?.Id === r.policyId && r.policy?.Name === r.name),
  claim("its content is the policy document sent", sameDocument(r.policy?.Content, denyLeaveOrganisation))
]

run(import.meta, program, claims)
