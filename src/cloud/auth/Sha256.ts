/**
 * SHA-256 and HMAC-SHA256 over `node:crypto`, in the shape `@smithy/signature-v4` expects of its
 * `sha256` constructor (`new Sha256()` hashes, `new Sha256(key)` computes an HMAC).
 *
 * @since 0.2.0
 */
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto"

/** What a key or a chunk may be (the `SourceData` of `@smithy/types`). */
type SourceData = string | ArrayBuffer | ArrayBufferView

const toBytes = (data: SourceData): Uint8Array =>
  typeof data === "string"
    ? Buffer.from(data, "utf8")
    : ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data)

/**
 * A SHA-256 hash (no key) or an HMAC-SHA256 (with a key), for `SignatureV4`'s `sha256` option.
 *
 * @example
 * ```ts
 * const hash = new Sha256()
 * hash.update("")
 * Buffer.from(await hash.digest()).toString("hex") // "e3b0c442…b855"
 * ```
 *
 * @since 0.2.0
 * @category Signing
 */
export class Sha256 {
  readonly #key: Uint8Array | undefined
  #state: Hash | Hmac

  constructor(key?: SourceData) {
    this.#key = key === undefined ? undefined : toBytes(key)
    this.#state = this.#fresh()
  }

  #fresh(): Hash | Hmac {
    return this.#key === undefined ? createHash("sha256") : createHmac("sha256", this.#key)
  }

  update(data: SourceData): void {
    this.#state.update(toBytes(data))
  }

  digest(): Promise<Uint8Array> {
    const out = new Uint8Array(this.#state.digest())
    this.#state = this.#fresh()
    return Promise.resolve(out)
  }

  reset(): void {
    this.#state = this.#fresh()
  }
}

/**
 * The hex SHA-256 of some bytes (the payload hash of SigV4).
 *
 * @since 0.2.0
 * @category Signing
 */
export const sha256Hex = (data: Uint8Array | string): string => createHash("sha256").update(data).digest("hex")
