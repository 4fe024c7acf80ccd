/**
 * Raw answers shared by the hostile properties: how a body is framed on the wire (honest, lying
 * content-length, chunked well or badly, gzip good, cut or fake) and a body that never ends.
 */
import fc from "fast-check"
import { gzipSync } from "node:zlib"

const encoder = new TextEncoder()

/** How the body is framed: honest, lying content-length, chunked (well or badly), gzip (good, cut, fake). */
export const framing = fc.constantFrom("length", "short", "long", "none", "chunked", "bad-chunked", "gzip", "gzip-cut", "gzip-fake")

/** The framing headers and bytes of `payload` framed as `kind`. */
export const frame = (kind: string, payload: Uint8Array): { headers: Array<string>; bytes: Uint8Array } => {
  switch (kind) {
    case "length":
      return { headers: [`Content-Length: ${payload.length}`], bytes: payload }
    case "short":
      return { headers: [`Content-Length: ${Math.max(0, payload.length - 5)}`], bytes: payload }
    case "long":
      return { headers: [`Content-Length: ${payload.length + 1_000}`], bytes: payload }
    case "chunked":
      return {
        headers: ["Transfer-Encoding: chunked"],
        bytes: concat(encoder.encode(`${payload.length.toString(16)}\r\n`), payload, encoder.encode("\r\n0\r\n\r\n"))
      }
    case "bad-chunked":
      return { headers: ["Transfer-Encoding: chunked"], bytes: concat(encoder.encode("zz\r\n"), payload) }
    case "gzip": {
      const zipped = gzipSync(payload)
      return { headers: ["Content-Encoding: gzip", `Content-Length: ${zipped.length}`], bytes: zipped }
    }
    case "gzip-cut": {
      const zipped = gzipSync(payload).subarray(0, 12)
      return { headers: ["Content-Encoding: gzip", `Content-Length: ${zipped.length}`], bytes: zipped }
    }
    case "gzip-fake":
      return { headers: ["Content-Encoding: gzip", `Content-Length: ${payload.length}`], bytes: payload }
    default:
      return { headers: [], bytes: payload }
  }
}

/** The parts, one after the other. */
export const concat = (...parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** A body that never ends: `chunk` once per millisecond, slow enough that a time limit ends it with little memory. */
export const endless = (chunk: Uint8Array): ReadableStream<Uint8Array> =>
  new ReadableStream({
    pull: (controller) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          try {
            controller.enqueue(chunk)
          } catch {
            // Cancelled meanwhile: nothing to do.
          }
          resolve()
        }, 1)
      )
  })
