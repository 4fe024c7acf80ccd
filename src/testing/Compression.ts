/**
 * Compressed answers from the loopback server: `gzip`, `deflate` or `br`, chosen from the request's
 * `Accept-Encoding`, for answers above a size. Off unless a stand-in is served with `compress`.
 *
 * @example
 * ```ts
 * const local = yield* StaxLocal.serve({ compress: { encoding: "br", minBytes: 0 } })
 * ```
 *
 * @since 0.2.0
 */
import * as Zlib from "node:zlib"

/**
 * A content coding the loopback server can apply.
 *
 * @since 0.2.0
 * @category Models
 */
export type Encoding = "gzip" | "deflate" | "br"

/**
 * How the loopback server compresses: `true` is `{}` (negotiated, answers of 1 KiB and more).
 *
 * @since 0.2.0
 * @category Models
 */
export interface Options {
  /**
   * The one coding to use when the request accepts it. Default: the first of `gzip`, `br`, `deflate`
   * that the request accepts. A request that accepts none of them is answered uncompressed.
   */
  readonly encoding?: Encoding | undefined
  /** Answers with a smaller `content-length` are sent as they are. Default: 1024. */
  readonly minBytes?: number | undefined
}

const PREFERENCE: ReadonlyArray<Encoding> = ["gzip", "br", "deflate"]
const DEFAULT_MIN_BYTES = 1024

/** The codings an `Accept-Encoding` value accepts (`q=0` refuses one; `*` accepts all). */
const accepted = (header: string | undefined): Set<string> => {
  const out = new Set<string>()
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";")
    if (name === undefined || name === "") continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    if (q !== undefined && Number(q.slice(2)) === 0) continue
    if (name === "*") PREFERENCE.forEach((e) => out.add(e))
    else out.add(name)
  }
  return out
}

/**
 * The coding to answer with, or `undefined` to answer uncompressed: compression is on, the request
 * accepts the coding, and the answer is not known to be smaller than `minBytes`.
 *
 * @since 0.2.0
 * @category Negotiation
 */
export const choose = (
  options: Options | boolean | undefined,
  acceptEncoding: string | undefined,
  contentLength: string | null
): Encoding | undefined => {
  if (options === undefined || options === false) return undefined
  const settings = options === true ? {} : options
  const length = contentLength === null ? Number.NaN : Number(contentLength)
  if (Number.isFinite(length) && length < (settings.minBytes ?? DEFAULT_MIN_BYTES)) return undefined
  const accepts = accepted(acceptEncoding)
  const candidates = settings.encoding === undefined ? PREFERENCE : [settings.encoding]
  return candidates.find((e) => accepts.has(e))
}

/**
 * A streaming compressor for `encoding`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const compressor = (encoding: Encoding): Zlib.Gzip | Zlib.Deflate | Zlib.BrotliCompress =>
  encoding === "gzip"
    ? Zlib.createGzip()
    : encoding === "deflate"
    ? Zlib.createDeflate()
    : Zlib.createBrotliCompress({ params: { [Zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
