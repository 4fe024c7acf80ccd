import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Stream } from "effect"
import { StaxLocal } from "stax-effect/testing"
import { Documents } from "../src/ai/api/Documents.js"
import { StaxClient } from "../src/ai/StaxClient.js"
import { documentState } from "../src/testing/ai/routes/documents.js"

// The stand-in reads uploads with its own multipart parser (src/testing/ai/multipart.ts) rather than
// @effect/platform's Multipart (multipasta 0.2.8), which turns a file part whose name has characters
// beyond Latin-1 into an anonymous text field and leaves `%22`/`%0A` escapes undecoded
// (bench/probes/multipart-probe.ts prints the comparison). These tests hold the stand-in to what clients send.

const layer = Documents.layer.pipe(Layer.provideMerge(StaxClient.layer), Layer.provideMerge(StaxLocal.layer()))

const NAMES = ["発票 2024.pdf", "résumé.pdf", "say \"hi\".pdf", "two\nlines.pdf", "semi;colon.pdf"]
const bytes = new TextEncoder().encode("%PDF-1.4 x")

const receivedNames = Effect.map(StaxLocal, (local) =>
  documentState(local.model).uploads.flatMap((u) => u.files.map((f) => f.filename)))

describe("the stand-in's upload route and file names", () => {
  it.effect("keeps every file name of an upload from bytes, whatever its characters", () =>
    Effect.gen(function*() {
      const uploads = yield* Documents.upload({ files: NAMES.map((name) => ({ name, data: bytes })) })
      expect(uploads.map((u) => u.name)).toEqual(NAMES)
      expect(yield* receivedNames).toEqual(NAMES)
    }).pipe(Effect.provide(layer)))

  it.effect("keeps every file name of a streamed upload, whatever its characters", () =>
    Effect.gen(function*() {
      const uploads = yield* Documents.upload({ files: NAMES.map((name) => ({ name, stream: Stream.make(bytes) })) })
      expect(uploads.map((u) => u.name)).toEqual(NAMES)
      expect(yield* receivedNames).toEqual(NAMES)
    }).pipe(Effect.provide(layer)))

  it.effect("names each stored document after its file", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const uploads = yield* Documents.upload({ files: [{ name: "発票.pdf", data: bytes }] })
      expect(local.model.documents.get(uploads[0]!.docId!)!["name"]).toBe("発票.pdf")
    }).pipe(Effect.provide(layer)))
})
