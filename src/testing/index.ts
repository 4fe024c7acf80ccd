/**
 * stax-effect/testing: the local stand-in of the Stax.ai API.
 *
 * @since 0.1.0
 */
export * as Fault from "./Fault.js"
export { Model } from "./ai/Model.js"
export type { Json, RequestRecord, Team } from "./ai/Model.js"
export { AUTH_ERROR_MESSAGE, RouteFailure } from "./ai/Router.js"
export type { FailureStatus, Route, RouteContext, RouterResult, RouterSettings } from "./ai/Router.js"
export { documentState, pageBytes } from "./ai/routes/documents.js"
export type { DocumentState, ProcessingOptions, SeedDocument, StoredFile, UploadRecord } from "./ai/routes/documents.js"
export { jobOf, modulesOf, seedJob, seedWorker } from "./ai/routes/modules.js"
export type { SeededWorker } from "./ai/routes/modules.js"
export { tpaState } from "./ai/routes/tpa.js"
export { routes, StaxLocal } from "./ai/StaxLocal.js"
export { ServeError } from "./Transport.js"
export * as Compression from "./Compression.js"
export * as Transport from "./Transport.js"
export type { Options as StaxLocalOptions, StaxLocalService } from "./ai/StaxLocal.js"
export { configFor as cloudConfigFor, StaxCloudLocal } from "./cloud/StaxCloudLocal.js"
export type {
  CloudRequestRecord,
  Options as StaxCloudLocalOptions,
  StaxCloudLocalService
} from "./cloud/StaxCloudLocal.js"
export type { CognitoCounters, CognitoStandIn, CognitoUserSpec } from "./cloud/Cognito.js"
export { AccountsModel, seedAccounts } from "./cloud/accounts.js"
export { CloudState, SEED_ROOT_OU_ID, SEED_USER_ID } from "./cloud/state/CloudState.js"
export type { CollectionName as CloudCollectionName, Seed as CloudSeed } from "./cloud/state/CloudState.js"
export { Collection as CloudCollection } from "./cloud/state/Collection.js"
export { TasksModel as CloudTasksModel } from "./cloud/state/tasks.js"
export type { TaskOutcome as CloudTaskOutcome, TaskOutcomeOption as CloudTaskOutcomeOption, TaskRecord as CloudTaskRecord } from "./cloud/state/tasks.js"
export type { CloudOperationSpec as StandInOperationSpec } from "./cloud/engine/spec.js"
