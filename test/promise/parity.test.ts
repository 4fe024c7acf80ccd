import { Chunk, Effect, Stream } from "effect"
import { Documents, Modules, Search, Stacks, Tpa } from "stax-effect"
import { seedJob, seedWorker } from "stax-effect/testing"
import { describe, expect, it } from "vitest"
import { collect, concat, localClient, standIn } from "./fixtures.js"

const text = (s: string) => new TextEncoder().encode(s)

describe("stax-effect/promise gives the same results as the Effect API", () => {
  it("stacks: create, get, update, list, listDocuments, delete", async () => {
    await using stax = localClient({ seed: { stacks: [{ path: "Invoices" }] } })
    const viaEffect = <A>(e: Effect.Effect<A, unknown, Stacks>) => stax.runtime.runPromise(e)

    const created = await stax.stacks.create({ stackPath: "Receipts" })
    expect(await stax.stacks.get({ stackId: created._id })).toEqual(await viaEffect(Stacks.get({ stackId: created._id })))
    expect(await stax.stacks.get({ stackTag: "Invoices" })).toEqual(await viaEffect(Stacks.get({ stackTag: "Invoices" })))
    const updated = await stax.stacks.update({ stackId: created._id, stackDiff: { pinned: true } })
    expect(updated).toEqual(await viaEffect(Stacks.get({ stackId: created._id })))
    expect(await stax.stacks.list()).toEqual(await viaEffect(Stacks.list()))
    expect((await stax.stacks.list()).map((s) => s.path).sort()).toEqual(["Invoices", "Receipts"])
    expect(await stax.stacks.listDocuments({ stackId: created._id })).toEqual(
      await viaEffect(Stacks.listDocuments({ stackId: created._id }))
    )
    expect(await stax.stacks.delete({ stackId: created._id })).toBeUndefined()
    expect(await stax.stacks.list()).toEqual(await viaEffect(Stacks.list()))
    expect((await stax.stacks.list()).map((s) => s.path)).toEqual(["Invoices"])
  })

  it("documents: upload, waitUntilProcessed, get, update, create, download, downloadPage, delete", async () => {
    await using stax = localClient()
    const viaEffect = <A>(e: Effect.Effect<A, unknown, Documents>) => stax.runtime.runPromise(e)
    const bytes = text("%PDF-1.4 an invoice")

    const [upload] = await stax.documents.upload({ files: [{ name: "invoice.pdf", data: bytes }] })
    const docId = upload!.docId!
    const processed = await stax.documents.waitUntilProcessed(docId)
    expect(processed.job?.status).toBe("Complete")
    expect(await stax.documents.get({ docId })).toEqual(await viaEffect(Documents.get({ docId })))

    const updated = await stax.documents.update({ docId, docDiff: { name: "renamed.pdf" } })
    expect(updated).toEqual(await viaEffect(Documents.get({ docId })))
    expect(updated?.name).toBe("renamed.pdf")

    const created = await stax.documents.create({ name: "record.pdf" })
    expect(created).toEqual(await viaEffect(Documents.get({ docId: created._id })))

    const downloaded = concat(await collect(stax.documents.download({ docId })))
    expect(Buffer.from(downloaded).equals(Buffer.from(bytes))).toBe(true)
    const effectBytes = await viaEffect(Stream.runCollect(Documents.download({ docId })))
    expect(Buffer.from(downloaded).equals(concat(Chunk.toReadonlyArray(effectBytes)))).toBe(true)

    const pagePath = processed.pages?.[0]
    expect(pagePath).toBeDefined()
    const page = concat(await collect(stax.documents.downloadPage({ docId, pagePath: pagePath! })))
    expect(page.length).toBeGreaterThan(0)
    const effectPage = await viaEffect(Stream.runCollect(Documents.downloadPage({ docId, pagePath: pagePath! })))
    expect(Buffer.from(page).equals(concat(Chunk.toReadonlyArray(effectPage)))).toBe(true)

    expect(await stax.documents.delete({ docId })).toBeUndefined()
    const local = await standIn(stax)
    expect(local.model.documents.has(docId)).toBe(false)
  })
})

