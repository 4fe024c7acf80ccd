/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `tasks.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { optional } from "../../schema/fields.js"
import * as CommonModels from "./common.js"

/**
 * Component `tasks.ReadTask`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadTask = Schema.Struct({
  Accounts: optional(Schema.Array(CommonModels.RoUuidv4)),
  Logs: Schema.Array(Schema.String),
  Status: CommonModels.OperationStatus,
  Users: optional(Schema.Array(CommonModels.RoUuidv4)),
  Workloads: optional(Schema.Array(CommonModels.RoUuidv4))
}).annotations({ identifier: "tasks.ReadTask" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadTask extends Schema.Schema.Type<typeof ReadTask> {}

/**
 * Component `tasks.ReadTasks`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadTasks = Schema.Struct({
  Paging: optional(CommonModels.Pagination),
  Tasks: Schema.Array(Schema.Struct({
    Id: CommonModels.RoUuidv4,
    Resources: optional(Schema.Array(Schema.Struct({
      ResourceId: CommonModels.RoUuidv4,
      ResourceType: Schema.String
    }))),
    Status: CommonModels.OperationStatus,
    Type: Schema.String
  }))
}).annotations({ identifier: "tasks.ReadTasks" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadTasks extends Schema.Schema.Type<typeof ReadTasks> {}
