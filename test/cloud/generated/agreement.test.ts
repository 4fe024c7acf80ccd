/**
 * The SDK and the stand-in agree on every operation: inputs generated from each operation's input Schema
 * (fast-check over `Arbitrary.make`), which the SDK accepts, are sent through the real client (login,
 * SigV4) to the in-memory stand-in, whose validator must accept them too (never a 400: both read the same
 * generated schemas, one encoding, the other decoding the wire); whatever it answers with 2xx decodes (the
 * client decodes it), and any failure is a typed API answer (404 or 409 for ids the state does not hold).
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Effect, FastCheck as fc, Layer, Schema, SchemaAST } from "effect"
import { RetryPolicy, StaxCloud, StaxCloudClient } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { cloudOperations } from "../../../src/cloud/generated/registry.js"

/** Inputs per operation: 138 operations × this, one client. */
const RUNS = 4

/**
 * The decoded side of an input without its fields typed `never` (another path variant's ids, which no input
 * may give and no arbitrary can make): what the inputs are generated from.
 */
const generable = (ast: SchemaAST.AST): SchemaAST.AST => {
  switch (ast._tag) {
    case "TypeLiteral":
      return new SchemaAST.TypeLiteral(
        ast.propertySignatures.filter((p) => p.type._tag !== "NeverKeyword").map((p) =>
          new SchemaAST.PropertySignature(p.name, generable(p.type), p.isOptional, p.isReadonly, p.annotations)
        ),
        ast.indexSignatures,
        ast.annotations
      )
    case "Union":
      return SchemaAST.Union.make(ast.types.map(generable), ast.annotations)
    case "Refinement":
      return new SchemaAST.Refinement(generable(ast.from), ast.filter, ast.annotations)
    default:
      return ast
  }
}

const inputsOf = (input: Schema.Schema.Any, runs: number, seed: number): ReadonlyArray<unknown> =>
  fc.sample(Arbitrary.make(Schema.make(generable(SchemaAST.typeAST(input.ast)))), { numRuns: runs, seed })

const TestLayer = StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer({ taskOutcome: () => ({ polls: 0 }), client: { retry: RetryPolicy.none } })))

interface Outcome {
  readonly id: string
  readonly input: unknown
  readonly result: string
}

describe("generated inputs: what the SDK accepts, the stand-in accepts", () => {
  it.live(`${RUNS} generated inputs for each of the ${cloudOperations.length} operations`, () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const outcomes: Array<Outcome> = []
      for (const [index, spec] of cloudOperations.entries()) {
        const inputs = inputsOf(spec.operation.input, RUNS, 1_000 + index)
        for (const input of inputs) {
          const result = yield* client.call(spec.operation, input).pipe(
            Effect.match({
              onSuccess: () => "ok",
              onFailure: (error) => error._tag === "ApiError" ? `ApiError ${error.status}: ${error.message}` : `${error._tag}: ${error.message}`
            })
          )
          outcomes.push({ id: spec.id, input, result })
        }
      }
      const refused = outcomes.filter((o) => !(o.result === "ok" || /^ApiError (404|409):/.test(o.result)))
      expect([...new Set(refused.map((o) => `${o.id}: ${o.result.slice(0, 300)}`))]).toEqual([])
      // The sample reached the API: most operations answered (not all refused as unknown ids).
      expect(outcomes.filter((o) => o.result === "ok").length).toBeGreaterThan(outcomes.length / 3)
      expect(new Set(outcomes.map((o) => o.id)).size).toBe(cloudOperations.length)
    }).pipe(Effect.provide(TestLayer)), { timeout: 120_000 })
})
