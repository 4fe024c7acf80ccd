import { FetchHttpClient, HttpClient, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Exit, Fiber, Layer, Schedule, Stream, TestClock } from "effect"
import { createHash } from "node:crypto"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { Fault, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"
import { UndiciHttpClient } from "stax-effect/node"
import * as Example from "../examples/upload-and-wait.js"
import { Documents, type FileSource } from "../src/ai/api/Documents.js"
import { StaxClient } from "../src/ai/StaxClient.js"
import { StaxConfig } from "../src/ai/StaxConfig.js"
import type { InputError, StaxError } from "../src/core/StaxError.js"
import { documentState, pageBytes } from "../src/testing/ai/routes/documents.js"
import { tpaState } from "../src/testing/ai/routes/tpa.js"

const layer = (options: StaxLocalOptions = {}) =>
  Documents.layer.pipe(Layer.provideMerge(StaxClient.layer), Layer.provideMerge(StaxLocal.layer(options)))

/** Runs `effect` with a `Documents` whose API key the stand-in does not know (same stand-in). */
const withWrongKey = <A, E>(effect: Effect.Effect<A, E, Documents>) =>
  Effect.gen(function*() {
    const local = yield* StaxLocal
    const wrong = Documents.layer.pipe(
      Layer.provide(StaxClient.layer),
      Layer.provide(StaxConfig.layer({ email: local.email, apiKey: "wrong0000000000000000000key", baseUrl: local.baseUrl }))
    )
    return yield* Effect.provide(effect, wrong)
  })

const bytesOf = (text: string) => new TextEncoder().encode(text)
const sha512 = (bytes: Uint8Array) => createHash("sha512").update(bytes).digest("hex")
/** Byte equality (vitest's deep equality is slow on large typed arrays). */
const same = (a: Uint8Array | undefined, b: Uint8Array) =>
  a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
/** Deterministic bytes: `n` of them, not all alike. */
const sample = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251)

const collect = <E, R>(stream: Stream.Stream<Uint8Array, E, R>) =>
  Stream.runCollect(stream).pipe(
    Effect.map((chunks) => {
      const parts = Chunk.toReadonlyArray(chunks)
      return new Uint8Array(Buffer.concat(parts.map((c) => Buffer.from(c))))
    })
  )

/** Uploads one file and returns its document id. */
const uploadOne = (source: FileSource = { name: "invoice.pdf", data: bytesOf("%PDF-1.4 invoice") }) =>
  Documents.upload({ files: [source] }).pipe(Effect.map((uploads) => uploads[0]!.docId!))

const seeded = (fields: Record<string, unknown> = {}) =>
  Effect.map(StaxLocal, (local) => {
    const docs = [...local.model.documents.values()]
    const doc = docs.find((d) => Object.entries(fields).every(([k, v]) => d[k] === v))
    return doc!["_id"] as string
  })

const UNKNOWN_ID = "0123456789abcdef01234567"

/** Per endpoint: a valid call (given an existing processed document) and the route it hits. */
type AnyCall = Effect.Effect<unknown, StaxError | InputError, Documents>
const calls: ReadonlyArray<{
  readonly name: string
  readonly route: string
  readonly call: (docId: string, page: string) => AnyCall
  readonly missing: AnyCall
}> = [
  {
    name: "get",
    route: "GET /document/get",
    call: (docId) => Documents.get({ docId }),
    missing: Documents.get({ docId: UNKNOWN_ID })
  },
  {
    name: "upload",
    route: "POST /document/upload",
    call: () => Documents.upload({ files: [bytesOf("x")] }),
    missing: Documents.upload({ files: [bytesOf("x")], stackId: UNKNOWN_ID })
  },
  {
    name: "create",
    route: "POST /document/create",
    call: () => Documents.create({ name: "record.pdf" }),
    missing: Documents.create({ name: "record.pdf", stackId: UNKNOWN_ID })
  },
  {
    name: "update",
    route: "POST /document/update",
    call: (docId) => Documents.update({ docId, docDiff: { flagged: true } }),
    missing: Documents.update({ docId: UNKNOWN_ID, docDiff: { flagged: true } })
  },
  {
    name: "download",
    route: "GET /document/download",
    call: (docId) => collect(Documents.download({ docId })),
    missing: collect(Documents.download({ docId: UNKNOWN_ID }))
  },
  {
    name: "downloadPage",
    route: "GET /document/downloadPage",
    call: (docId, page) => collect(Documents.downloadPage({ docId, pagePath: page })),
    missing: collect(Documents.downloadPage({ docId: UNKNOWN_ID, pagePath: "p" }))
  },
  {
    name: "delete",
    route: "POST /document/delete",
    call: (docId) => Documents.delete({ docId }),
    missing: Documents.delete({ docId: UNKNOWN_ID })
  }
]

