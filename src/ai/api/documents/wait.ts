/**
 * Waiting for a document's processing: `Documents.waitUntilProcessed` polls `get` on a schedule
 * until the job has finished, failed, or the wait ran out.
 *
 * @since 0.2.0
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import type { InputError, StaxError } from "../../../core/StaxError.js"
import type { Document } from "../../schema/Document.js"
import { ProcessingError, ProcessingTimeoutError } from "./errors.js"
import type { GetDocumentInput } from "./inputs.js"
import { processingState } from "./processing.js"

/**
 * Options of `Documents.waitUntilProcessed`.
 *
 * @since 0.1.0
 * @category Models
 */
export interface WaitOptions {
  /**
   * When to ask again after a document was still processing. Default: exponential from 1 second,
   * each delay capped at 10 seconds. A schedule that stops recurring ends the wait with
   * `ProcessingTimeoutError`.
   */
  readonly schedule?: Schedule.Schedule<unknown, unknown> | undefined
  /** How long to wait in all (Effect `Clock` time). Default: 10 minutes. */
  readonly timeout?: Duration.DurationInput | undefined
}

/**
 * The default polling schedule of `waitUntilProcessed`: 1 s, 2 s, 4 s, 8 s, then every 10 s.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const defaultWaitSchedule: Schedule.Schedule<unknown, unknown> = Schedule.exponential("1 second").pipe(
  Schedule.union(Schedule.spaced("10 seconds"))
)

/**
 * The default total wait of `waitUntilProcessed`: 10 minutes.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const defaultWaitTimeout: Duration.Duration = Duration.minutes(10)

/**
 * Polls `get` on the schedule until the job has finished (see `DocumentsService.waitUntilProcessed`):
 * the processed document, `ProcessingError` when the job reports an error, `ProcessingTimeoutError`
 * when the wait ran out or the schedule stopped.
 *
 * @since 0.2.0
 * @category Waiting
 */
export const waitUntilProcessed = (
  get: (input: GetDocumentInput) => Effect.Effect<Document, StaxError | InputError>,
  docId: string,
  options: WaitOptions = {}
): Effect.Effect<Document, StaxError | InputError | ProcessingError | ProcessingTimeoutError> =>
  Effect.gen(function*() {
    const started = yield* Clock.currentTimeMillis
    const timedOut = Clock.currentTimeMillis.pipe(
      Effect.flatMap((now) => new ProcessingTimeoutError({ docId, waitedMillis: now - started }))
    )
    const driver = yield* Schedule.driver(options.schedule ?? defaultWaitSchedule)
    const poll = Effect.gen(function*() {
      while (true) {
        const doc = yield* get({ docId })
        const state = processingState(doc)
        if (state._tag === "Done") return doc
        if (state._tag === "Failed") return yield* new ProcessingError({ docId, message: state.message })
        // The schedule sleeps between polls; when it stops recurring, the wait is over.
        const next = yield* Effect.either(driver.next(undefined))
        if (next._tag === "Left") return yield* timedOut
      }
    })
    return yield* poll.pipe(
      Effect.timeout(options.timeout ?? defaultWaitTimeout),
      Effect.catchTag("TimeoutException", () => timedOut)
    )
  }).pipe(Effect.withSpan("Stax.Documents.waitUntilProcessed", { attributes: { docId } }))
