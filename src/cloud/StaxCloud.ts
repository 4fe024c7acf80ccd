/**
 * `StaxCloud.layer`: every Stax cloud service, wired over one `StaxCloudClient`.
 *
 * @example
 * ```ts
 * program.pipe(
 *   Effect.provide(StaxCloud.layer),
 *   Effect.provide(StaxCloudConfig.layerFromEnv),
 *   Effect.provide(FetchHttpClient.layer),
 *   Effect.runPromise
 * )
 * ```
 *
 * @since 0.2.0
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Layer from "effect/Layer"
import { Accounts } from "./generated/Accounts.js"
import { Insights } from "./generated/Insights.js"
import { Networking } from "./generated/Networking.js"
import { Organisations } from "./generated/Organisations.js"
import { Policies } from "./generated/Policies.js"
import { Public } from "./generated/Public.js"
import { Services as ServicesService } from "./generated/Services.js"
import { Tasks } from "./generated/Tasks.js"
import { Teams } from "./generated/Teams.js"
import { Workloads } from "./generated/Workloads.js"
import type { StaxCloudConfig } from "./StaxCloudConfig.js"
import { StaxCloudClient } from "./StaxCloudClient.js"

/**
 * Every service `StaxCloud.layer` provides.
 *
 * @since 0.2.0
 * @category Models
 */
export type Services =
  | Accounts
  | Insights
  | Networking
  | Organisations
  | Policies
  | Public
  | ServicesService
  | Tasks
  | Teams
  | Workloads
  | StaxCloudClient

/**
 * Every Stax cloud service (and the `StaxCloudClient` they share), needing a `StaxCloudConfig` and an
 * `HttpClient`.
 *
 * @since 0.2.0
 * @category Layers
 */
export const layer: Layer.Layer<Services, never, StaxCloudConfig | HttpClient.HttpClient> = Layer.mergeAll(
  Accounts.layer,
  Insights.layer,
  Networking.layer,
  Organisations.layer,
  Policies.layer,
  Public.layer,
  ServicesService.layer,
  Tasks.layer,
  Teams.layer,
  Workloads.layer
).pipe(Layer.provideMerge(StaxCloudClient.layer))
