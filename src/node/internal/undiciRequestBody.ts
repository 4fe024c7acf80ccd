/**
 * A platform `HttpBody` as a body undici's dispatcher can send, without buffering it.
 *
 * @internal
 */
import type * as HttpBody from "@effect/platform/HttpBody"
import type * as Runtime from "effect/Runtime"
import * as Stream from "effect/Stream"
import { Readable } from "node:stream"
import { FormData as UndiciFormData } from "undici"

/** A body for `Dispatcher.dispatch`: bytes, a string, a Node stream, an (async) iterable, a Blob, undici's FormData. */
export type DispatchBody = string | Uint8Array | Readable | UndiciFormData | Blob | Iterable<unknown> | AsyncIterable<unknown>

/**
 * undici's dispatcher only encodes its own `FormData` class (Node's global one is another copy of
 * undici). Its entries are copied, not read: a file-backed Blob (`fs.openAsBlob`) stays on disk and
 * is streamed part by part, with a Content-Length computed from the parts' sizes.
 */
const toUndiciFormData = (form: FormData): UndiciFormData => {
  if (form instanceof UndiciFormData) return form
  const copy = new UndiciFormData()
  form.forEach((value, name) => {
    if (typeof value === "string") copy.append(name, value)
    else copy.append(name, value, value.name)
  })
  return copy
}

/**
 * Converts a request body. A `Stream` body becomes a Node `Readable` pulling from the stream on a
 * fiber of `runtime`: undici sends it chunked, with backpressure, and destroys it (interrupting the
 * fiber) when the request ends early.
 */
export const toDispatchBody = (
  body: HttpBody.HttpBody,
  runtime: () => Runtime.Runtime<never>
): DispatchBody | undefined => {
  switch (body._tag) {
    case "Empty":
      return undefined
    case "Uint8Array":
      return body.body
    case "Raw":
      return body.body as DispatchBody
    case "FormData":
      return toUndiciFormData(body.formData)
    case "Stream":
      return Readable.from(Stream.toAsyncIterableRuntime(body.stream, runtime()), { objectMode: false })
  }
}
