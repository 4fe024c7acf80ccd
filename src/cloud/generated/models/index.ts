/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The models of the Stax cloud API: every component of the document, one module per class.
 *
 * @since 0.2.0
 */
export * from "./accounts.js"
export * from "./common.js"
export * from "./insights.js"
export * from "./networking.js"
export * from "./organisations.js"
export * from "./policies.js"
export * from "./public.js"
export * from "./services.js"
export * from "./tasks.js"
export * from "./teams.js"
export * from "./workloads.js"
