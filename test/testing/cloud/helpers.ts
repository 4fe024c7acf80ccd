/** The stand-in's engine over the test registry and fresh state, answering plain web requests (no auth). */
import { Effect, Layer } from "effect"
import { StaxCloud, type StaxCloudClient } from "stax-effect/cloud"
import { StaxCloudLocal, type StaxCloudLocalOptions } from "stax-effect/testing"
import { AccountsModel } from "../../../src/testing/cloud/accounts.js"
import * as Engine from "../../../src/testing/cloud/engine/Engine.js"
import { CloudState } from "../../../src/testing/cloud/state/CloudState.js"
import { statefulHandlers } from "../../../src/testing/cloud/state/index.js"
import { type TaskOutcomeOption, TasksModel } from "../../../src/testing/cloud/state/tasks.js"
import { testOperations } from "./registry.js"

export const BASE = "http://127.0.0.1/20190206"

export const makeEngine = (taskOutcome?: TaskOutcomeOption) => {
  const accounts = new AccountsModel()
  const state = new CloudState()
  const tasks = new TasksModel()
  const engine = Engine.make({
    operations: testOperations,
    handlers: statefulHandlers(accounts, state, tasks),
    tasks,
    taskOutcome,
    now: () => Date.UTC(2026, 0, 2, 3, 4, 5),
    prefix: "/20190206"
  })
  /** Sends `method path` (below /20190206) with an optional JSON body; the status and parsed body. */
  const send = (method: string, path: string, body?: unknown) =>
    Effect.gen(function*() {
      const init: RequestInit = body === undefined ? { method } : { method, body: typeof body === "string" ? body : JSON.stringify(body) }
      const response = yield* engine(new Request(`${BASE}${path}`, init))
      return { status: response.status, body: (yield* Effect.promise(() => response.json())) as any }
    })
  return { accounts, state, tasks, send }
}

/** Runs `effect` against the SDK over the stand-in serving the test registry. */
export const withStandIn = (options: StaxCloudLocalOptions = {}) => <A, E>(effect: Effect.Effect<A, E, StaxCloudClient | StaxCloudLocal>) =>
  Effect.provide(effect, StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer({ operations: testOperations, ...options }))))

/** A valid CreateHub input. */
export const hubInput = {
  name: "core",
  accountId: "4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10",
  region: "ap-southeast-2",
  cidr: "10.0.0.0/16",
  createInternetGateway: true,
  createNatGateway: false
} as const

/** Runs `effect` against the generated services over a stand-in serving the whole generated registry. */
export const withServices = (options: StaxCloudLocalOptions = {}) => <A, E>(effect: Effect.Effect<A, E, StaxCloud.Services | StaxCloudLocal>) =>
  Effect.provide(effect, StaxCloud.layer.pipe(Layer.provideMerge(StaxCloudLocal.layer(options))))

/** The first active seed account. */
export const SEED_ACCOUNT_ID = "4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10"