describe("stax-effect/promise gives the same results as the Effect API (search, tpa, modules)", () => {
  const seed = {
    documents: Array.from({ length: 7 }, (_, i) => ({ name: `invoice-${i}.pdf`, content: `invoice ${i}` }))
  }

  it("search: search, searchArchive, and searchAll as an async iterable of every hit", async () => {
    await using stax = localClient({ seed })
    const viaEffect = <A>(e: Effect.Effect<A, unknown, Search>) => stax.runtime.runPromise(e)

    expect(await stax.search.search({ query: "invoice" })).toEqual(await viaEffect(Search.search({ query: "invoice" })))
    expect(await stax.search.searchArchive({ query: "invoice" })).toEqual(
      await viaEffect(Search.searchArchive({ query: "invoice" }))
    )
    const hits = await collect(stax.search.searchAll({ query: "invoice" }, { pageSize: 3 }))
    const effectHits = await viaEffect(Stream.runCollect(Search.searchAll({ query: "invoice" }, { pageSize: 3 })))
    expect(hits).toEqual(Chunk.toReadonlyArray(effectHits))
    expect(hits.length).toBe(7)
  })

  it("tpa: plans, accounts, statements and transactions", async () => {
    await using stax = localClient({ seed: { documents: [{ name: "statement.pdf", content: "statement" }] } })
    const viaEffect = <A>(e: Effect.Effect<A, unknown, Tpa>) => stax.runtime.runPromise(e)
    const docId = [...(await standIn(stax)).model.documents.keys()][0]!

    const plan = await stax.tpa.createPlan({ planName: "Acme 401(k)", internalPlanId: "ACME-1" })
    expect(await stax.tpa.getPlan({ planId: plan._id })).toEqual(await viaEffect(Tpa.getPlan({ planId: plan._id })))
    expect(await stax.tpa.listPlans()).toEqual(await viaEffect(Tpa.listPlans()))
    const account = await stax.tpa.createAccount({ planId: plan._id, number: "ACC-1", provider: "Schwab" })
    expect(await stax.tpa.getAccount({ accountId: account._id })).toEqual(await viaEffect(Tpa.getAccount({ accountId: account._id })))
    expect(await stax.tpa.listAccounts({ planId: plan._id })).toEqual(await viaEffect(Tpa.listAccounts({ planId: plan._id })))
    const statement = await stax.tpa.attachStatement({ docId, planId: "ACME-1", accountNumber: "ACC-1" })
    expect(await stax.tpa.listStatements()).toEqual(await viaEffect(Tpa.listStatements()))
    const transaction = await stax.tpa.createTransaction({ statementId: statement._id, amount: 12.5 })
    const transactions = await stax.tpa.listTransactions({ statementId: statement._id })
    expect(transactions).toEqual(await viaEffect(Tpa.listTransactions({ statementId: statement._id })))
    expect(transactions).toEqual([transaction])
  })

  it("modules: create with the developer credentials, startJob and completeJob as the configured worker", async () => {
    const worker = { moduleId: "65a1f0c2eeeeeeeeeeee0001", moduleKey: "modkey-promise-test", teamId: "65a1f0c2ffffffffffff0001" }
    await using stax = localClient({}, { worker })
    const local = await standIn(stax)
    seedWorker(local.model, worker)
    const first = seedJob(local.model, { moduleId: worker.moduleId, step: 1 })

    const input = { name: "Word counter", description: "Counts words", rate: 0.05, config: [] }
    const viaPromise = await stax.modules.create(input)
    const viaEffect = await stax.runtime.runPromise(Modules.create(input))
    expect(Object.keys(viaPromise.module ?? {}).sort()).toEqual(Object.keys(viaEffect.module ?? {}).sort())
    expect(viaPromise.module?.["name"]).toBe(viaEffect.module?.["name"])

    expect(await stax.modules.startJob({ jobId: first._id })).toBeUndefined()
    expect(
      await stax.modules.completeJob({
        _tag: "Success",
        jobId: first._id,
        step: 1,
        stepId: first.stepId,
        stack: first.stack,
        count: 3
      })
    ).toBeUndefined()
    const started = local.model.requests.filter((r) => r.route.startsWith("POST /job/"))
    expect(started.map((r) => r.route)).toEqual(["POST /job/start/", `POST /job/complete/${first._id}`])
  })
})
