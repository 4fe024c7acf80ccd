/**
 * Reading a document's processing state from `doc.job` (stax-api.md §4 item 8). The API does not
 * document the job fields' semantics; the SDK's reading is an assumption:
 *
 * - no `job`: nothing to wait for (e.g. uploaded with `skipProcessing`, or created from JSON);
 * - `job.working === true`, or no outcome yet: still processing;
 * - `job.error` set (non-empty), or `job.success === false`: failed;
 * - `job.success === true`: done.
 *
 * @since 0.1.0
 */
import type { Document } from "../../schema/Document.js"

/**
 * Where a document's processing stands.
 *
 * @since 0.1.0
 * @category Models
 */
export type ProcessingState =
  | { readonly _tag: "Processing" }
  | { readonly _tag: "Done" }
  | { readonly _tag: "Failed"; readonly message: string }

const hasError = (error: unknown): boolean =>
  error !== undefined && error !== null && error !== false && error !== ""

const errorText = (error: unknown): string => {
  if (typeof error === "string") return error
  if (typeof error === "object" && error !== null) {
    const message = (error as { message?: unknown }).message
    if (typeof message === "string" && message !== "") return message
  }
  return hasError(error) ? JSON.stringify(error) ?? String(error) : "processing failed"
}

/**
 * Reads `doc.job` (see the module comment for the rules).
 *
 * @since 0.1.0
 * @category Helpers
 */
export const processingState = (doc: Document): ProcessingState => {
  const job = doc.job
  if (job === undefined) return { _tag: "Done" }
  if (job.working === true) return { _tag: "Processing" }
  if (hasError(job.error) || job.success === false) return { _tag: "Failed", message: errorText(job.error) }
  if (job.success === true) return { _tag: "Done" }
  return { _tag: "Processing" }
}
