/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The `Insights` service: the operations `insights.*` of the Stax cloud API, their inputs (camelCase, flat: path and query parameters and the body's top-level properties) and the service tag.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { paged } from "../paging/paged.js"
import { CommaList, optional, strictEnum } from "../schema/fields.js"
import { StaxCloudClient } from "../StaxCloudClient.js"
import * as InsightsModels from "./models/insights.js"

/**
 * The values of `source_kind` of `insights.ReadInsights` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadInsightsSourceKind = strictEnum("TASKS").annotations({
  description: "one of TASKS"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadInsightsSourceKind = typeof ReadInsightsSourceKind.Type

/**
 * The values of `status` of `insights.ReadInsights` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadInsightsStatus = strictEnum("PENDING", "SUCCESS", "FAILED").annotations({
  description: "one of PENDING, SUCCESS, FAILED"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadInsightsStatus = typeof ReadInsightsStatus.Type

/**
 * The values of `target_kind` of `insights.ReadInsights` (one, or several as a comma list).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadInsightsTargetKind = strictEnum(
  "ACCOUNT",
  "CUSTOMER",
  "ORGANISATION",
  "ORGANISATIONAL_UNIT",
  "OTHER",
  "POLICY",
  "SERVICE_CONFIGURATION"
).annotations({
  description: "one of ACCOUNT, CUSTOMER, ORGANISATION, ORGANISATIONAL_UNIT, OTHER, POLICY, SERVICE_CONFIGURATION"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadInsightsTargetKind = typeof ReadInsightsTargetKind.Type

/**
 * The values of `sort` of `insights.ReadInsights`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadInsightsSort = strictEnum("Action", "CreatedTS", "Status", "TargetKind", "UserId").annotations({
  description: "one of Action, CreatedTS, Status, TargetKind, UserId"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadInsightsSort = typeof ReadInsightsSort.Type

/**
 * The values of `sort_order` of `insights.ReadInsights`.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadInsightsSortOrder = strictEnum("ASC", "DESC").annotations({
  description: "one of ASC, DESC"
})

/**
 * @since 0.2.0
 * @category Models
 */
export type ReadInsightsSortOrder = typeof ReadInsightsSortOrder.Type

/**
 * The input of `insights.ReadInsights` (GET /insights).
 *
 * @since 0.2.0
 * @category Inputs
 */
export const ReadInsightsInput = Schema.Struct({
  /** The actions to filter. Comma delimited. (query parameter `action`) */
  action: optional(CommaList(Schema.String)),
  /** The source system that originated this entry (query parameter `source_kind`) */
  sourceKind: optional(CommaList(ReadInsightsSourceKind)).pipe(Schema.fromKey("source_kind")),
  /** Id of the entry in the source system (query parameter `source_id`) */
  sourceId: optional(Schema.String).pipe(Schema.fromKey("source_id")),
  /** The statuses to filter. Comma delimited. (query parameter `status`) */
  status: optional(CommaList(ReadInsightsStatus)),
  /** The user ids that triggered this action. Comma delimited. (query parameter `user_id`) */
  userId: optional(CommaList(Schema.String)).pipe(Schema.fromKey("user_id")),
  /** The resources associated with this action. Comma delimited. (query parameter `target_kind`) */
  targetKind: optional(CommaList(ReadInsightsTargetKind)).pipe(Schema.fromKey("target_kind")),
  /** Pagination - The page number to return. (query parameter `offset`) */
  offset: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(0))),
  /** Pagination - The number of items per page to return. Maxiumum is 1,000 records. (query parameter `limit`) */
  limit: optional(Schema.NumberFromString.pipe(Schema.int(), Schema.greaterThanOrEqualTo(1))),
  /** The field to sort on. (query parameter `sort`; the API's default: "CreatedTS") */
  sort: optional(ReadInsightsSort),
  /** The sort order (query parameter `sort_order`; the API's default: "DESC") */
  sortOrder: optional(ReadInsightsSortOrder).pipe(Schema.fromKey("sort_order"))
})

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadInsightsInput extends Schema.Schema.Type<typeof ReadInsightsInput> {}

/**
 * The operations of `Insights`, one per operation id.
 *
 * @since 0.2.0
 * @category Operations
 */
export const insightsOperations = {
  /**
   * `insights.ReadInsights`: Fetch Insights.
   *
   * - `GET /20190206/insights`: Return Insights for your Stax Organisation.
   */
  readInsights: Operation.make({
    name: "Insights.readInsights",
    method: "GET",
    path: "/insights",
    input: ReadInsightsInput,
    output: InsightsModels.ReadInsights
  })
}

/** The service's methods: one entry per operation, plus a Stream per paged one. */
const insightsTable = {
  /** Fetch Insights (`insights.ReadInsights`). */
  readInsights: Service.call(insightsOperations.readInsights, { input: "optional" }),
  /** Every item of `insights.ReadInsights` as a `Stream`, page after page (`offset`/`limit`, following `NextOffset`). */
  readInsightsAll: paged(insightsOperations.readInsights, {
    items: (out) => out.Insights,
    paging: (out) => out.Paging
  })
}

/**
 * The Insights methods: one per entry of the table.
 *
 * @since 0.2.0
 * @category Models
 */
export interface InsightsService extends Service.ShapeOf<typeof insightsTable> {}

/**
 * The `Insights` service tag, its layer and accessors.
 *
 * @since 0.2.0
 * @category Context
 */
export class Insights extends Service.Tag("stax-effect/cloud/Insights")<Insights, InsightsService>()(insightsTable) {
  /** Builds the service over the `StaxCloudClient` in context. */
  static readonly make: Effect.Effect<InsightsService, never, StaxCloudClient> = Effect.map(
    StaxCloudClient,
    Service.methods(insightsTable)
  )

  /** The service as a layer over `StaxCloudClient`. */
  static readonly layer: Layer.Layer<Insights, never, StaxCloudClient> = Layer.effect(Insights, Insights.make)
}
