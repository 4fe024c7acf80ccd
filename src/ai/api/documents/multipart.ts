/**
 * `multipart/form-data` request bodies for `Documents.upload`.
 *
 * When every file is replayable (paths, bytes, blobs), the body is a `FormData` whose file parts are
 * Blobs: `fetch` streams them (file-backed Blobs are read from disk chunk by chunk) and the SDK may
 * retry the request. When a file is a `Stream`, the body is a one-shot stream written here, part by
 * part, with a generated boundary (the SDK then does not retry it once the connection opened).
 *
 * @since 0.1.0
 */
import * as HttpBody from "@effect/platform/HttpBody"
import * as Chunk from "effect/Chunk"
import * as Stream from "effect/Stream"
import type { ResolvedFile } from "./FileSource.js"

/**
 * A fresh boundary: 32 random hexadecimal characters after a fixed prefix (no character needs quoting).
 *
 * @since 0.1.0
 * @category Constructors
 */
export const makeBoundary = (): string => {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return `----stax-effect-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`
}

/** Escapes a header parameter value as the HTML form encoder does (`"`, CR and LF percent-encoded). */
const escapeParam = (value: string): string =>
  value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")

const encoder = new TextEncoder()

/**
 * The opening of one part: boundary line and headers, ending with the blank line.
 *
 * @since 0.1.0
 * @category Encoding
 */
export const partHead = (
  boundary: string,
  field: string,
  file?: { readonly name: string; readonly type: string } | undefined
): Uint8Array =>
  encoder.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="${escapeParam(field)}"` +
      (file === undefined
        ? "\r\n\r\n"
        : `; filename="${escapeParam(file.name)}"\r\nContent-Type: ${file.type.replace(/[\r\n]/g, "")}\r\n\r\n`)
  )

const CRLF = encoder.encode("\r\n")

/**
 * The closing delimiter of a body.
 *
 * @since 0.1.0
 * @category Encoding
 */
export const closing = (boundary: string): Uint8Array => encoder.encode(`--${boundary}--\r\n`)

/**
 * A multipart body as a stream: text fields first, then the files (each under the field name
 * `fileField`), read one after the other, never buffered.
 *
 * @since 0.1.0
 * @category Encoding
 */
export const multipartStream = (
  boundary: string,
  fields: ReadonlyArray<readonly [string, string]>,
  fileField: string,
  files: ReadonlyArray<ResolvedFile>
): Stream.Stream<Uint8Array, unknown> => {
  const textParts = fields.map(([name, value]) => Stream.make(partHead(boundary, name), encoder.encode(value), CRLF))
  const fileParts = files.map((f) =>
    Stream.make(partHead(boundary, fileField, f)).pipe(Stream.concat(f.stream), Stream.concat(Stream.make(CRLF)))
  )
  return Stream.concatAll(Chunk.fromIterable([...textParts, ...fileParts, Stream.make(closing(boundary))]))
}

/**
 * The length of {@link multipartStream}'s output, when every file's size is known.
 *
 * @since 0.1.0
 * @category Encoding
 */
export const multipartLength = (
  boundary: string,
  fields: ReadonlyArray<readonly [string, string]>,
  fileField: string,
  files: ReadonlyArray<ResolvedFile>
): number | undefined => {
  let total = closing(boundary).byteLength
  for (const [name, value] of fields) {
    total += partHead(boundary, name).byteLength + encoder.encode(value).byteLength + CRLF.byteLength
  }
  for (const f of files) {
    if (f.size === undefined) return undefined
    total += partHead(boundary, fileField, f).byteLength + f.size + CRLF.byteLength
  }
  return total
}

/**
 * Builds the body: a `FormData` when every file has a Blob (replayable), else a one-shot stream.
 *
 * @since 0.1.0
 * @category Encoding
 */
export const multipartBody = (
  fields: ReadonlyArray<readonly [string, string]>,
  fileField: string,
  files: ReadonlyArray<ResolvedFile>
): HttpBody.HttpBody => {
  if (files.every((f) => f.blob !== undefined)) {
    const form = new FormData()
    for (const [name, value] of fields) form.append(name, value)
    for (const f of files) form.append(fileField, f.blob!, f.name)
    return HttpBody.formData(form)
  }
  const boundary = makeBoundary()
  return HttpBody.stream(
    multipartStream(boundary, fields, fileField, files),
    `multipart/form-data; boundary=${boundary}`,
    multipartLength(boundary, fields, fileField, files)
  )
}
