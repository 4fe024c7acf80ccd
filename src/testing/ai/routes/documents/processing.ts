/**
 * The stand-in's simulated processing job: deterministic, it finishes after a number of reads of the
 * document or an amount of Effect `Clock` time (see `ProcessingOptions`), then fills in the pages,
 * `Filename` and `Pages` metadata and the checksum, or fails for a file named so.
 *
 * @since 0.2.0
 */
import type { Json, Model } from "../../Model.js"
import { type DocumentState, documentState, type StoredFile } from "./state.js"

const PAGE_BYTES = 100_000
const MAX_PAGES = 100

const pageCount = (file: StoredFile | undefined): number => {
  if (file === undefined) return 1
  const bytes = file.bytes
  if (bytes !== undefined && bytes.byteLength < 10_000_000) {
    const text = new TextDecoder("latin1").decode(bytes)
    if (text.startsWith("%PDF")) return Math.max(1, (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length)
  }
  return Math.min(MAX_PAGES, Math.max(1, Math.ceil(file.size / PAGE_BYTES)))
}

const finishJob = (model: Model, state: DocumentState, doc: Json): void => {
  const id = doc["_id"] as string
  const name = typeof doc["name"] === "string" ? doc["name"] : ""
  const job = (doc["job"] ?? {}) as Json
  state.jobs.delete(id)
  doc["lastModified"] = model.now()
  if ((state.processing.fails ?? ((n: string) => /fail/i.test(n)))(name)) {
    doc["job"] = { ...job, working: false, success: false, status: "Error", error: `Could not process ${name}` }
    return
  }
  const file = state.files.get(id)
  const count = pageCount(file)
  const pages = Array.from({ length: count }, (_, i) => `${id}/page-${i + 1}.png`)
  const metadata = Array.isArray(doc["metadata"]) ? doc["metadata"] : []
  doc["pages"] = pages
  doc["metadata"] = [
    ...metadata,
    { key: "Filename", value: name, confidence: 1, pages: [0] },
    { key: "Pages", value: String(count), confidence: 1 }
  ]
  if (file?.sha512 !== undefined) doc["checksum"] = file.sha512
  doc["job"] = { ...job, working: false, success: true, status: "Complete", error: null }
}

/**
 * Counts one read of a document and finishes its job when its time has come.
 *
 * @since 0.1.0
 * @category Processing
 */
export const advanceProcessing = (model: Model, doc: Json): void => {
  const state = documentState(model)
  const job = state.jobs.get(doc["_id"] as string)
  if (job === undefined) return
  job.gets += 1
  const { afterGets, afterMillis } = state.processing
  const elapsed = Date.parse(model.now()) - job.startedAt
  if ((afterGets !== undefined && job.gets >= afterGets) || (afterMillis !== undefined && elapsed >= afterMillis)) {
    finishJob(model, state, doc)
  }
}
