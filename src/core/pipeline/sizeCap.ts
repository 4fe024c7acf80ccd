/**
 * The size cap on an answer read whole (`maxResponseBytes`): refused by its declared length before any
 * of it is read, or as soon as the bytes that arrive pass it; nothing over the cap is kept in memory.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { SendError } from "./Sender.js"

/**
 * The failure of an answer over the cap.
 *
 * @since 0.2.0
 * @category Errors
 */
export const tooLarge = (maxBytes: number): SendError =>
  new SendError("TooLarge", true, `the answer is larger than ${maxBytes} bytes (maxResponseBytes)`)

/**
 * Whether the answer's declared `content-length` is over the cap. A compressed answer's length is not its
 * size once decoded, so it is not judged by it.
 *
 * @since 0.2.0
 * @category Guards
 */
export const declaredTooLarge = (headers: Readonly<Record<string, string | undefined>>, maxBytes: number): boolean => {
  const encoding = headers["content-encoding"]
  if (encoding !== undefined && encoding !== "identity") return false
  const declared = Number(headers["content-length"])
  return Number.isFinite(declared) && declared > maxBytes
}

/**
 * Reads a body whole, failing as soon as it passes `maxBytes`.
 *
 * @since 0.2.0
 * @category Reading
 */
export const collectCapped = <E>(
  body: Stream.Stream<Uint8Array, E>,
  maxBytes: number
): Effect.Effect<Uint8Array, E | SendError> =>
  Stream.runFoldEffect(body, { chunks: [] as Array<Uint8Array>, size: 0 }, (acc, chunk) => {
    acc.size += chunk.byteLength
    if (acc.size > maxBytes) return Effect.fail(tooLarge(maxBytes))
    acc.chunks.push(chunk)
    return Effect.succeed(acc)
  }).pipe(Effect.map(({ chunks, size }) => concat(chunks, size)))

/**
 * Joins chunks into one array (the chunk itself when there is one).
 *
 * @since 0.2.0
 * @category Reading
 */
export const concat = (chunks: ReadonlyArray<Uint8Array>, size: number): Uint8Array => {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}