/** A processed document with a stored file (seeded, then read twice so its job finishes). */
const processedDoc = Effect.gen(function*() {
  const docId = yield* uploadOne()
  yield* Documents.get({ docId })
  const doc = yield* Documents.get({ docId })
  return { docId, page: doc.pages![0]! }
})

describe("Documents: every endpoint", () => {
  for (const c of calls) {
    it.effect(`${c.name} succeeds against the stand-in`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const { docId, page } = yield* processedDoc
        const before = local.model.requests.length
        yield* c.call(docId, page)
        const sent = local.model.requests.slice(before)
        expect(sent.map((r) => r.route)).toEqual([c.route])
        expect(sent[0]!.authenticated).toBe(true)
      }).pipe(Effect.provide(layer())))

    it.effect(`${c.name} with refused credentials is an AuthError (on 200 and on 401)`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const { docId, page } = yield* processedDoc
        const on200 = yield* Effect.flip(withWrongKey(c.call(docId, page)))
        assert(on200._tag === "AuthError")
        expect(on200.status).toBe(200)
        local.settings.failureStatus = "http"
        const on401 = yield* Effect.flip(withWrongKey(c.call(docId, page)))
        assert(on401._tag === "AuthError")
        expect(on401.status).toBe(401)
        expect(on401.endpoint).toBe(`Documents.${c.name}`)
      }).pipe(Effect.provide(layer({ seed: { stacks: [{ path: "Inbox" }] } }))))

    it.effect(`${c.name} of a missing resource is an ApiError (success:false on 200, 404 in http mode)`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const on200 = yield* Effect.flip(c.missing)
        assert(on200._tag === "ApiError")
        expect(on200.status).toBe(200)
        expect(on200.message).toMatch(/not found/i)
        local.settings.failureStatus = "http"
        const on404 = yield* Effect.flip(c.missing)
        assert(on404._tag === "ApiError")
        expect(on404.status).toBe(404)
      }).pipe(Effect.provide(layer())))
  }

  const badInputs: ReadonlyArray<{ readonly name: string; readonly field: string; readonly call: AnyCall }> = [
    { name: "get", field: "docId", call: Documents.get({ docId: "nope" }) },
    { name: "upload", field: "files", call: Documents.upload({ files: [] }) },
    { name: "create", field: "name", call: Documents.create({ name: "" }) },
    { name: "update", field: "docDiff", call: Documents.update({ docId: UNKNOWN_ID, docDiff: {} }) },
    { name: "download", field: "docId", call: collect(Documents.download({ docId: "x" })) },
    {
      name: "downloadPage",
      field: "pagePath",
      call: collect(Documents.downloadPage({ docId: UNKNOWN_ID, pagePath: "" }))
    },
    { name: "delete", field: "docId", call: Documents.delete({ docId: "123" }) }
  ]
  for (const b of badInputs) {
    it.effect(`${b.name} with bad input is an InputError naming ${b.field}; nothing is sent`, () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const error = yield* Effect.flip(b.call)
        assert(error._tag === "InputError")
        expect(error.field).toBe(b.field)
        expect(error.endpoint).toBe(`Documents.${b.name}`)
        expect(local.model.requests).toHaveLength(0)
      }).pipe(Effect.provide(layer())))
  }

  it.effect("an unknown input property is an InputError naming it; nothing is sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const error = yield* Effect.flip(
        Documents.update({ docId: UNKNOWN_ID, docDiff: { reviewed: true, colour: "red" } as never })
      )
      assert(error._tag === "InputError")
      expect(error.field).toBe("docDiff.colour")
      expect(local.model.requests).toHaveLength(0)
    }).pipe(Effect.provide(layer())))
})

