/**
 * Reads the organisation, its organisational units, and for the first unit its accounts and policy
 * attachments. Mirrors staxapp's `examples/organisational_units/read_organisational_units.py`,
 * `read_organisational_unit_accounts.py` and `read_organisational_unit_policies.py`.
 */
import { Console, Effect } from "effect"
import { Organisations } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { organisationalUnitId } from "./support/fixtures.js"

/** The units, and the first unit's accounts and policies. */
export const program = Effect.gen(function*() {
  const organisation = yield* Organisations.readOrganisation()
  const units = (yield* Organisations.readOrganisationalUnits()).OrganisationalUnits
  const unit = yield* organisationalUnitId
  const accounts = (yield* Organisations.readOrganisationalUnitAccounts({ organisationalUnitId: unit })).Accounts
  const policies = (yield* Organisations.readOrganisationalUnitPolicyAttachments({ organisationalUnitId: unit })).PolicyAttachments
  for (const u of units) yield* Console.log(`  ${u.Name}  ${u.OrganisationalUnitType}  parent ${u.ParentOrganisationalUnitId || "-"}`)
  yield* Console.log(`unit ${unit}: ${accounts.length} accounts, ${policies.length} policies attached`)
  return { organisation, units, unit, accounts, policies }
})

/** The units belong to one organisation; the unit's accounts sit in the unit. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("there is at least one organisational unit", r.units.length > 0),
  claim("every unit belongs to the same organisation", new Set(r.units.map((u) => u.OrganisationId)).size === 1),
  claim("the unit's accounts all sit in that unit", r.accounts.every((a) => a.OrganisationalUnitId === r.unit)),
  claim("the unit's policy attachments all name a policy", r.policies.every((p) => p.PolicyId.length > 0))
]

run(import.meta, program, claims)
