/**
 * `maybeApplied`: on every error of a write (POST, PUT, DELETE), whether the write may have been applied.
 * `true` after a 5xx (except the statuses the policy says the API did not process, such as 503), a
 * timeout, a connection lost after sending, or a 2xx answer that could not be read; `false` when it
 * certainly was not (a 4xx, a 429, a refusal before sending).
 *
 * @since 0.2.0
 */
import { ApiError, AuthError, DecodeError, type StaxError, TransportError } from "../StaxError.js"

/**
 * The error of a write, with `maybeApplied` set. `unprocessed`: the statuses the API documents as
 * not processed.
 *
 * @since 0.2.0
 * @category Outcome
 */
export const withOutcome = (error: StaxError, unprocessed: ReadonlyArray<number>): StaxError => {
  const maybeApplied = error._tag === "TransportError"
    ? error.maybeSent
    : error.status === undefined
    ? false
    : error._tag === "DecodeError" && error.status >= 200 && error.status < 300
    ? true
    : error.status >= 500 && !unprocessed.includes(error.status)
  switch (error._tag) {
    case "TransportError":
      return new TransportError({ ...fieldsOf(TransportError.fields, error), maybeApplied })
    case "ApiError":
      return new ApiError({ ...fieldsOf(ApiError.fields, error), maybeApplied })
    case "AuthError":
      return new AuthError({ ...fieldsOf(AuthError.fields, error), maybeApplied })
    case "DecodeError":
      return new DecodeError({ ...fieldsOf(DecodeError.fields, error), maybeApplied })
  }
}

/** An error's own fields (a copy to rebuild it with one more), without `_tag` and the stack. */
const fieldsOf = <E extends object>(fields: Readonly<Record<string, unknown>>, error: E): E => {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(fields)) {
    if (key !== "_tag" && Object.hasOwn(error, key)) out[key] = (error as Record<string, unknown>)[key]
  }
  return out as E
}