describe("Documents.upload", () => {
  it.effect("sends one file as multipart, with source defaulting to Uploaded and no other fields", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const bytes = sample(5000)
      const uploads = yield* Documents.upload({ files: [{ name: "one.pdf", data: bytes }] })
      expect(uploads).toHaveLength(1)
      expect(uploads[0]!.name).toBe("one.pdf")
      const state = documentState(local.model)
      const [record] = state.uploads
      expect(record!.fields).toEqual({ source: ["Uploaded"] })
      expect(record!.files.map((f) => [f.field, f.filename, f.contentType])).toEqual([["files", "one.pdf", "application/pdf"]])
      const doc = local.model.documents.get(uploads[0]!.docId!)!
      expect(doc["source"]).toBe("Uploaded")
      expect(doc["format"]).toBe("application/pdf")
      expect(state.files.get(uploads[0]!.docId!)!.bytes).toEqual(bytes)
    }).pipe(Effect.provide(layer())))

  it.effect("sends 10 files under the repeated field `files`, each a document", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const files = Array.from({ length: 10 }, (_, i) => ({ name: `page-${i}.pdf`, data: sample(100 + i, i) }))
      const uploads = yield* Documents.upload({ files })
      expect(uploads.map((u) => u.name)).toEqual(files.map((f) => f.name))
      const state = documentState(local.model)
      expect(state.uploads[0]!.files.map((f) => f.field)).toEqual(Array(10).fill("files"))
      for (const [i, u] of uploads.entries()) {
        expect(state.files.get(u.docId!)!.bytes).toEqual(files[i]!.data)
      }
      expect(local.model.documents.size).toBe(10)
      expect(local.model.appliedCount("POST /document/upload")).toBe(1)
    }).pipe(Effect.provide(layer())))

  it.effect("refuses 11 files (and 0) with an InputError naming files; nothing is sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const eleven = Array.from({ length: 11 }, () => bytesOf("x"))
      const tooMany = yield* Effect.flip(Documents.upload({ files: eleven }))
      assert(tooMany._tag === "InputError")
      expect(tooMany.field).toBe("files")
      expect(tooMany.message).toMatch(/at most 10/)
      const none = yield* Effect.flip(Documents.upload({ files: [] }))
      assert(none._tag === "InputError")
      expect(none.field).toBe("files")
      expect(local.model.requests).toHaveLength(0)
    }).pipe(Effect.provide(layer())))

  it.effect("sends metadata as a JSON string, and stackId, source, importKey, skipProcessing as fields", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const stackId = yield* Effect.map(StaxLocal, (l) => [...l.model.stacks.keys()][0]!)
      const metadata = [{ key: "Customer", value: "ACME", confidence: 0.9, pages: [0] }]
      const [upload] = yield* Documents.upload({
        files: [bytesOf("a")],
        stackId,
        metadata,
        source: "Scanner",
        importKey: "batch-7",
        skipProcessing: true
      })
      const fields = documentState(local.model).uploads[0]!.fields
      expect(fields["metadata"]).toHaveLength(1)
      expect(typeof fields["metadata"]![0]).toBe("string")
      expect(JSON.parse(fields["metadata"]![0]!)).toEqual(metadata)
      expect(fields["stackId"]).toEqual([stackId])
      expect(fields["source"]).toEqual(["Scanner"])
      expect(fields["importKey"]).toEqual(["batch-7"])
      expect(fields["skipProcessing"]).toEqual(["true"])
      const doc = yield* Documents.get({ docId: upload!.docId! })
      expect(doc.metadata).toEqual(metadata)
      expect(doc.stack).toBe(stackId)
      expect(doc.source).toBe("Scanner")
      expect(doc.importKey).toBe("batch-7")
      expect(doc.job).toBeUndefined()
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ path: "Inbox" }] } }))))

  it.effect("names bare bytes file-<n> and a File by its name", () =>
    Effect.gen(function*() {
      const uploads = yield* Documents.upload({
        files: [bytesOf("a"), new File([bytesOf("b")], "scan.png", { type: "image/png" }), new Blob([bytesOf("c")])]
      })
      expect(uploads.map((u) => u.name)).toEqual(["file-1", "scan.png", "file-3"])
      const local = yield* StaxLocal
      expect(local.model.documents.get(uploads[1]!.docId!)!["format"]).toBe("image/png")
    }).pipe(Effect.provide(layer())))

  it.effect("refuses a value that is no file source with an InputError naming files.<i>", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const error = yield* Effect.flip(
        Documents.upload({ files: [bytesOf("a"), { name: "", data: bytesOf("b") }] })
      )
      assert(error._tag === "InputError")
      expect(error.field).toBe("files.1")
      const notAFile = yield* Effect.flip(Documents.upload({ files: ["/etc/passwd" as never] }))
      assert(notAFile._tag === "InputError")
      expect(notAFile.field).toBe("files.0")
      expect(local.model.requests).toHaveLength(0)
    }).pipe(Effect.provide(layer())))

  it.effect("a path that cannot be opened is an InputError naming files.<i>; nothing is sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const error = yield* Effect.flip(
        Documents.upload({ files: [bytesOf("a"), Documents.file(path.join(os.tmpdir(), "no-such-stax-file.pdf"))] })
      )
      assert(error._tag === "InputError")
      expect(error.field).toBe("files.1")
      expect(error.message).toMatch(/cannot open .*no-such-stax-file\.pdf \(.+\)/)
      expect(local.model.requests).toHaveLength(0)
    }).pipe(Effect.provide(layer())))

  it.scoped("every source kind arrives byte-exact: path, Uint8Array, Blob, named data, Stream", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const dir = yield* Effect.acquireRelease(
        Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "stax-docs-"))),
        (d) => Effect.promise(() => fs.rm(d, { recursive: true, force: true }))
      )
      const onDisk = sample(300_000, 1)
      const file = path.join(dir, "statement.pdf")
      yield* Effect.promise(() => fs.writeFile(file, onDisk))
      const raw = sample(1000, 2)
      const blob = sample(2000, 3)
      const named = sample(3000, 4)
      const streamed = sample(200_000, 5)
      const chunks = Array.from({ length: 20 }, (_, i) => streamed.subarray(i * 10_000, (i + 1) * 10_000))
      const sources: ReadonlyArray<readonly [FileSource, Uint8Array, string]> = [
        [Documents.file(file), onDisk, "statement.pdf"],
        [raw, raw, "file-2"],
        [new Blob([blob]), blob, "file-3"],
        [{ name: "named.bin", data: named, type: "application/octet-stream" }, named, "named.bin"],
        [{ name: "streamed.pdf", stream: Stream.fromIterable(chunks) }, streamed, "streamed.pdf"]
      ]
      // Each kind alone (a replayable FormData, or a one-shot stream for the Stream) ...
      for (const [source, expected, name] of sources) {
        const [upload] = yield* Documents.upload({ files: [source] })
        const stored = documentState(local.model).files.get(upload!.docId!)!
        expect(stored.name).toBe(name.startsWith("file-") ? "file-1" : name)
        expect(stored.size).toBe(expected.byteLength)
        expect(stored.sha512).toBe(sha512(expected))
        expect(same(stored.bytes, expected)).toBe(true)
      }
      // ... and all together, which makes a streamed body (one source is a Stream).
      const uploads = yield* Documents.upload({ files: sources.map(([s]) => s) })
      for (const [i, u] of uploads.entries()) {
        expect(u.name).toBe(sources[i]![2])
        expect(same(documentState(local.model).files.get(u.docId!)!.bytes, sources[i]![1])).toBe(true)
      }
    }).pipe(Effect.provide(layer())))

  it.effect("a stream with a declared size is sent and stored whole", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const data = sample(70_000, 9)
      const [upload] = yield* Documents.upload({
        files: [{ name: "sized.pdf", stream: Stream.make(data.subarray(0, 1), data.subarray(1)), size: data.byteLength }]
      })
      expect(same(documentState(local.model).files.get(upload!.docId!)!.bytes, data)).toBe(true)
    }).pipe(Effect.provide(layer())))

  it.effect("a replayable upload is retried after a 503; a Stream upload is sent once", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.faults.add(Fault.status("POST /document/upload", 503))
      const fiber = yield* Effect.fork(Documents.upload({ files: [bytesOf("replayable")] }))
      yield* TestClock.adjust("1 minute")
      const uploads = yield* Fiber.join(fiber)
      expect(uploads).toHaveLength(1)
      expect(local.model.requests.filter((r) => r.route === "POST /document/upload")).toHaveLength(2)

      local.faults.add(Fault.status("POST /document/upload", 503))
      const once = yield* Effect.fork(Documents.upload({ files: [{ name: "s.pdf", stream: Stream.make(bytesOf("s")) }] }))
      yield* TestClock.adjust("1 minute")
      const error = yield* Effect.flip(Fiber.join(once))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(503)
      expect(local.model.requests.filter((r) => r.route === "POST /document/upload")).toHaveLength(3)
    }).pipe(Effect.provide(layer())))

  it.effect("keeps unknown fields of the upload items (their shape is not documented)", () =>
    Effect.gen(function*() {
      const [upload] = yield* Documents.upload({ files: [sample(1234)] })
      expect(upload!["size"]).toBe(1234)
    }).pipe(Effect.provide(layer())))

  it.effect("with keepFiles: false, the stand-in keeps only size and SHA-512", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const data = sample(10_000)
      const docId = yield* uploadOne({ name: "big.pdf", data })
      const stored = documentState(local.model).files.get(docId)!
      expect(stored.bytes).toBeUndefined()
      expect(stored.size).toBe(10_000)
      expect(stored.sha512).toBe(sha512(data))
      const error = yield* Effect.flip(collect(Documents.download({ docId })))
      assert(error._tag === "ApiError")
      expect(error.message).toMatch(/keepFiles/)
    }).pipe(Effect.provide(layer({ keepFiles: false }))))
})

