import { Chunk, Effect, Layer, ManagedRuntime, Stream } from "effect"
import { Documents, Search } from "stax-effect"
import { AbortError, ClientClosedError, createStaxClient, files } from "stax-effect/promise"
import { Fault, StaxLocal } from "stax-effect/testing"
import { describe, expect, it } from "vitest"
import * as Runner from "../../src/promise/Runner.js"
import { collect, concat, localClient, rejection, standIn } from "./fixtures.js"

const sample = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 251)
const searches = async (stax: ReturnType<typeof localClient>) =>
  (await standIn(stax)).model.requests.filter((r) => r.route === "GET /document/search").length

describe("streams as async iterables", () => {
  it("download yields exactly the stored bytes, as the Effect stream does", async () => {
    const bytes = sample(300_000)
    await using stax = localClient({ seed: { documents: [{ name: "big.pdf", content: bytes }] } })
    const docId = [...(await standIn(stax)).model.documents.keys()][0]!
    const chunks = await collect(stax.documents.download({ docId }))
    const effectChunks = await stax.runtime.runPromise(Stream.runCollect(Documents.download({ docId })))
    expect(Buffer.from(concat(chunks)).equals(Buffer.from(bytes))).toBe(true)
    expect(Buffer.from(concat(chunks)).equals(concat(Chunk.toReadonlyArray(effectChunks)))).toBe(true)
  })

  it("each for await runs the request anew", async () => {
    await using stax = localClient({ seed: { documents: [{ name: "a.pdf", content: "abc" }] } })
    const docId = [...(await standIn(stax)).model.documents.keys()][0]!
    const download = stax.documents.download({ docId })
    expect(new TextDecoder().decode(concat(await collect(download)))).toBe("abc")
    expect(new TextDecoder().decode(concat(await collect(download)))).toBe("abc")
    const local = await standIn(stax)
    expect(local.model.requests.filter((r) => r.route === "GET /document/download").length).toBe(2)
  })

  it("breaking out of searchAll stops paging: no page is fetched after the break", async () => {
    const seed = { documents: Array.from({ length: 6 }, (_, i) => ({ name: `invoice-${i}.pdf`, content: "x" })) }
    await using stax = localClient({ seed })
    const all = await stax.runtime.runPromise(Stream.runCollect(Search.searchAll({ query: "invoice" }, { pageSize: 2 })))
    const before = await searches(stax)
    const seen: Array<unknown> = []
    for await (const hit of stax.search.searchAll({ query: "invoice" }, { pageSize: 2 })) {
      seen.push(hit)
      if (seen.length === 3) break
    }
    expect(seen).toEqual(Chunk.toReadonlyArray(all).slice(0, 3))
    expect((await searches(stax)) - before).toBe(2)
  })

  it("a failing stream rejects the iteration with the SDK error", async () => {
    await using stax = localClient({ clientCredentials: { apiKey: "wrongStreamKey000000000000000" } })
    const error = await rejection(collect(stax.search.searchAll({ query: "x" })))
    expect((error as Error).name).toBe("AuthError")
  })

  it("files.fromStream uploads the bytes of an async iterable", async () => {
    await using stax = localClient()
    async function* parts() {
      yield new TextEncoder().encode("hello ")
      yield new TextEncoder().encode("world")
    }
    const [upload] = await stax.documents.upload({ files: [files.fromStream("hello.txt", parts(), { size: 11 })] })
    const bytes = concat(await collect(stax.documents.download({ docId: upload!.docId! })))
    expect(new TextDecoder().decode(bytes)).toBe("hello world")
  })
})

describe("the runner under the facade", () => {
  const runtime = () => ManagedRuntime.make(Layer.empty)

  it("break interrupts the stream's fiber: its finalizer has run when the loop ends", async () => {
    const runner = Runner.make(runtime())
    const events: Array<string> = []
    const stream = Stream.iterate(0, (n) => n + 1).pipe(
      Stream.onEnd(Effect.sync(() => events.push("end"))),
      Stream.ensuringWith((exit) => Effect.sync(() => events.push(exit._tag === "Failure" ? "interrupted" : "done")))
    )
    const seen: Array<number> = []
    for await (const n of runner.iterate(stream)) {
      seen.push(n)
      if (n === 4) break
    }
    expect(seen).toEqual([0, 1, 2, 3, 4])
    expect(events).toEqual(["interrupted"])
    await runner.close()
  })

  it("a defect rejects with the defect itself", async () => {
    const runner = Runner.make(runtime())
    const bug = new RangeError("a bug")
    expect(await rejection(runner.run(Effect.die(bug)))).toBe(bug)
    await runner.close()
  })
})

