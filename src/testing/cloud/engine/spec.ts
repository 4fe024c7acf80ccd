/**
 * What the stand-in reads of one operation: the generated registry's `CloudOperationSpec`.
 *
 * @since 0.2.0
 */
export type { CloudOperationSpec } from "../../../cloud/generated/registry.js"
