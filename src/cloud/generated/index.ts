/**
 * GENERATED FILE: do not edit. Made by `npm run generate:cloud` (scripts/generate-cloud) from the Stax
 * cloud OpenAPI document "Stax Core API" version 20190206
 * (sha256 2ad77fc4445c70b5f7622372a491c7d8efe074b232f3194bdb5dde70d54ef31d).
 *
 * The generated Stax cloud API: one service per class, the operations' inputs, the registry.
 *
 * @since 0.2.0
 */
export * from "./Accounts.js"
export * from "./Insights.js"
export * from "./Networking.js"
export * from "./Organisations.js"
export * from "./Policies.js"
export * from "./Public.js"
export * from "./Services.js"
export * from "./Tasks.js"
export * from "./Teams.js"
export * from "./Workloads.js"
export * from "./registry.js"