describe("Documents.create", () => {
  it.effect("creates a record from JSON with metadata in a stack", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const stackId = [...local.model.stacks.keys()][0]!
      const doc = yield* Documents.create({
        name: "record.pdf",
        stackId,
        source: "API",
        metadata: [{ key: "Total", value: "10.00" }],
        importKey: "k1"
      })
      expect(doc.name).toBe("record.pdf")
      expect(doc.stack).toBe(stackId)
      expect(doc.source).toBe("API")
      expect(doc.metadata).toEqual([{ key: "Total", value: "10.00" }])
      expect(local.model.documents.get(doc._id)!["importKey"]).toBe("k1")
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ path: "Inbox" }] } }))))
})

describe("Documents.get", () => {
  it.effect("keeps unknown fields, and adds a download URL with presigned: true", () =>
    Effect.gen(function*() {
      const docId = yield* seeded({ name: "a.pdf" })
      const doc = yield* Documents.get({ docId })
      expect((doc as Record<string, unknown>)["customField"]).toEqual({ nested: 1 })
      expect(doc.download).toBeUndefined()
      const signed = yield* Documents.get({ docId, presigned: true })
      expect(signed.download).toMatch(/\/document\/download\?docId=/)
    }).pipe(Effect.provide(layer({ seed: { documents: [{ name: "a.pdf", customField: { nested: 1 } }] } }))))

  it.effect("a documented field with the wrong type is a DecodeError naming its path", () =>
    Effect.gen(function*() {
      const docId = yield* seeded({ name: "bad.pdf" })
      const error = yield* Effect.flip(Documents.get({ docId }))
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("doc.reviewed")
    }).pipe(Effect.provide(layer({ seed: { documents: [{ name: "bad.pdf", reviewed: "yes" }] } }))))

  it.effect("with statement: true, returns the attached statement as doc.statement", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* seeded({ name: "stmt.pdf" })
      const plain = yield* Documents.get({ docId, statement: true })
      expect(plain.statement).toBeUndefined()
      tpaState(local.model).statements.set("65a1f0c2aaaaaaaaaaaaaaaa", {
        _id: "65a1f0c2aaaaaaaaaaaaaaaa",
        document: docId,
        endingBalance: 12.5
      })
      const withStatement = yield* Documents.get({ docId, statement: true })
      expect(withStatement.statement).toEqual({ _id: "65a1f0c2aaaaaaaaaaaaaaaa", document: docId, endingBalance: 12.5 })
      expect(local.model.requests.at(-1)!.query).toEqual({ docId, statement: "true" })
      const without = yield* Documents.get({ docId })
      expect(without.statement).toBeUndefined()
    }).pipe(Effect.provide(layer({ seed: { documents: [{ name: "stmt.pdf" }] } }))))
})