describe("AbortSignal", () => {
  it("an aborted signal rejects at once with an AbortError; nothing is sent", async () => {
    await using stax = localClient()
    const reason = new Error("user gave up")
    const error = await rejection(stax.stacks.list({ signal: AbortSignal.abort(reason) }))
    expect(error).toBeInstanceOf(AbortError)
    expect((error as AbortError).name).toBe("AbortError")
    expect((error as AbortError).cause).toBe(reason)
    expect((await standIn(stax)).model.requests).toEqual([])
  })

  it("aborting interrupts a call in flight; the write is never applied", async () => {
    await using stax = localClient({ faults: [Fault.delay("POST /stack/create", "1 hour")] })
    await stax.ready()
    const controller = new AbortController()
    const pending = stax.stacks.create({ stackPath: "Never" }, { signal: controller.signal })
    await new Promise((resolve) => setImmediate(resolve))
    controller.abort("stop")
    const error = await rejection(pending)
    expect(error).toBeInstanceOf(AbortError)
    expect((error as AbortError).cause).toBe("stop")
    const local = await standIn(stax)
    expect(local.model.appliedCount("POST /stack/create")).toBe(0)
    expect(await stax.stacks.list()).toEqual([])
  })

  it("aborting ends an iteration in progress with an AbortError", async () => {
    await using stax = localClient({ seed: { documents: [{ name: "a.pdf", content: sample(1000) }] } })
    const docId = [...(await standIn(stax)).model.documents.keys()][0]!
    const controller = new AbortController()
    const error = await rejection((async () => {
      for await (const _chunk of stax.documents.download({ docId }, { signal: controller.signal })) controller.abort()
    })())
    expect(error).toBeInstanceOf(AbortError)
  })

  it("waitUntilProcessed takes the signal after its own options", async () => {
    await using stax = localClient({ processing: { afterGets: 1000 } })
    const [upload] = await stax.documents.upload({ files: [new Uint8Array([1])] })
    const controller = new AbortController()
    const pending = stax.documents.waitUntilProcessed(upload!.docId!, { timeout: "1 hour" }, { signal: controller.signal })
    controller.abort()
    expect(await rejection(pending)).toBeInstanceOf(AbortError)
  })
})

describe("close() and await using", () => {
  it("close() disposes the runtime: the layer's resources are released", async () => {
    let released = false
    const stax = createStaxClient({
      layer: Layer.merge(
        StaxLocal.layer(),
        Layer.scopedDiscard(Effect.addFinalizer(() => Effect.sync(() => (released = true))))
      )
    })
    await stax.ready()
    expect(released).toBe(false)
    await stax.close()
    expect(released).toBe(true)
  })

  it("calls and iterations after close() reject with ClientClosedError; close() is idempotent", async () => {
    const stax = localClient()
    expect(await stax.stacks.list()).toEqual([])
    await stax.close()
    await stax.close()
    expect(await rejection(stax.stacks.list())).toBeInstanceOf(ClientClosedError)
    expect(await rejection(collect(stax.search.searchAll({ query: "x" })))).toBeInstanceOf(ClientClosedError)
  })

  it("close() interrupts calls in flight: they reject with ClientClosedError", async () => {
    const stax = localClient({ faults: [Fault.delay("GET /stack/list", "1 hour")] })
    await stax.ready()
    const pending = stax.stacks.list()
    await new Promise((resolve) => setImmediate(resolve))
    await stax.close()
    expect(await rejection(pending)).toBeInstanceOf(ClientClosedError)
  })

  it("await using closes the client at the end of the block", async () => {
    let outside: ReturnType<typeof localClient> | undefined
    {
      await using stax = localClient({ seed: { stacks: [{ path: "Invoices" }] } })
      outside = stax
      expect((await stax.stacks.get({ stackTag: "Invoices" })).path).toBe("Invoices")
    }
    expect(await rejection(outside.stacks.list())).toBeInstanceOf(ClientClosedError)
  })

  it("the client is disposable under Symbol.asyncDispose and Node's nodejs.asyncDispose", () => {
    const stax = localClient()
    expect(stax[Symbol.asyncDispose]).toBe(stax.close)
    expect((stax as unknown as Record<symbol, unknown>)[Symbol.for("nodejs.asyncDispose")]).toBe(stax.close)
  })
})
