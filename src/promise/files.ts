/**
 * Upload sources for `documents.upload`, built without Effect.
 *
 * @since 0.2.0
 */
import * as Stream from "effect/Stream"
import { file, type FilePath, type StreamData } from "../ai/api/documents/FileSource.js"

/**
 * Makers of upload sources. Bytes (`Uint8Array`), `Blob`s/`File`s and `{ name, data }` need none:
 * pass them as they are.
 *
 * @example
 * ```ts
 * await stax.documents.upload({
 *   files: [
 *     files.fromPath("./invoice.pdf"),
 *     files.fromStream("scan.pdf", fs.createReadStream("./scan.pdf"), { size: 123_456 }),
 *     { name: "note.txt", data: new TextEncoder().encode("hello") }
 *   ]
 * })
 * ```
 *
 * @since 0.2.0
 * @category Constructors
 */
export const files: {
  /**
   * A file on disk, streamed from disk when sent (never read whole); the same as the Effect API's
   * `Documents.file`. The name defaults to the path's last segment, the type to one guessed from the
   * extension.
   */
  readonly fromPath: (
    path: string,
    options?: { readonly name?: string | undefined; readonly type?: string | undefined }
  ) => FilePath
  /**
   * Bytes from an async iterable (a Node `Readable`, a web `ReadableStream`, an async generator),
   * read once while the upload is sent: such an upload is never retried once the connection opened.
   * A failing source fails the upload with a `TransportError`.
   */
  readonly fromStream: (
    name: string,
    source: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
    options?: { readonly size?: number | undefined; readonly type?: string | undefined }
  ) => StreamData
} = {
  fromPath: file,
  fromStream: (name, source, options = {}) => ({
    name,
    stream: Symbol.asyncIterator in source
      ? Stream.fromAsyncIterable(source as AsyncIterable<Uint8Array>, (e) => e)
      : Stream.fromReadableStream(() => source as ReadableStream<Uint8Array>, (e) => e),
    ...(options.size === undefined ? {} : { size: options.size }),
    ...(options.type === undefined ? {} : { type: options.type })
  })
}
