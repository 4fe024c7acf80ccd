/**
 * Reads the policies attached to an account. Mirrors staxapp's `examples/accounts/read_account_policies.py`
 * (the same call; here the account id comes from the organisation, not a placeholder).
 */
import { Console, Effect } from "effect"
import { Accounts } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { activeAccountId } from "./support/fixtures.js"

/** The account and its policy attachments. */
export const program = Effect.gen(function*() {
  const accountId = yield* activeAccountId
  const { PolicyAttachments } = yield* Accounts.readAccountPolicyAttachments({ accountId })
  yield* Console.log(`${PolicyAttachments.length} policies attached to account ${accountId}`)
  for (const a of PolicyAttachments) yield* Console.log(`  policy ${a.PolicyId} (${a.PolicyAttachmentType}, ${a.Status})`)
  return { accountId, attachments: PolicyAttachments }
})

/** Every attachment read is one of a policy to that account or to the organisation above it. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the answer decodes to a list of attachments", Array.isArray(r.attachments)),
  claim(
    "every attachment names a policy",
    r.attachments.every((a) => typeof a.PolicyId === "string" && a.PolicyId.length > 0)
  )
]

run(import.meta, program, claims)
