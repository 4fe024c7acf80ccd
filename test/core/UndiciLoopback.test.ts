import { assert, describe, expect, it, layer } from "@effect/vitest"
import { Chunk, Effect, Layer, Stream } from "effect"
import { createHash } from "node:crypto"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { Documents, RetryPolicy, Stacks, Stax, StaxClient, StaxConfig } from "stax-effect"
import { Fault, StaxLocal } from "stax-effect/testing"
import { program } from "../../examples/quickstart.js"
import * as UndiciHttpClient from "../../src/core/UndiciHttpClient.js"

// The scenarios of test/Loopback.test.ts and of "Documents over a loopback socket" (test/Documents.test.ts),
// unchanged, with the SDK over UndiciHttpClient instead of FetchHttpClient.
const Served = Stax.layer.pipe(
  Layer.provideMerge(StaxLocal.layerServer({ client: { retry: RetryPolicy.none } })),
  Layer.provideMerge(UndiciHttpClient.layer)
)

layer(Served, { excludeTestServices: true })("over a loopback socket with UndiciHttpClient", (it) => {
  it.effect("creates a stack and reads it back by tag", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      expect(local.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const created = yield* Stacks.create({ stackPath: "Loopback" })
      const found = yield* Stacks.get({ stackTag: "Loopback" })
      expect(found._id).toBe(created._id)
      expect(local.model.requests.slice(-2).every((r) => r.authenticated)).toBe(true)
    }))

  it.effect("maps a 401 to AuthError", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.settings.failureStatus = "http"
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }).pipe(
        Effect.provide(Stax.layer.pipe(Layer.provide(
          Layer.unwrapEffect(Effect.map(StaxLocal, (l) =>
            StaxConfig.layer({ email: l.email, apiKey: "wrongkey", baseUrl: l.baseUrl })))
        )))
      ))
      local.settings.failureStatus = "always-200"
      assert(error._tag === "AuthError")
      expect(error.status).toBe(401)
    }))

  it.effect("maps a connection dropped after the write to a TransportError that may have been sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const before = local.model.appliedCount("POST /stack/create")
      local.faults.add(Fault.reset("POST /stack/create", "after"))
      const error = yield* Effect.flip(Stacks.create({ stackPath: "Dropped" }))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Connection")
      expect(error.maybeSent).toBe(true)
      expect(local.model.appliedCount("POST /stack/create")).toBe(before + 1)
    }))

  it.effect("maps an HTML 502 from the socket to DecodeError", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.faults.add(Fault.status("GET /stack/get", 502, { body: "html" }))
      const error = yield* Effect.flip(Stacks.get({ stackTag: "Loopback" }))
      assert(error._tag === "DecodeError")
      expect(error.status).toBe(502)
    }))

  it.effect("runs the quickstart", () =>
    Effect.gen(function*() {
      const result = yield* program
      expect(result.found._id).toBe(result.created._id)
      expect(result.refused).toContain("AuthError")
    }))
})

const bytesOf = (text: string) => new TextEncoder().encode(text)
const sha512 = (bytes: Uint8Array) => createHash("sha512").update(bytes).digest("hex")
const sample = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251)
const collect = <E, R>(stream: Stream.Stream<Uint8Array, E, R>) =>
  Stream.runCollect(stream).pipe(
    Effect.map((chunks) => new Uint8Array(Buffer.concat(Chunk.toReadonlyArray(chunks).map((c) => Buffer.from(c)))))
  )

describe("Documents over a loopback socket with UndiciHttpClient", () => {
  const served = Documents.layer.pipe(
    Layer.provideMerge(StaxClient.layer),
    Layer.provideMerge(StaxLocal.layerServer()),
    Layer.provide(UndiciHttpClient.layer)
  )

  it.live("uploads a file from disk and a Stream, then downloads them byte-exact", () =>
    Effect.gen(function*() {
      const dir = yield* Effect.acquireRelease(
        Effect.promise(() => fs.mkdtemp(path.join(os.tmpdir(), "stax-undici-loop-"))),
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
      expect(local.model.appliedCount("POST /document/upload")).toBe(0)
    }).pipe(Effect.provide(served)))
})
