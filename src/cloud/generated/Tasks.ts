/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Tasks` service: the operations `tasks.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { NonEmptyString } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import { waitUntilDone } from "../tasks/waitUntilDone.js"
import * as TasksModels from "./models/tasks.js"

/**
 * The input of `tasks.ReadTask` (GET /task/{task_id}).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadTaskInput = Schema.Struct({
  /** The UUID of the Task to return. (path parameter `task_id`) */
  taskId: Schema.propertySignature(NonEmptyString).pipe(Schema.fromKey("task_id"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadTaskInput extends Schema.Schema.Type<typeof ReadTaskInput> {}

/**
 * The operations of `Tasks`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const tasksOperations = {
  /**
   * `tasks.ReadTask`: Fetch status of Task.
   *
   * - `GET /20190206/task/{task_id}`: Return the status of the requested Task. A Task may relate to an Account, User, Workload, Organisation or Log Event.
   */
  readTask: Operation.make({
    name: "Tasks.readTask",
    method: "GET",
    path: "/task/{task_id}",
    input: ReadTaskInput,
    output: TasksModels.ReadTask
  })
}

/** The service's methods: one entry per operation. */
const tasksTable = {
  /** Fetch status of Task (`tasks.ReadTask`). */
  readTask: Service.call(tasksOperations.readTask),
  /** Polls `ReadTask` until the task ends: the final task, or `TaskFailed` carrying its `Logs`. */
  waitUntilDone: waitUntilDone(tasksOperations.readTask)
}

/**
 * The Tasks methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface TasksService extends Service.ShapeOf<typeof tasksTable> {}

/**
 * The `Tasks` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Tasks extends Service.Tag("stax-effect/cloud/Tasks")<Tasks, TasksService>()(tasksTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<TasksService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(tasksTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Tasks, never, StaxCloudClient> = Layer.effect(Tasks, Tasks.make)
}
