/** Tasks of the stand-in: started by writes whose answer carries a task id, reported by ReadTask poll by poll. */
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { StaxCloudClient } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { hubInput, makeEngine, withStandIn } from "./helpers.js"
import { createHub, readTask } from "./registry.js"


/** The task id a CreateHub answer carries in `Detail.Message.TaskId`. */
const taskIdOf = (answer: { readonly Detail: { readonly Message?: string | { readonly TaskId?: string | undefined } | undefined } }) => {
  const message = answer.Detail.Message
  assert(typeof message === "object" && typeof message.TaskId === "string")
  return message.TaskId
}

describe("tasks", () => {
  it.effect("a write's task goes PENDING, RUNNING, then SUCCEEDED by default", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const taskId = taskIdOf(yield* client.call(createHub, hubInput))
      const statuses: Array<string> = []
      for (let i = 0; i < 4; i++) statuses.push((yield* client.call(readTask, { taskId })).Status)
      expect(statuses).toEqual(["PENDING", "RUNNING", "SUCCEEDED", "SUCCEEDED"])
      const local = yield* StaxCloudLocal
      expect(local.tasks.list().map((t) => [t.id, t.operationId])).toEqual([[taskId, "networking.CreateHub"]])
    }).pipe(withStandIn()))

  it.effect("taskOutcome sets the number of unfinished polls per operation and request, and failures carry Logs", () =>
    Effect.gen(function*() {
      const client = yield* StaxCloudClient
      const quick = taskIdOf(yield* client.call(createHub, hubInput))
      expect((yield* client.call(readTask, { taskId: quick })).Status).toBe("SUCCEEDED")
      const doomed = taskIdOf(yield* client.call(createHub, { ...hubInput, name: "doomed" }))
      const first = yield* client.call(readTask, { taskId: doomed })
      expect(first.Status).toBe("PENDING")
      const last = yield* client.call(readTask, { taskId: doomed })
      expect(last.Status).toBe("FAILED")
      expect(last.Logs.at(-1)).toBe("CIDR 10.0.0.0/16 overlaps hub core")
    }).pipe(withStandIn({
      taskOutcome: (operationId, wire) =>
        operationId === "networking.CreateHub" && wire["Name"] === "doomed"
          ? { polls: 1, fail: "CIDR 10.0.0.0/16 overlaps hub core" }
          : { polls: 0 }
    })))

  it.effect("an unknown task is a 404; a refused write starts no task", () =>
    Effect.gen(function*() {
      const { send, tasks } = makeEngine()
      const unknown = yield* send("GET", "/task/no-such-task")
      expect(unknown.status).toBe(404)
      expect(unknown.body.Error).toBe("Task not found")
      expect((yield* send("POST", "/networking/hubs", { Name: "x" })).status).toBe(400)
      expect(tasks.list()).toEqual([])
    }))

  it.effect("a task reports the ids its write concerns (Accounts for CreateAccount)", () =>
    Effect.gen(function*() {
      const { send, accounts } = makeEngine()
      const created = yield* send("POST", "/accounts", { Name: "qa", AccountType: "t" })
      const report = yield* send("GET", `/task/${created.body.TaskId}`)
      const id = accounts.list().find((a) => a["Name"] === "qa")?.["Id"]
      expect(report.body.Accounts).toEqual([id])
    }))
})
