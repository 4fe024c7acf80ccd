/**
 * `StaxCloud.layer`: every Stax cloud service (the ten classes of the API), wired over one `StaxCloudClient`.
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
import {
  Accounts,
  Insights,
  Networking,
  Organisations,
  Policies,
  Public,
  Services as ServicesService,
  Tasks,
  Teams,
  Workloads
} from "./generated/index.js"
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
