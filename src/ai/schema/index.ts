/**
 * The resource schemas, for decoding stored payloads or building test fixtures.
 *
 * @since 0.1.0
 */
export * from "./Document.js"
export * from "./Metadata.js"
export * from "./ObjectId.js"
export * from "./Search.js"
export * from "./Stack.js"
export * from "./Table.js"
export * from "./Tpa.js"
