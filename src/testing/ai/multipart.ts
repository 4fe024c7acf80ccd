/**
 * A streaming `multipart/form-data` reader for the stand-in: parts are handed over chunk by chunk as
 * the body arrives, so an upload of any size is checked (size, SHA-512) without holding it in memory.
 *
 * Why not `@effect/platform`'s `Multipart` (checked with bench/probes/multipart-probe.ts, platform 0.97.2
 * on multipasta 0.2.8): it turns a file part whose name has characters beyond Latin-1 (`発票.pdf`) into an
 * anonymous text field, so the file silently disappears, and it leaves the `%22`/`%0D`/`%0A` escapes
 * that `FormData` (and the SDK) write in file names undecoded; it is also slower, with more peak RSS
 * growth (both stay bounded; figures in the CHANGELOG). test/StandInUpload.test.ts holds the file-name
 * cases.
 *
 * @since 0.1.0
 */

/**
 * The headers of one part.
 *
 * @since 0.1.0
 * @category Models
 */
export interface PartInfo {
  /** The form field name (`Content-Disposition: form-data; name="..."`). */
  readonly name: string
  /** The file name, for file parts. */
  readonly filename: string | undefined
  readonly contentType: string | undefined
}

/**
 * Receives one part's bytes.
 *
 * @since 0.1.0
 * @category Models
 */
export interface PartSink {
  readonly write: (chunk: Uint8Array) => void
  readonly end: () => void
}

/**
 * The body is not well-formed multipart.
 *
 * @since 0.1.0
 * @category Errors
 */
export class MultipartError extends Error {
  readonly _tag = "MultipartError"
}

/**
 * The boundary of a `multipart/form-data` content type, or `undefined`.
 *
 * @since 0.1.0
 * @category Parsing
 */
export const boundaryOf = (contentType: string | null): string | undefined => {
  if (contentType === null || !/^multipart\/form-data\s*;/i.test(contentType)) return undefined
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2]
}

const decodeParam = (value: string) =>
  value.replace(/%22/g, "\"").replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/\\"/g, "\"")

const param = (header: string, name: string): string | undefined => {
  const match = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(header) ??
    new RegExp(`;\\s*${name}=([^;\\s]+)`, "i").exec(header)
  return match?.[1] === undefined ? undefined : decodeParam(match[1])
}

const parseHeaders = (text: string): PartInfo => {
  let disposition = ""
  let contentType: string | undefined
  for (const line of text.split("\r\n")) {
    const colon = line.indexOf(":")
    if (colon < 0) continue
    const key = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (key === "content-disposition") disposition = value
    else if (key === "content-type") contentType = value
  }
  const name = param(disposition, "name")
  if (!/^form-data\b/i.test(disposition) || name === undefined) {
    throw new MultipartError("a part has no Content-Disposition: form-data; name=...")
  }
  return { name, filename: param(disposition, "filename"), contentType }
}

const MAX_HEADER_BYTES = 16 * 1024
const CRLFCRLF = Buffer.from("\r\n\r\n")

/**
 * Reads a multipart body, calling `onPart` for each part and writing its bytes to the sink returned.
 * Memory use is bounded by the chunk size, whatever the parts' sizes.
 *
 * @since 0.1.0
 * @category Parsing
 */
export const readMultipart = async (
  body: AsyncIterable<Uint8Array>,
  boundary: string,
  onPart: (info: PartInfo) => PartSink
): Promise<void> => {
  // The body's first delimiter has no CRLF before it: prepend one, so every delimiter looks alike.
  const delimiter = Buffer.from(`\r\n--${boundary}`)
  let state: "preamble" | "after" | "headers" | "body" | "done" = "preamble"
  let buffer: Buffer = Buffer.from("\r\n")
  let sink: PartSink | undefined
  for await (const chunk of body) {
    const incoming = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    buffer = buffer.length === 0 ? incoming : Buffer.concat([buffer, incoming])
    let progress = true
    while (progress && state !== "done") {
      progress = false
      switch (state) {
        case "preamble": {
          const at = buffer.indexOf(delimiter)
          if (at < 0) {
            buffer = buffer.subarray(Math.max(0, buffer.length - delimiter.length + 1))
          } else {
            buffer = buffer.subarray(at + delimiter.length)
            state = "after"
            progress = true
          }
          break
        }
        case "after": {
          if (buffer.length < 2) break
          const two = buffer.toString("latin1", 0, 2)
          if (two === "--") {
            state = "done"
          } else if (two === "\r\n") {
            buffer = buffer.subarray(2)
            state = "headers"
            progress = true
          } else {
            throw new MultipartError("bad delimiter line")
          }
          break
        }
        case "headers": {
          const at = buffer.indexOf(CRLFCRLF)
          if (at < 0) {
            if (buffer.length > MAX_HEADER_BYTES) throw new MultipartError("part headers too long")
            break
          }
          sink = onPart(parseHeaders(buffer.toString("utf8", 0, at)))
          buffer = buffer.subarray(at + CRLFCRLF.length)
          state = "body"
          progress = true
          break
        }
        case "body": {
          const at = buffer.indexOf(delimiter)
          if (at < 0) {
            // Keep what could be the start of a delimiter; hand over the rest.
            const safe = buffer.length - (delimiter.length - 1)
            if (safe > 0) {
              sink!.write(buffer.subarray(0, safe))
              buffer = buffer.subarray(safe)
            }
          } else {
            if (at > 0) sink!.write(buffer.subarray(0, at))
            sink!.end()
            sink = undefined
            buffer = buffer.subarray(at + delimiter.length)
            state = "after"
            progress = true
          }
          break
        }
      }
    }
  }
  if (state !== "done") throw new MultipartError("the multipart body ended early")
}
