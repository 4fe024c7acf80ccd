/**
 * The stand-in over the registry it serves (`src/testing/cloud/operations.ts`: ReadAccounts alone until the
 * generated registry is wired in, then all of it): every answer sample decodes, no two routes of one
 * method are the same template shape, and every stateful handler names an operation of the registry.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { AccountsModel } from "../../../src/testing/cloud/accounts.js"
import { sample } from "../../../src/testing/cloud/engine/sample.js"
import { cloudOperations } from "../../../src/testing/cloud/operations.js"
import { CloudState } from "../../../src/testing/cloud/state/CloudState.js"
import { statefulHandlers } from "../../../src/testing/cloud/state/index.js"
import { TasksModel } from "../../../src/testing/cloud/state/tasks.js"

describe("the served registry", () => {
  it("has a decodable sample answer for every operation", () => {
    const failing = cloudOperations
      .filter((spec) => Either.isLeft(Schema.decodeUnknownEither(spec.operation.output)(sample(spec.operation.output))))
      .map((spec) => spec.id)
    expect(cloudOperations.length).toBeGreaterThan(0)
    expect(failing).toEqual([])
  })

  it("has no two routes of one method that match the same paths", () => {
    const shapes = cloudOperations.flatMap((spec) =>
      spec.routes.map((route) => `${spec.http} ${route.replace(/\{[^}]+\}/g, "{}").replace(/\/$/, "")}`)
    )
    expect(shapes.filter((shape, i) => shapes.indexOf(shape) !== i)).toEqual([])
  })

  // Meaningful once the generated registry is wired in (operations.ts); until then it holds ReadAccounts alone.
  it.skipIf(cloudOperations.length < 2)("has an operation for every stateful handler", () => {
    const ids = new Set(cloudOperations.map((spec) => spec.id))
    const handlers = statefulHandlers(new AccountsModel(), new CloudState(), new TasksModel())
    expect(Object.keys(handlers).filter((id) => !ids.has(id))).toEqual([])
  })
})