describe("Documents.update", () => {
  it.effect("sends the typed diff and returns the updated document", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* seeded({ name: "u.pdf" })
      const stackId = [...local.model.stacks.keys()][0]!
      const deadline = new Date("2024-05-01T12:00:00.000Z")
      const doc = yield* Documents.update({
        docId,
        docDiff: {
          name: "renamed.pdf",
          stack: stackId,
          reviewed: true,
          urgent: true,
          assignee: "65a1f0c2bbbbbbbbbbbbbbbb",
          deadline,
          metadata: [{ key: "Total", value: "5" }],
          tables: [{ title: "Lines", createdON: "2024-01-01", headers: ["a"], rows: [{ cells: [{ text: "1" }] }] }],
          sharing: { public: false, protected: { emails: ["a@b.c"], password: "pw" } }
        }
      })
      assert(doc !== undefined)
      expect(doc.name).toBe("renamed.pdf")
      expect(doc.stack).toBe(stackId)
      expect(doc.deadline).toEqual(deadline)
      expect(doc.tables![0]!.createdON).toBe("2024-01-01")
      const stored = local.model.documents.get(docId)!
      expect(stored["deadline"]).toBe("2024-05-01T12:00:00.000Z")
      expect(stored["sharing"]).toEqual({ public: false, protected: { emails: ["a@b.c"], password: "pw" } })
    }).pipe(Effect.provide(layer({ seed: { stacks: [{ path: "Done" }], documents: [{ name: "u.pdf" }] } }))))

  it.effect("a diff field with the wrong type is an InputError naming it; nothing is sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const error = yield* Effect.flip(
        Documents.update({ docId: UNKNOWN_ID, docDiff: { reviewed: "yes" as never } })
      )
      assert(error._tag === "InputError")
      expect(error.field).toBe("docDiff.reviewed")
      expect(local.model.requests).toHaveLength(0)
    }).pipe(Effect.provide(layer())))

  it.effect("returns undefined when the API answers without a document", () => {
    const fake = Layer.succeed(
      HttpClient.HttpClient,
      HttpClient.make((request) => Effect.succeed(HttpClientResponse.fromWeb(request, Response.json({ success: true }))))
    )
    const config = StaxConfig.layer({ email: "a@b.c", apiKey: "k", baseUrl: "https://stax.local.invalid" })
    return Effect.gen(function*() {
      const result = yield* Documents.update({ docId: UNKNOWN_ID, docDiff: { pinned: true } })
      expect(result).toBeUndefined()
    }).pipe(Effect.provide(Documents.layer.pipe(Layer.provide(StaxClient.layer), Layer.provide(fake), Layer.provide(config))))
  })
})

