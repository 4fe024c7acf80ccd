/**
 * The harness every Stax cloud example runs through when executed directly
 * (`npx tsx examples/cloud/read-vpcs.ts`): with STAX_ACCESS_KEY and STAX_SECRET_KEY both set it runs the
 * example's program against the Stax cloud API (STAX_REGION, default au1.staxapp.cloud); otherwise it
 * starts the local Stax cloud stand-in on 127.0.0.1, says so, and runs the same program against it, through
 * the real login path (SRP, identity pool, SigV4). Then it prints the example's claims about what the
 * program returned, and exits non-zero when one does not hold.
 *
 * Each example exports `program` (an `Effect` over the Stax cloud services) and `claims` (what its result
 * must show), so `test/cloud/examples.test.ts` runs them all in memory without starting a process.
 */
import { FetchHttpClient } from "@effect/platform"
import { Console, Context, Data, Effect, Layer } from "effect"
import { StaxCloud, StaxCloudConfig } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { runMain } from "../runMain.js"

/** One thing an example's result must show: "the VPC read back has the name it was created with". */
export interface Claim {
  readonly what: string
  readonly holds: boolean
}

/** A claim about an example's result. */
export const claim = (what: string, holds: boolean): Claim => ({ what, holds })

/** What an example's `claims` export is: the claims its result must satisfy. */
export type Claims<A> = (result: A) => ReadonlyArray<Claim>

/**
 * Where an example runs. Against the stand-in an example creates the resources it needs and cannot find
 * (a hub to read VPCs from); against the Stax cloud API it only finds them, and says what to create first.
 */
export class Target extends Context.Reference<Target>()("stax-effect/examples/cloud/Target", {
  defaultValue: (): "stand-in" | "api" => "stand-in"
}) {}

/** A resource an example needs was not found in the organisation (real API only). */
export class MissingResource extends Data.TaggedError("MissingResource")<{ readonly message: string }> {}

/** A claim an example makes about its result did not hold. */
export class ClaimFailed extends Data.TaggedError("ClaimFailed")<{ readonly message: string }> {}

/** Whether both keys of a Stax API token are set, so the examples run against the real API. */
export const useRealApi = (): boolean => Boolean(process.env["STAX_ACCESS_KEY"] && process.env["STAX_SECRET_KEY"])

/** Every Stax cloud service, over the real API or over the stand-in served on 127.0.0.1. */
export const layer = (real: boolean) =>
  (
    real
      ? StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudConfig.layerFromEnv))
      : StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layerServer()))
  ).pipe(Layer.provideMerge(FetchHttpClient.layer))

/** Says which API the examples run against: the Stax cloud API, or the stand-in because a key is missing. */
export const announce = (real: boolean): Effect.Effect<void, never, StaxCloudConfig> =>
  Effect.flatMap(StaxCloudConfig, (config) =>
    Console.log(
      real
        ? `Running against the Stax cloud API at ${config.baseUrl}.`
        : `STAX_ACCESS_KEY/STAX_SECRET_KEY not set: running against the local Stax cloud stand-in at ${config.baseUrl}.`
    ))

/** Checks an example's claims about its result: fails with the ones that do not hold. */
export const check = <A>(result: A, claims: Claims<A>): Effect.Effect<ReadonlyArray<Claim>, ClaimFailed> => {
  const all = claims(result)
  const failed = all.filter((c) => !c.holds)
  return failed.length === 0 && all.length > 0
    ? Effect.succeed(all)
    : Effect.fail(
      new ClaimFailed({ message: all.length === 0 ? "the example makes no claim" : failed.map((c) => c.what).join("; ") })
    )
}

/**
 * Runs an example when its file is executed directly (not when a test imports it): says which API it
 * runs against, runs the program, prints its claims.
 */
export const run = <A, E>(meta: ImportMeta, program: Effect.Effect<A, E, StaxCloud.Services>, claims: Claims<A>): void => {
  const real = useRealApi()
  const main = Effect.gen(function*() {
    yield* announce(real)
    const result = yield* program
    const held = yield* check(result, claims)
    for (const c of held) yield* Console.log(`ok: ${c.what}`)
  }).pipe(Effect.provide(layer(real)), Effect.provideService(Target, real ? "api" : "stand-in"))
  runMain(meta, main)
}
