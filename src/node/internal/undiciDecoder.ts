/**
 * Content codings for the undici exchange: the `Accept-Encoding` it asks with, the `Content-Encoding`
 * values it understands (`gzip`, `deflate`, `br`, and lists of them), and a streaming decoder over
 * `node:zlib` with backpressure both ways (its input says when to pause the socket, its output can be
 * paused while the reader lags).
 *
 * @internal
 */
import * as Zlib from "node:zlib"

/** What the Node transport asks for when a request sets no `Accept-Encoding` of its own. */
export const ACCEPT_ENCODING = "gzip, deflate, br"

/** `headers` with `accept-encoding` added unless the request sets its own (names are lower-case). */
export const withAcceptEncoding = <H extends Readonly<Record<string, string>>>(headers: H): H =>
  "accept-encoding" in headers ? headers : { ...headers, "accept-encoding": ACCEPT_ENCODING }

/** An answer in a content coding the transport cannot decode: its body is refused, not passed on as garbage. */
export class UnsupportedContentEncodingError extends Error {
  readonly code = "ERR_UNSUPPORTED_CONTENT_ENCODING"
  override readonly name = "UnsupportedContentEncodingError"
  constructor(readonly encoding: string) {
    super(`unsupported content-encoding "${encoding}" (the transport decodes gzip, deflate and br)`)
  }
}

/** A coding the decoder undoes. */
export type Coding = "gzip" | "deflate" | "br"

const CODINGS: Readonly<Record<string, Coding>> = { gzip: "gzip", "x-gzip": "gzip", deflate: "deflate", br: "br" }

/**
 * The codings of a `Content-Encoding` header in the order they were applied: `undefined` for none
 * (or `identity`), an error naming the first coding not understood.
 */
export const codingsOf = (
  header: string | ReadonlyArray<string> | undefined
): ReadonlyArray<Coding> | UnsupportedContentEncodingError | undefined => {
  if (header === undefined) return undefined
  const names = (typeof header === "string" ? header : header.join(",")).split(",")
  let codings: Array<Coding> | undefined
  for (const raw of names) {
    const name = raw.trim().toLowerCase()
    if (name === "" || name === "identity") continue
    const coding = CODINGS[name]
    if (coding === undefined) return new UnsupportedContentEncodingError(name)
    ;(codings ??= []).push(coding)
  }
  return codings
}

/** Where the decoder delivers: decoded bytes, the end, a failure, and when it takes input again. */
export interface DecoderSink {
  readonly onDecoded: (chunk: Buffer) => void
  readonly onDecodedEnd: () => void
  readonly onDecodeError: (error: Error) => void
  readonly onDecoderDrain: () => void
}

/** Decoded chunks of up to 64 KiB (zlib's default is 16 KiB). */
const CHUNK_SIZE = 64 * 1024

type Decompressor = Zlib.Gunzip | Zlib.Inflate | Zlib.InflateRaw | Zlib.BrotliDecompress

/** A zlib-wrapped deflate stream starts with a CMF byte whose low nibble is 8; servers also send raw deflate. */
const isZlibWrapped = (first: number | undefined): boolean => first === undefined || (first & 0x0f) === 0x08

/**
 * One decompressor. Its buffers hold `highWaterMark` bytes each way (zlib's default, 16 KiB, would
 * pause the socket after every chunk undici delivers).
 */
const decompressor = (coding: Coding, first: number | undefined, highWaterMark: number): Decompressor => {
  const options = { chunkSize: CHUNK_SIZE, writableHighWaterMark: highWaterMark, readableHighWaterMark: highWaterMark }
  return coding === "gzip"
    ? Zlib.createGunzip(options)
    : coding === "br"
    ? Zlib.createBrotliDecompress(options)
    : isZlibWrapped(first)
    ? Zlib.createInflate(options)
    : Zlib.createInflateRaw(options)
}

/** One body's decoder: a chain of decompressors, the last applied coding undone first. */
export class Decoder {
  private input: NodeJS.WritableStream | undefined = undefined
  private output: NodeJS.ReadableStream | undefined = undefined
  private readonly streams: Array<Decompressor> = []
  private paused = false

  constructor(
    private readonly codings: ReadonlyArray<Coding>,
    private readonly sink: DecoderSink,
    /** Bytes buffered on each side of each decompressor before it pushes back. */
    private readonly highWaterMark: number
  ) {}

  /** Built on the first bytes (a deflate body is told zlib-wrapped or raw by its first byte). */
  private build(first: number | undefined): void {
    for (let i = this.codings.length - 1; i >= 0; i--) {
      const stream = decompressor(this.codings[i]!, i === this.codings.length - 1 ? first : undefined, this.highWaterMark)
      stream.on("error", this.sink.onDecodeError)
      const previous = this.streams[this.streams.length - 1]
      if (previous !== undefined) previous.pipe(stream)
      this.streams.push(stream)
    }
    const input = this.streams[0]!
    const output = this.streams[this.streams.length - 1]!
    input.on("drain", this.sink.onDecoderDrain)
    output.on("data", this.sink.onDecoded)
    output.on("end", this.sink.onDecodedEnd)
    if (this.paused) output.pause()
    this.input = input
    this.output = output
  }

  /** Feeds body bytes; `false` when the caller should stop until `onDecoderDrain`. */
  write(chunk: Buffer): boolean {
    if (this.input === undefined) this.build(chunk[0])
    return this.input!.write(chunk)
  }

  /** The body is complete: decoding finishes, then `onDecodedEnd` (or `onDecodeError` if it was cut short). */
  end(): void {
    if (this.input === undefined) this.sink.onDecodedEnd()
    else this.input.end()
  }

  /** Stops delivering decoded bytes (the reader lags); input then backs up to the socket. */
  pause(): void {
    this.paused = true
    this.output?.pause()
  }

  /** Delivers decoded bytes again. */
  resume(): void {
    if (!this.paused) return
    this.paused = false
    this.output?.resume()
  }

  /** Stops decoding at once (the exchange failed or its reader left); nothing more is delivered. */
  destroy(): void {
    for (const stream of this.streams) {
      stream.removeAllListeners("data")
      stream.removeAllListeners("end")
      stream.removeAllListeners("drain")
      stream.destroy()
    }
  }
}