describe("Documents.download and downloadPage", () => {
  it.effect("download streams exactly the uploaded bytes", () =>
    Effect.gen(function*() {
      const data = sample(250_000)
      const docId = yield* uploadOne({ name: "d.pdf", data })
      const downloaded = yield* collect(Documents.download({ docId }))
      expect(downloaded.byteLength).toBe(data.byteLength)
      expect(sha512(downloaded)).toBe(sha512(data))
    }).pipe(Effect.provide(layer())))

  it.effect("download of a synthetic seeded file streams generated bytes chunk by chunk", () =>
    Effect.gen(function*() {
      const docId = yield* seeded({ name: "huge.bin" })
      let total = 0
      let chunks = 0
      let wrong = 0
      yield* Documents.download({ docId }).pipe(
        Stream.runForEach((chunk) =>
          Effect.sync(() => {
            for (let i = 0; i < chunk.byteLength; i += 4099) if (chunk[i] !== (total + i) % 256) wrong++
            total += chunk.byteLength
            chunks++
          })
        )
      )
      expect(total).toBe(1_000_000)
      expect(chunks).toBeGreaterThan(1)
      expect(wrong).toBe(0)
    }).pipe(Effect.provide(layer({ seed: { documents: [{ name: "huge.bin", content: { syntheticSize: 1_000_000 } }] } }))))

  it.effect("a JSON error answer on download becomes AuthError / ApiError, never bytes", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* seeded({ name: "x.pdf" })
      const noFile = yield* Effect.flip(collect(Documents.download({ docId })))
      assert(noFile._tag === "ApiError")
      expect(noFile.message).toBe("Document has no file")
      local.faults.add(Fault.status("GET /document/download", 403))
      const forbidden = yield* Effect.flip(collect(Documents.download({ docId })))
      assert(forbidden._tag === "AuthError")
      expect(forbidden.status).toBe(403)
      local.settings.failureStatus = "http"
      const auth = yield* Effect.flip(withWrongKey(collect(Documents.downloadPage({ docId, pagePath: "p" }))))
      assert(auth._tag === "AuthError")
      expect(auth.status).toBe(401)
    }).pipe(Effect.provide(layer({ seed: { documents: [{ name: "x.pdf" }] } }))))

  it.effect("downloadPage streams a page listed in doc.pages; another page is an ApiError", () =>
    Effect.gen(function*() {
      const { docId, page } = yield* processedDoc
      const bytes = yield* collect(Documents.downloadPage({ docId, pagePath: page }))
      expect(bytes).toEqual(pageBytes())
      expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]) // "PNG"
      const error = yield* Effect.flip(collect(Documents.downloadPage({ docId, pagePath: `${page}x` })))
      assert(error._tag === "ApiError")
      expect(error.message).toBe("Page not found")
    }).pipe(Effect.provide(layer())))
})

