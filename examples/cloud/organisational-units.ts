/**
 * Creates an organisational unit under the first one (usually the root), with tags; waits for the task;
 * renames it; reads it back. Mirrors staxapp's `examples/organisational_units/create_organisational_unit.py`,
 * `update_organisational_unit.py` and `read_organisational_unit.py`.
 */
import { Console, Effect } from "effect"
import { Organisations, Tasks } from "stax-effect/cloud"
import { claim, run } from "./run.js"
import { organisationalUnitId } from "./support/fixtures.js"

/** The unit read back after creation and rename. */
export const program = Effect.gen(function*() {
  const parent = yield* organisationalUnitId
  const name = `examples-ou-${Date.now().toString(36)}`
  const created = yield* Organisations.createOrganisationalUnit({
    name,
    parentOrganisationalUnitId: parent,
    tags: { CostCode: "12345" }
  })
  const id = created.Detail.OrganisationalUnit.OrganisationalUnitId
  const made = yield* Tasks.waitUntilDone(created)
  const renamed = yield* Organisations.updateOrganisationalUnit({ organisationalUnitId: id, name: `${name}-2` })
  yield* Tasks.waitUntilDone(renamed)
  const { OrganisationalUnits: [unit] } = yield* Organisations.readOrganisationalUnit({ organisationalUnitId: id })
  yield* Console.log(`unit ${id} under ${parent}: ${made.Status}; now ${unit?.Name}`)
  return { id, parent, name, task: made.Status, unit }
})

/** The unit sits under its parent, renamed, with its tag. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("the creation task ends SUCCEEDED", r.task === "SUCCEEDED"),
  claim("the unit reads back under its parent", r.unit?.Id === r.id && r.unit?.ParentOrganisationalUnitId === r.parent),
  claim("it reads back renamed", r.unit?.Name === `${r.name}-2`),
  claim("it carries its tag", r.unit?.Tags?.["CostCode"] === "12345")
]

run(import.meta, program, claims)
