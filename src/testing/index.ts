/**
 * stax-effect/testing: the local stand-in of the Stax.ai API.
 *
 * @since 0.1.0
 */
export * as Fault from "./Fault.js"
export { Model } from "./Model.js"
export type { Json, RequestRecord, Team } from "./Model.js"
export { AUTH_ERROR_MESSAGE, RouteFailure } from "./Router.js"
export type { FailureStatus, Route, RouteContext, RouterResult, RouterSettings } from "./Router.js"
export { documentState, pageBytes } from "./routes/documents.js"
export type { DocumentState, ProcessingOptions, SeedDocument, StoredFile, UploadRecord } from "./routes/documents.js"
export { jobOf, modulesOf, seedJob, seedWorker } from "./routes/modules.js"
export type { SeededWorker } from "./routes/modules.js"
export { tpaState } from "./routes/tpa.js"
export { routes, ServeError, StaxLocal } from "./StaxLocal.js"
export type { Options as StaxLocalOptions, StaxLocalService } from "./StaxLocal.js"