describe("Documents.delete", () => {
  it.effect("deletes the document: it is gone afterwards", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* uploadOne()
      yield* Documents.delete({ docId })
      expect(local.model.documents.has(docId)).toBe(false)
      expect(documentState(local.model).files.has(docId)).toBe(false)
      const error = yield* Effect.flip(Documents.get({ docId }))
      assert(error._tag === "ApiError")
    }).pipe(Effect.provide(layer())))

  it.effect("its assumed path can be replaced with StaxConfig paths", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* uploadOne()
      const error = yield* Effect.flip(Documents.delete({ docId }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
      expect(local.model.requests.at(-1)!.route).toBe("POST /document/remove")
    }).pipe(Effect.provide(layer({ client: { paths: { "Documents.delete": "/document/remove" } } }))))
})

describe("Documents.waitUntilProcessed", () => {
  it.effect("polls on the schedule until the job succeeds, and returns the processed document", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* uploadOne({ name: "scan.pdf", data: Example.tinyPdf() })
      const fiber = yield* Effect.fork(Documents.waitUntilProcessed(docId))
      yield* TestClock.adjust("999 millis")
      expect(local.model.requests.filter((r) => r.route === "GET /document/get")).toHaveLength(1)
      yield* TestClock.adjust("1 millis")
      const doc = yield* Fiber.join(fiber)
      expect(doc.job?.working).toBe(false)
      expect(doc.job?.success).toBe(true)
      expect(doc.pages).toEqual([`${docId}/page-1.png`])
      expect(doc.metadata).toContainEqual({ key: "Filename", value: "scan.pdf", confidence: 1, pages: [0] })
      expect(local.model.requests.filter((r) => r.route === "GET /document/get")).toHaveLength(2)
    }).pipe(Effect.provide(layer())))

  it.effect("follows Clock time when processing finishes after some milliseconds", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* uploadOne()
      const fiber = yield* Effect.fork(Documents.waitUntilProcessed(docId))
      // Default schedule: polls at 0, 1, 3, 7 s; the job is done at 5 s.
      yield* TestClock.adjust("6 seconds")
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 second")
      const doc = yield* Fiber.join(fiber)
      expect(doc.job?.success).toBe(true)
      expect(local.model.requests.filter((r) => r.route === "GET /document/get")).toHaveLength(4)
    }).pipe(Effect.provide(layer({ processing: { afterMillis: 5000 } }))))

  it.effect("fails with ProcessingError carrying the job's error", () =>
    Effect.gen(function*() {
      const docId = yield* uploadOne({ name: "will-fail.pdf", data: bytesOf("x") })
      const fiber = yield* Effect.fork(Documents.waitUntilProcessed(docId, { schedule: Schedule.spaced("1 second") }))
      yield* TestClock.adjust("5 seconds")
      const error = yield* Effect.flip(Fiber.join(fiber))
      assert(error._tag === "ProcessingError")
      expect(error.docId).toBe(docId)
      expect(error.message).toBe("Could not process will-fail.pdf")
    }).pipe(Effect.provide(layer())))

  it.effect("fails with ProcessingTimeoutError when the job never finishes within the timeout", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* uploadOne()
      const fiber = yield* Effect.fork(Documents.waitUntilProcessed(docId, { timeout: "30 seconds" }))
      yield* TestClock.adjust("29 seconds")
      expect(fiber.unsafePoll()).toBeNull()
      yield* TestClock.adjust("1 second")
      const exit = yield* Fiber.await(fiber)
      assert(Exit.isFailure(exit))
      const error = yield* Effect.flip(exit)
      assert(error._tag === "ProcessingTimeoutError")
      expect(error.docId).toBe(docId)
      expect(error.waitedMillis).toBe(30_000)
      expect(error.message).toMatch(/still processing after 30s/)
      // Polls at 0, 1, 3, 7, 15, 25 s.
      expect(local.model.requests.filter((r) => r.route === "GET /document/get")).toHaveLength(6)
    }).pipe(Effect.provide(layer({ processing: { afterGets: 1000 } }))))

  it.effect("ends with ProcessingTimeoutError when the schedule stops recurring", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const docId = yield* uploadOne()
      const fiber = yield* Effect.fork(
        Documents.waitUntilProcessed(docId, { schedule: Schedule.spaced("2 seconds").pipe(Schedule.intersect(Schedule.recurs(2))) })
      )
      yield* TestClock.adjust("10 seconds")
      const error = yield* Effect.flip(Fiber.join(fiber))
      assert(error._tag === "ProcessingTimeoutError")
      expect(error.waitedMillis).toBe(4000)
      expect(local.model.requests.filter((r) => r.route === "GET /document/get")).toHaveLength(3)
    }).pipe(Effect.provide(layer({ processing: { afterGets: 1000 } }))))

  it.effect("returns at once for a document without a job (skipProcessing)", () =>
    Effect.gen(function*() {
      const [upload] = yield* Documents.upload({ files: [bytesOf("a")], skipProcessing: true })
      const doc = yield* Documents.waitUntilProcessed(upload!.docId!)
      expect(doc._id).toBe(upload!.docId)
    }).pipe(Effect.provide(layer())))

  it.effect("passes on errors of get (an unknown document is an ApiError)", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Documents.waitUntilProcessed(UNKNOWN_ID))
      assert(error._tag === "ApiError")
    }).pipe(Effect.provide(layer())))
})

