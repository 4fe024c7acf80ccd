/**
 * Test wiring for `Tasks.waitUntilDone` until the generated `Tasks` module and the stand-in's ReadTask
 * exist: a hand-written `tasks.ReadTask` operation in the shape the generator emits, a `Tasks` service
 * over it, and the in-memory stand-in (the client's real login, SigV4 checked on every request) whose
 * answers to `GET /20190206/task/{task_id}` are replaced by a script's.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import { Chunk, Context, Effect, Exit, Fiber, Layer, Option, Schema, TestClock } from "effect"
import { StaxCloudClient, StaxCloudConfig } from "stax-effect/cloud"
import { cloudConfigFor, StaxCloudLocal, type StaxCloudLocalService, Transport } from "stax-effect/testing"
import * as Operation from "../../../src/core/Operation.js"
import * as Service from "../../../src/core/Service.js"
import { NonEmptyString, openEnum, optional } from "../../../src/cloud/schema/fields.js"
import { waitUntilDone } from "../../../src/cloud/tasks/waitUntilDone.js"

/** `tasks.ReadTask`'s answer, lenient as the generator makes answers. */
export const ReadTaskOutput = Schema.Struct({
  Status: openEnum("STARTED", "PENDING", "RUNNING", "SUCCEEDED", "FAILED"),
  Logs: Schema.Array(Schema.String),
  Accounts: optional(Schema.Array(Schema.String)),
  Users: optional(Schema.Array(Schema.String)),
  Workloads: optional(Schema.Array(Schema.String))
})
export type ReadTaskOutput = typeof ReadTaskOutput.Type

/** `tasks.ReadTask`: `GET /task/{task_id}`. */
export const readTask = Operation.make({
  name: "Tasks.readTask",
  method: "GET",
  path: "/task/{task_id}",
  input: Schema.Struct({ taskId: NonEmptyString.pipe(Schema.propertySignature, Schema.fromKey("task_id")) }),
  output: ReadTaskOutput
})

const tasksTable = {
  readTask: Service.call(readTask),
  waitUntilDone: waitUntilDone(readTask)
}

export interface TasksService extends Service.ShapeOf<typeof tasksTable> {}

/** A `Tasks` service as the generator emits it (its table with `waitUntilDone` beside `readTask`). */
export class Tasks extends Service.Tag("test/cloud/Tasks")<Tasks, TasksService>()(tasksTable) {
  static readonly layer: Layer.Layer<Tasks, never, StaxCloudClient> = Layer.effect(
    Tasks,
    Effect.map(StaxCloudClient, Service.methods(tasksTable))
  )
}

/** One scripted answer of ReadTask: a status and body (200 by default), or no answer at all (`hang`). */
export interface Scripted {
  readonly status?: number
  readonly body: unknown
  readonly hang?: boolean
}

/** One ReadTask request the network saw. */
export interface TaskRequest {
  readonly path: string
  /** Effect `Clock` time of the request, epoch milliseconds. */
  readonly at: number
  /** Whether its SigV4 signature held. */
  readonly signed: boolean
}

/** What the tests see of the network. */
export interface TaskNetworkShape {
  readonly local: StaxCloudLocalService
  readonly requests: Array<TaskRequest>
}

/** The scripted network's state, in context. */
export class TaskNetwork extends Context.Tag("test/cloud/TaskNetwork")<TaskNetwork, TaskNetworkShape>() {}

const TASK_PATH = /^\/20190206\/task\/(.+)$/

/**
 * `Tasks` and `StaxCloudClient` over the scripted network: the n-th ReadTask request gets `script[n]`
 * (the last entry once the script is used up).
 */
export const scriptedTasks = (
  script: ReadonlyArray<Scripted>,
  client: StaxCloudConfig.Options = {}
): Layer.Layer<Tasks | StaxCloudClient | TaskNetwork> =>
  Layer.unwrapEffect(Effect.gen(function*() {
    const local = yield* StaxCloudLocal.make()
    const clock = yield* Effect.clock
    const requests: Array<TaskRequest> = []
    const handle: Transport.Handler = (request) =>
      Effect.gen(function*() {
        const url = new URL(request.url)
        const routed = yield* local.handle(request)
        if (!TASK_PATH.test(url.pathname)) return routed
        // The stand-in checked the signature (and recorded it) as for any API request; it serves no
        // ReadTask yet, so its answer gives way to the script's (or to its own 403 for a bad signature).
        const signed = local.requests.at(-1)?.signed === true
        requests.push({ path: url.pathname + url.search, at: clock.unsafeCurrentTimeMillis(), signed })
        if (!signed) return routed
        const answer = script[Math.min(requests.length - 1, script.length - 1)]!
        if (answer.hang === true) return yield* Effect.never
        const response = Response.json(answer.body, { status: answer.status ?? 200 })
        return { _tag: "Answer", response } as const
      })
    const http = Layer.succeed(HttpClient.HttpClient, Transport.inMemoryClient(handle))
    const config = StaxCloudConfig.layer({ ...cloudConfigFor(local), ...client })
    return Tasks.layer.pipe(
      Layer.provideMerge(StaxCloudClient.layer),
      Layer.provide(Layer.merge(http, Layer.orDie(config))),
      Layer.merge(Layer.succeed(TaskNetwork, { local, requests }))
    )
  }))

/**
 * Lets forked fibers run until they block: turns of the event loop (the in-memory transport reads
 * bodies through real promises); no virtual time passes.
 */
export const settle = Effect.yieldNow().pipe(
  Effect.zipRight(Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))),
  Effect.repeatN(5)
)

/**
 * Waits (without moving the clock) until some fiber sleeps until exactly `delay` from now, then moves the
 * clock by `delay`. A sleep that never comes (the wait slept for another time) fails the test.
 */
export const passSleep = (delay: number) =>
  Effect.gen(function*() {
    const target = (yield* TestClock.currentTimeMillis) + delay
    for (let turn = 0; turn < 400; turn++) {
      if (Chunk.some(yield* TestClock.sleeps(), (at) => at === target)) return yield* TestClock.adjust(delay)
      yield* settle
    }
    const sleeps = Chunk.toReadonlyArray(yield* TestClock.sleeps()).map((at) => at - target + delay)
    return yield* Effect.dieMessage(`no fiber sleeps for ${delay} ms (sleeps from now: ${sleeps.join(", ")})`)
  })

/**
 * The exit of a forked fiber that should end without the clock moving (fails the test, instead of
 * hanging, when it is still waiting).
 */
export const ended = <A, E>(fiber: Fiber.Fiber<A, E>): Effect.Effect<Exit.Exit<A, E>> =>
  Effect.gen(function*() {
    for (let turn = 0; turn < 400; turn++) {
      const exit = yield* Fiber.poll(fiber)
      if (Option.isSome(exit)) return exit.value
      yield* settle
    }
    yield* Fiber.interrupt(fiber)
    return yield* Effect.dieMessage("the fiber has not ended (still waiting on the clock?)")
  })
