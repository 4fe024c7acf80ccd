/**
 * What `Documents.upload` accepts as a file: a path on disk (`Documents.file(path)`), bytes, a `Blob`
 * (or `File`), or an Effect `Stream` of bytes with a name.
 *
 * Paths are streamed from disk (`fs.openAsBlob`), never read whole into memory. Streams cannot be
 * replayed, so an upload with a `Stream` source is sent once, as a streamed multipart body (the SDK
 * does not retry it, except when the connection never opened).
 *
 * @example
 * ```ts
 * yield* Documents.upload({
 *   files: [
 *     Documents.file("./statement.pdf"),
 *     { name: "note.txt", data: new TextEncoder().encode("hello"), type: "text/plain" },
 *     { name: "big.pdf", stream: Stream.fromReadableStream(() => res.body!, String), size: 123456 }
 *   ]
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Predicate from "effect/Predicate"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import mime from "mime/lite"
import { InputError } from "../../../core/StaxError.js"

/**
 * A file on disk, made with `Documents.file(path, { name?, type? })`. The name defaults to the path's
 * last segment, the type to one guessed from the extension.
 *
 * @since 0.1.0
 * @category Models
 */
export class FilePath extends Data.TaggedClass("FilePath")<{
  readonly path: string
  readonly name: string
  readonly type: string
}> {}

/**
 * Bytes or a `Blob` with a file name (and optionally a media type).
 *
 * @since 0.1.0
 * @category Models
 */
export interface NamedData {
  readonly name: string
  readonly data: Uint8Array | Blob
  readonly type?: string | undefined
}

/**
 * A stream of bytes with a file name; `size` (in bytes) is optional. A stream is read once: an upload
 * with one is never retried once the connection opened. If the stream fails, the upload fails with a
 * `TransportError`.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StreamData {
  readonly name: string
  readonly stream: Stream.Stream<Uint8Array, unknown>
  readonly size?: number | undefined
  readonly type?: string | undefined
}

/**
 * Any upload source. A bare `Uint8Array` is named `file-<n>` (its position, from 1); a bare `Blob`
 * too, unless it is a `File`, whose name is used.
 *
 * @since 0.1.0
 * @category Models
 */
export type FileSource = FilePath | Uint8Array | Blob | NamedData | StreamData

/**
 * The media type for a file name, from its extension, in any case (`application/octet-stream` when the
 * name has no extension or an unknown one). The table is the `mime` package's standard types
 * (`mime/lite`: IANA-registered types, kept up to date upstream).
 *
 * @example
 * ```ts
 * mediaTypeOf("Scan.PDF") // "application/pdf"
 * mediaTypeOf("notes") // "application/octet-stream"
 * ```
 *
 * @since 0.1.0
 * @category Helpers
 */
export const mediaTypeOf = (name: string): string => {
  const dot = name.lastIndexOf(".")
  // Only the extension is looked up: `mime` would also take a bare "pdf" (no dot) as one.
  return (dot >= 0 ? mime.getType(name.slice(dot + 1).toLowerCase()) : null) ?? "application/octet-stream"
}

/**
 * A file on disk as an upload source. Nothing is read until the upload is sent.
 *
 * @example
 * ```ts
 * Documents.upload({ files: [Documents.file("/tmp/invoice.pdf", { name: "invoice-42.pdf" })] })
 * ```
 *
 * @since 0.1.0
 * @category Constructors
 */
export const file = (
  path: string,
  options: { readonly name?: string | undefined; readonly type?: string | undefined } = {}
): FilePath => {
  const name = options.name ?? path.split(/[\\/]/).filter((s) => s.length > 0).pop() ?? path
  return new FilePath({ path, name, type: options.type ?? mediaTypeOf(name) })
}

const isBlob = (u: unknown): u is Blob => typeof Blob !== "undefined" && u instanceof Blob
const isName = (u: unknown): u is string => typeof u === "string" && u.length > 0
const isOptionalString = (u: unknown) => u === undefined || typeof u === "string"

const isNamedData = (u: unknown): u is NamedData =>
  Predicate.isRecord(u) && isName(u["name"]) && (u["data"] instanceof Uint8Array || isBlob(u["data"])) &&
  isOptionalString(u["type"])

const isStreamData = (u: unknown): u is StreamData =>
  Predicate.isRecord(u) && isName(u["name"]) && Predicate.hasProperty(u["stream"], Stream.StreamTypeId) &&
  isOptionalString(u["type"]) &&
  (u["size"] === undefined || (typeof u["size"] === "number" && Number.isSafeInteger(u["size"]) && u["size"] >= 0))

