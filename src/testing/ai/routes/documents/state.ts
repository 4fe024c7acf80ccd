/**
 * The stand-in's document state beside the `Model`: its options (`keepFiles`, when processing
 * finishes), the stored files, the upload log and the running processing jobs.
 *
 * @since 0.2.0
 */
import type { Model } from "../../Model.js"

/**
 * When the simulated processing job finishes, and whether it fails.
 *
 * @since 0.1.0
 * @category Models
 */
export interface ProcessingOptions {
  /** The job finishes on the n-th `GET /document/get` of the document (counted from the upload). */
  readonly afterGets?: number | undefined
  /** The job finishes once this many milliseconds of Effect `Clock` time have passed since the upload. */
  readonly afterMillis?: number | undefined
  /** Whether processing a file fails (default: its name contains "fail", in any case). */
  readonly fails?: ((name: string) => boolean) | undefined
}

/**
 * The document options of the stand-in (`StaxLocal.layer({ keepFiles, processing })`).
 *
 * @since 0.1.0
 * @category Models
 */
export interface DocumentOptions {
  /** Keep uploaded bytes (default `true`). `false` keeps only each file's size and SHA-512. */
  readonly keepFiles?: boolean | undefined
  /**
   * When processing finishes (default `{ afterGets: 2 }`; given options replace the default: with
   * `{ afterMillis: 5000 }` only time counts).
   */
  readonly processing?: ProcessingOptions | undefined
}

/**
 * A document's original file as the stand-in stores it.
 *
 * @since 0.1.0
 * @category Models
 */
export interface StoredFile {
  readonly name: string
  readonly type: string
  readonly size: number
  /** SHA-512 of the bytes, hexadecimal (not computed for synthetic files). */
  readonly sha512: string | undefined
  /** The bytes, unless `keepFiles` is `false` or the file is synthetic. */
  readonly bytes: Uint8Array | undefined
  /** Generated on download: byte `i` is `i % 256`. */
  readonly synthetic: boolean
}

/**
 * One upload as the stand-in received it: the raw text fields (e.g. `metadata` as the JSON string
 * sent) and the file parts.
 *
 * @since 0.1.0
 * @category Models
 */
export interface UploadRecord {
  readonly fields: Readonly<Record<string, ReadonlyArray<string>>>
  readonly files: ReadonlyArray<{
    readonly field: string
    readonly filename: string
    readonly contentType: string | undefined
    readonly size: number
    readonly sha512: string
  }>
}

/**
 * The stand-in's document state beside the `Model`: stored files, the upload log, running jobs.
 *
 * @since 0.1.0
 * @category Models
 */
export interface DocumentState {
  readonly keepFiles: boolean
  readonly processing: ProcessingOptions
  /** By document id. */
  readonly files: Map<string, StoredFile>
  readonly uploads: Array<UploadRecord>
  /** Running jobs, by document id. */
  readonly jobs: Map<string, { readonly startedAt: number; gets: number }>
}

const states = new WeakMap<Model, DocumentState>()

const DEFAULT_PROCESSING: ProcessingOptions = { afterGets: 2 }

/**
 * Sets the document options of a stand-in model (done by `StaxLocal.make`).
 *
 * @since 0.1.0
 * @category State
 */
export const configureDocuments = (model: Model, options: DocumentOptions): DocumentState => {
  const state: DocumentState = {
    keepFiles: options.keepFiles ?? true,
    processing: options.processing ?? DEFAULT_PROCESSING,
    files: new Map(),
    uploads: [],
    jobs: new Map()
  }
  states.set(model, state)
  return state
}

/**
 * The document state of a stand-in model (default options on first use).
 *
 * @example
 * ```ts
 * const local = yield* StaxLocal
 * const stored = documentState(local.model).files.get(docId)
 * ```
 *
 * @since 0.1.0
 * @category State
 */
export const documentState = (model: Model): DocumentState => states.get(model) ?? configureDocuments(model, {})
