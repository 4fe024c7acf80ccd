/**
 * Errors of `Documents.waitUntilProcessed`.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"

/**
 * The document's processing job finished with an error (`doc.job.error`, or `doc.job.success: false`).
 *
 * @example
 * ```ts
 * Documents.waitUntilProcessed(docId).pipe(
 *   Effect.catchTag("ProcessingError", (e) => Effect.logError(`${e.docId}: ${e.message}`))
 * )
 * ```
 *
 * @since 0.1.0
 * @category Errors
 */
export class ProcessingError extends Schema.TaggedError<ProcessingError>("stax-effect/ProcessingError")(
  "ProcessingError",
  {
    docId: Schema.String,
    /** The job's `error`, as text (`"processing failed"` when the job gave none). */
    message: Schema.String
  }
) {}

/**
 * The document was still being processed when the wait ended (its `timeout` passed, or its schedule
 * stopped recurring).
 *
 * @since 0.1.0
 * @category Errors
 */
export class ProcessingTimeoutError extends Schema.TaggedError<ProcessingTimeoutError>(
  "stax-effect/ProcessingTimeoutError"
)("ProcessingTimeoutError", {
  docId: Schema.String,
  /** How long the SDK waited, in milliseconds (Effect `Clock` time). */
  waitedMillis: Schema.Number
}) {
  override get message(): string {
    return `document ${this.docId} was still processing after ${Duration.format(Duration.millis(this.waitedMillis))}`
  }
}
