/**
 * What the stand-in reads of one operation: the generated registry's `CloudOperationSpec`.
 *
 * @since 0.3.0
 */
export type { CloudOperationSpec } from "../../../cloud/generated/registry.js"
