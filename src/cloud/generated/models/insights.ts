/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The components of the document under `insights.*`. Answers' schemas are lenient, inputs' (`...Input`) strict.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as CommonModels from "./common.js"

/**
 * Component `insights.ReadInsights`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadInsights = Schema.Struct({
  Insights: Schema.Array(CommonModels.Insight),
  Paging: CommonModels.Pagination
}).annotations({ identifier: "insights.ReadInsights" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadInsights extends Schema.Schema.Type<typeof ReadInsights> {}