for (const [transport, http] of [["FetchHttpClient", FetchHttpClient.layer], ["UndiciHttpClient", UndiciHttpClient.layer]] as const) describe(`Documents over a loopback socket with ${transport}`, () => {
  const served = Documents.layer.pipe(
    Layer.provideMerge(StaxClient.layer),
    Layer.provideMerge(StaxLocal.layerServer()),
    Layer.provide(http)
  )

  it.live("uploads a file from disk and a Stream, then downloads them byte-exact", () =>
    Effect.gen(function*() {
      const dir = yield* Effect.acquireRelease(
        Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "stax-loop-"))),
        (d) => Effect.promise(() => fs.rm(d, { recursive: true, force: true }))
      )
      const onDisk = sample(2_000_000, 11)
      const file = path.join(dir, "disk.pdf")
      yield* Effect.promise(() => fs.writeFile(file, onDisk))
      const streamed = sample(1_500_000, 12)
      const single = yield* Documents.upload({ files: [Documents.file(file)] })
      const both = yield* Documents.upload({
        files: [
          Documents.file(file, { name: "again.pdf" }),
          { name: "streamed.pdf", stream: Stream.fromIterable([streamed.subarray(0, 700_000), streamed.subarray(700_000)]) }
        ]
      })
      expect(sha512(yield* collect(Documents.download({ docId: single[0]!.docId! })))).toBe(sha512(onDisk))
      expect(sha512(yield* collect(Documents.download({ docId: both[0]!.docId! })))).toBe(sha512(onDisk))
      expect(sha512(yield* collect(Documents.download({ docId: both[1]!.docId! })))).toBe(sha512(streamed))
      expect(both.map((u) => u.name)).toEqual(["again.pdf", "streamed.pdf"])
    }).pipe(Effect.scoped, Effect.provide(served)))

  it.live("an upload answered with a redirect is not followed: TransportError", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.faults.add(Fault.status("POST /document/upload", 307))
      const error = yield* Effect.flip(Documents.upload({ files: [bytesOf("x")] }))
      assert(error._tag === "TransportError")
      // A refused redirect, as the errors table says: not a broken connection.
      expect(error.reason).toBe("Redirect")
      expect(local.model.appliedCount("POST /document/upload")).toBe(0)
    }).pipe(Effect.provide(served)))

  it.live("a download answered 204 is an empty stream, not a broken connection", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.faults.add(Fault.status("GET /document/download", 204, { body: "empty" }))
      const bytes = yield* collect(Documents.download({ docId: UNKNOWN_ID }))
      expect(bytes.byteLength).toBe(0)
    }).pipe(Effect.provide(served)))
})

describe("examples/upload-and-wait.ts", () => {
  it.effect("uploads, waits and returns the processed document (in memory)", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Example.program)
      yield* TestClock.adjust("1 second")
      const doc = yield* Fiber.join(fiber)
      expect(doc.job?.success).toBe(true)
      expect(doc.metadata?.map((m) => m.key)).toEqual(["Customer", "Filename", "Pages"])
      expect(doc.pages).toHaveLength(1)
    }).pipe(Effect.provide(layer())))
})