/**
 * Whether a value is an upload source.
 *
 * @since 0.1.0
 * @category Guards
 */
export const isFileSource = (u: unknown): u is FileSource =>
  u instanceof FilePath || u instanceof Uint8Array || isBlob(u) || isNamedData(u) || isStreamData(u)

/**
 * The schema of an upload source (a guard: sources pass through encoding unchanged).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const FileSourceSchema: Schema.Schema<FileSource> = Schema.declare(isFileSource, {
  identifier: "FileSource",
  description: "Documents.file(path), a Uint8Array, a Blob, { name, data } or { name, stream, size? }",
  message: () =>
    "must be Documents.file(path), a Uint8Array, a Blob, { name, data } or { name, stream } with a non-empty name"
})

/**
 * An upload source made ready to send: its name, media type, size when known, and its bytes as a
 * `Blob` (replayable: paths, bytes, blobs) or only as a one-shot `Stream`.
 *
 * @since 0.1.0
 * @category Models
 */
export interface ResolvedFile {
  readonly name: string
  readonly type: string
  readonly size: number | undefined
  /** The bytes as a Blob (for paths: backed by the file on disk), or `undefined` for stream sources. */
  readonly blob: Blob | undefined
  /** The bytes as a stream, read lazily. */
  readonly stream: Stream.Stream<Uint8Array, unknown>
}

const blobStream = (blob: Blob): Stream.Stream<Uint8Array, unknown> =>
  Stream.fromReadableStream(() => blob.stream(), (cause) => cause)

const fromBlob = (blob: Blob, name: string, type: string | undefined): ResolvedFile => ({
  name,
  type: type ?? (blob.type === "" ? mediaTypeOf(name) : blob.type),
  size: blob.size,
  blob,
  stream: blobStream(blob)
})

const fromBytes = (bytes: Uint8Array, name: string, type: string | undefined): ResolvedFile => {
  const mediaType = type ?? mediaTypeOf(name)
  let blob: Blob | undefined
  return {
    name,
    type: mediaType,
    size: bytes.byteLength,
    // Made on demand: a Blob copies the bytes.
    get blob() {
      return (blob ??= new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }))
    },
    stream: Stream.succeed(bytes)
  }
}

/**
 * The module name of Node's file system, kept out of bundlers' sight: a literal `import("node:fs")` makes
 * a bundler for a runtime without Node built-ins (a browser, a worker, esbuild's `neutral` platform)
 * refuse the whole SDK, though only file paths need it.
 */
const NODE_FS = "node:fs"

/**
 * Opens a file as a file-backed `Blob` (`fs.openAsBlob`: nothing is read yet). `node:fs` is imported
 * here, on the first path opened, so the SDK loads where it does not exist.
 */
const openAsBlob = async (path: string, type: string): Promise<Blob> => {
  const fs: typeof import("node:fs") = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS)
  return fs.openAsBlob(path, { type })
}

/**
 * Makes the `index`-th source ready to send. A path is opened as a file-backed `Blob` (Node's
 * `fs.openAsBlob`: nothing is read yet); a path that cannot be opened is an `InputError` naming
 * `files.<index>`.
 *
 * @since 0.1.0
 * @category Constructors
 */
export const resolve = (endpoint: string, source: FileSource, index: number): Effect.Effect<ResolvedFile, InputError> => {
  const fallbackName = `file-${index + 1}`
  if (source instanceof FilePath) {
    return Effect.tryPromise({
      try: () => openAsBlob(source.path, source.type),
      catch: (cause) =>
        new InputError({
          endpoint,
          field: `files.${index}`,
          message: `files.${index}: cannot open ${source.path} (${cause instanceof Error ? cause.message : String(cause)})`
        })
    }).pipe(Effect.map((blob) => fromBlob(blob, source.name, source.type)))
  }
  if (source instanceof Uint8Array) return Effect.succeed(fromBytes(source, fallbackName, undefined))
  if (isBlob(source)) {
    const name = typeof File !== "undefined" && source instanceof File && source.name !== "" ? source.name : fallbackName
    return Effect.succeed(fromBlob(source, name, undefined))
  }
  if (isStreamData(source)) {
    return Effect.succeed({
      name: source.name,
      type: source.type ?? mediaTypeOf(source.name),
      size: source.size,
      blob: undefined,
      stream: source.stream
    })
  }
  return Effect.succeed(
    source.data instanceof Uint8Array
      ? fromBytes(source.data, source.name, source.type)
      : fromBlob(source.data, source.name, source.type)
  )
}
