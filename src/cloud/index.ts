/**
 * stax-effect/cloud: an Effect client for the Stax cloud API (stax.io, the API of the Python SDK
 * `staxapp`), on the same request core as the Stax.ai client: the same retry policies, timeouts and typed
 * errors, staxapp's token auth (SRP login, identity-pool credentials, SigV4 signing) renewed before it
 * expires.
 *
 * @example
 * ```ts
 * import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
 * import * as Effect from "effect/Effect"
 * import { Accounts, StaxCloud, StaxCloudConfig } from "stax-effect/cloud"
 *
 * const program = Accounts.readAccounts({ filter: "ACTIVE", includeTags: true })
 * program.pipe(
 *   Effect.provide(StaxCloud.layer),
 *   Effect.provide(StaxCloudConfig.layerFromEnv), // STAX_ACCESS_KEY, STAX_SECRET_KEY (Redacted), STAX_REGION
 *   Effect.provide(FetchHttpClient.layer),
 *   Effect.runPromise
 * )
 * ```
 *
 * @since 0.2.0
 */
export * from "./generated/index.js"
export { Accounts } from "./api/Accounts.js"
export type { AccountsService } from "./api/Accounts.js"
export type { AwsCredentials, CloudAuth } from "./auth/CloudAuth.js"
export * as CloudSchemas from "./schema/Account.js"
export type { Account, Paging, ReadAccountsInput, ReadAccountsOutput } from "./schema/Account.js"
export * as StaxCloud from "./StaxCloud.js"
export { StaxCloudClient } from "./StaxCloudClient.js"
export type { StaxCloudClientShape } from "./StaxCloudClient.js"
export { StaxCloudConfig } from "./StaxCloudConfig.js"
export type { StaxCloudConfigShape } from "./StaxCloudConfig.js"
export { ApiError, ApiReason, AuthError, AuthReason, DecodeError, InputError, isStaxError, StaxError, TransportError } from "../core/StaxError.js"
export { AuthRetryPolicy, RetryPolicy } from "../core/RetryPolicy.js"
export { TaskFailed, TaskTimeout, TaskTimeoutReason } from "./tasks/errors.js"
export { defaultTaskDeadline, defaultTaskSchedule } from "./tasks/waitUntilDone.js"
export type { TaskAnswer, TaskRef, WaitOptions as TaskWaitOptions } from "./tasks/waitUntilDone.js"
export type { TaskResult } from "./tasks/taskId.js"
