/**
 * Reads how Stax's services are configured: every service, then Security Hub's and GuardDuty's own
 * configurations. staxapp has no example for the `services` class; this one shows its reads. Their
 * answers hold a `oneOf` and a type-less `Null` in the document, which the SDK decodes leniently.
 */
import { Console, Effect } from "effect"
import { Services } from "stax-effect/cloud"
import { claim, run } from "./run.js"

/** The configured services and two of their configurations. */
export const program = Effect.gen(function*() {
  const { ServiceConfigurations } = yield* Services.readConfigurations()
  for (const s of ServiceConfigurations) yield* Console.log(`  ${s.Service}  enabled: ${s.Enabled}  ${s.Status}`)
  const securityHub = yield* Services.readSecurityHubConfiguration()
  const guardDuty = yield* Services.readGuardDutyConfiguration()
  return { services: ServiceConfigurations.map((s) => s.Service), securityHub, guardDuty }
})

/** The list names services, each once. */
export const claims = (r: Effect.Effect.Success<typeof program>) => [
  claim("some services are configured", r.services.length > 0),
  claim("each service is listed once", new Set(r.services).size === r.services.length),
  claim("Security Hub's and GuardDuty's configurations decode", typeof r.securityHub === "object" && typeof r.guardDuty === "object")
]

run(import.meta, program, claims)
