/**
 * The core's decoding module, the entry the rest of the SDK uses: payload decoding in either mode
 * (`Decode`), the compiled validator (`FastDecode`: its plan in `compile.ts`, its generated source in
 * `emit.ts` with the closure fallback in `closures.ts`, its undo log in `undo.ts`), Schema alone
 * (`SchemaDecode`), and `null` handling (`nulls`). Schema is the single source of truth: the compiled
 * validator answers what Schema answers.
 *
 * @since 0.2.0
 */
export { type Decoding, decodePayload, decodings, parseJson, schemaOnly } from "./Decode.js"
export * as FastDecode from "./FastDecode.js"
export { prune, type Removals } from "./nulls.js"
export { type Decoder, schemaDecoder } from "./SchemaDecode.js"
