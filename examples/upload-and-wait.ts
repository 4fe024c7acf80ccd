/**
 * Upload a document, wait until Stax.ai has processed it, and print what was extracted, against the
 * local stand-in served on 127.0.0.1.
 *
 * Run it with `npx tsx examples/upload-and-wait.ts`. Against the real API, replace
 * `StaxLocal.layerServer()` with `StaxConfig.layerFromEnv` and upload your own file with
 * `Documents.file("./statement.pdf")`.
 *
 * @since 0.1.0
 */
import { FetchHttpClient } from "@effect/platform"
import { Console, Effect, Layer, Schedule } from "effect"
import { Documents, StaxClient } from "stax-effect"
import { StaxLocal } from "stax-effect/testing"
import { runMain } from "./runMain.js"

/**
 * A one-page PDF with the text "Hello, Stax", made on the fly (with a correct cross-reference table).
 *
 * @since 0.1.0
 * @category Examples
 */
export const tinyPdf = (): Uint8Array => {
  const text = "BT /F1 24 Tf 72 720 Td (Hello, Stax) Tj ET"
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
  ]
  let pdf = "%PDF-1.4\n"
  const offsets: Array<number> = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) pdf += `${String(offset).padStart(10, "0")} 00000 n \n`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(pdf)
}

/**
 * The flow: upload, wait (polling every 200 ms), print the extracted metadata. Needs `Documents`.
 * Returns the processed document, for tests.
 *
 * @since 0.1.0
 * @category Examples
 */
export const program = Effect.gen(function*() {
  const [upload] = yield* Documents.upload({
    files: [{ name: "hello.pdf", data: tinyPdf(), type: "application/pdf" }],
    metadata: [{ key: "Customer", value: "ACME" }]
  })
  const docId = upload?.docId
  if (docId === undefined) return yield* Effect.dieMessage("the upload answer named no document")
  yield* Console.log(`uploaded ${upload?.name} as ${docId}; waiting for processing...`)

  const doc = yield* Documents.waitUntilProcessed(docId, {
    schedule: Schedule.spaced("200 millis"),
    timeout: "30 seconds"
  })
  yield* Console.log(`processed: ${doc.pages?.length ?? 0} page(s), status ${String(doc.job?.status)}`)
  for (const m of doc.metadata ?? []) {
    yield* Console.log(`  ${m.key}: ${m.value}${m.confidence === undefined ? "" : ` (confidence ${m.confidence})`}`)
  }
  return doc
})

/**
 * `Documents` over the stand-in served on 127.0.0.1, called through real HTTP (`fetch`).
 *
 * @since 0.1.0
 * @category Examples
 */
export const MainLayer = Documents.layer.pipe(
  Layer.provideMerge(StaxClient.layer),
  Layer.provideMerge(StaxLocal.layerServer()),
  Layer.provide(FetchHttpClient.layer)
)

runMain(import.meta, program.pipe(Effect.provide(MainLayer)))
