/**
 * The stand-in's API engine, generic over a list of operations: routes a request, checks it against the
 * operation's input schema, answers from the stateful handler of its operation id or with a sample of its
 * output schema, starts a task for a write whose answer carries a task id, and checks its own answer
 * against the output schema (a stand-in answer the SDK could not decode is a 500 naming the operation).
 * Auth and faults are the caller's (`StaxCloudLocal`).
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { withoutNulls } from "../../../core/decode/nulls.js"
import type { Json } from "../../ai/Model.js"
import { DEFAULT_TASK_OUTCOME, type TaskOutcomeOption, type TasksModel } from "../state/tasks.js"
import { type Call, getAt, type Handlers, type Reply, setAt } from "./handler.js"
import * as Router from "./routes.js"
import { sample, sampleAt } from "./sample.js"
import type { CloudOperationSpec } from "./spec.js"
import * as Wire from "./wire.js"

/**
 * What the engine is built from.
 *
 * @since 0.2.0
 * @category Models
 */
export interface EngineOptions {
  readonly operations: ReadonlyArray<CloudOperationSpec>
  /** Stateful operations by id; the others answer a sample of their output schema. */
  readonly handlers: Handlers
  readonly tasks: TasksModel
  readonly taskOutcome?: TaskOutcomeOption | undefined
  /** The stand-in's clock, in milliseconds. */
  readonly now: () => number
  /** The path prefix of the API (`/20190206`). */
  readonly prefix: string
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

const error = (status: number, message: string, cause: string): Response => json(status, { Error: message, Cause: cause })

/**
 * Builds the engine: a function from an API request (already authenticated) to its answer.
 *
 * @example
 * ```ts
 * const engine = Engine.make({ operations: cloudOperations, handlers, tasks, now: Date.now, prefix: "/20190206" })
 * const response = yield* engine(new Request("http://local/20190206/networking/hubs"))
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (options: EngineOptions): (request: Request) => Effect.Effect<Response> => {
  const router = Router.make(options.operations)
  const samples = new Map<string, string>()
  const sampleOf = (spec: CloudOperationSpec): Json => {
    let text = samples.get(spec.id)
    if (text === undefined) {
      text = JSON.stringify(sample(spec.operation.output) ?? {})
      samples.set(spec.id, text)
    }
    return JSON.parse(text) as Json
  }
  const partOf = (operationId: string, path: ReadonlyArray<string | number>): Json => {
    const spec = router.byId.get(operationId)
    const part = spec === undefined ? undefined : sampleAt(spec.operation.output, path)
    return typeof part === "object" && part !== null && !Array.isArray(part) ? (part as Json) : {}
  }
  const iso = () => new Date(options.now()).toISOString()

  const finish = (spec: CloudOperationSpec, call: Call, reply: Reply): Response => {
    let body = reply.body
    if (reply.status === 200 && spec.taskId.length > 0) {
      const outcome = options.taskOutcome?.(spec.id, call.wire) ?? DEFAULT_TASK_OUTCOME
      const taskId = options.tasks.start(spec.id, outcome, reply.task)
      body = setAt(body, spec.taskId[0]!, taskId)
      // The other places the answer gives it (`Detail.Workload.TaskId`) say the same, where present.
      for (const at of spec.taskId.slice(1)) if (typeof getAt(body, at) === "string") setAt(body, at, taskId)
    }
    if (reply.status === 200 || reply.normal === true) {
      // Checked as sent: JSON drops the fields a handler left undefined.
      const checked = Wire.decodes(spec.operation.output, withoutNulls(JSON.parse(JSON.stringify(body))))
      if (Either.isLeft(checked)) {
        return error(500, `The stand-in's answer to ${spec.id} does not decode`, checked.left)
      }
    }
    return json(reply.status, body)
  }

  return (request) =>
    Effect.gen(function*() {
      const url = new URL(request.url)
      const path = url.pathname.startsWith(`${options.prefix}/`) ? url.pathname.slice(options.prefix.length) : undefined
      const matched = path === undefined ? ({ _tag: "NoPath" } as const) : router.match(request.method, path)
      if (Router.isMiss(matched)) {
        switch (matched._tag) {
          case "NoPath":
            return error(404, "Not found", `No operation at ${request.method} ${url.pathname}`)
          case "NoMethod":
            // API Gateway's answer to a method a resource does not have.
            return json(403, { message: "Missing Authentication Token" })
          case "BadEncoding":
            return error(400, `${matched.param}: not valid URL encoding`, `${matched.param}: not valid URL encoding`)
        }
      }
      const { spec } = matched
      const bodyText = spec.http === "POST" || spec.http === "PUT" ? yield* Effect.promise(() => request.text()) : ""
      const checked = Wire.check(matched, url.searchParams, bodyText)
      if (checked._tag === "Refusal") return error(400, checked.error, checked.cause)
      const call: Call = {
        spec,
        template: matched.template,
        params: matched.params,
        wire: checked.wire,
        body: checked.body,
        request,
        now: iso,
        sample: () => sampleOf(spec),
        sampleOf: partOf
      }
      const handler = options.handlers[spec.id]
      const outcome = handler === undefined ? { status: 200, body: call.sample() } : handler(call)
      const reply = Effect.isEffect(outcome) ? yield* outcome : outcome
      return finish(spec, call, reply)
    })
}
