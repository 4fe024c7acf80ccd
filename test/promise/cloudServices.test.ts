/**
 * The Stax cloud Promise client built generically over service tags (`Facade.services`): every operation
 * of each service, paged `...All` methods as async iterables, against the in-memory stand-in.
 */
import { Chunk, Layer, ManagedRuntime, Stream } from "effect"
import { Accounts, accountsOperations, ApiError, StaxCloud, TaskFailed, type Account } from "stax-effect/cloud"
import { ClientClosedError, createStaxCloudClient, Facade } from "stax-effect/promise"
import { Fault, StaxCloudLocal } from "stax-effect/testing"
import { describe, expect, expectTypeOf, it } from "vitest"
import { cloudServices } from "../../src/promise/createStaxCloudClient.js"
import { PagedAccounts } from "../cloud/paging/fixtures.js"
import { scriptedTasks, Tasks } from "../cloud/tasks/fixtures.js"

const ACCOUNTS = "GET /20190206/accounts"

/** A Promise client over `services` whose tags the stand-in's layer (plus `extra`) provides. */
const pagedClient = () =>
  Facade.makeClient(
    ManagedRuntime.make(
      PagedAccounts.layer.pipe(Layer.provideMerge(StaxCloud.layer), Layer.provideMerge(StaxCloudLocal.layer()))
    ),
    Facade.services({ accounts: PagedAccounts })
  )

const accountRequests = async (client: ReturnType<typeof pagedClient>) =>
  (await client.runtime.runPromise(StaxCloudLocal)).requests.filter((r) => r.route === ACCOUNTS).length

describe("Facade.service", () => {
  it("finds every operation of a service tag at run time, and nothing else of the tag", () => {
    expect([...Facade.service(Accounts).operations].sort()).toEqual([...Object.keys(accountsOperations), "readAccountsAll"].sort())
    expect([...Facade.service(PagedAccounts).operations].sort()).toEqual(["readAccounts", "readAccountsAll"])
    expect([...Facade.service(Tasks).operations].sort()).toEqual(["readTask", "waitUntilDone"])
  })

  it("gives createStaxCloudClient one area per service of cloudServices, each with all its methods", async () => {
    await using cloud = createStaxCloudClient({ layer: StaxCloudLocal.layer() })
    for (const [name, tag] of Object.entries(cloudServices)) {
      const area = (cloud as unknown as Record<string, Record<string, unknown>>)[name]!
      expect(Object.keys(area).sort()).toEqual([...Facade.service(tag).operations].sort())
      expect(Object.values(area).every((method) => typeof method === "function")).toBe(true)
    }
    const { Accounts: all } = await cloud.accounts.readAccounts()
    expect(all.length).toBeGreaterThan(0)
  })
})

describe("a paged operation's ...All as an async iterable", () => {
  it("yields every item of every page, as the Effect stream does", async () => {
    await using client = pagedClient()
    const seen: Array<Account> = []
    for await (const account of client.accounts.readAccountsAll({ limit: 3 })) seen.push(account)
    const viaEffect = await client.runtime.runPromise(Stream.runCollect(PagedAccounts.readAccountsAll({ limit: 3 })))
    expect(seen.map((a) => a.Id)).toEqual(Chunk.toReadonlyArray(viaEffect).map((a) => a.Id))
    expect(seen).toHaveLength(8)
    expect(await accountRequests(client)).toBe(6) // 3 pages, twice
  })

  it("reads no page after a break", async () => {
    await using client = pagedClient()
    const seen: Array<string> = []
    for await (const account of client.accounts.readAccountsAll({ limit: 3 })) {
      seen.push(account.Id)
      if (seen.length === 2) break
    }
    expect(seen).toHaveLength(2)
    expect(await accountRequests(client)).toBe(1)
  })

  it("rejects the iteration with the SDK's typed error", async () => {
    await using client = pagedClient()
    const local = await client.runtime.runPromise(StaxCloudLocal)
    local.faults.add(Fault.status(ACCOUNTS, 400))
    const error = await (async () => {
      for await (const _ of client.accounts.readAccountsAll()) void _
    })().then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(400)
  })

  it("is typed from the service: inputs as the operation's, items as the answer's", () => {
    type Client = ReturnType<typeof pagedClient>
    expectTypeOf<Client["accounts"]["readAccountsAll"]>().returns.toEqualTypeOf<AsyncIterable<Account>>()
    expectTypeOf<Parameters<Client["accounts"]["readAccountsAll"]>[0]>().toMatchTypeOf<{ readonly limit?: number } | undefined>()
    expectTypeOf<Client["accounts"]["readAccounts"]>().returns.resolves.toHaveProperty("Accounts")
  })

  it("close() ends a running iteration with ClientClosedError", async () => {
    const client = pagedClient()
    const iterator = client.accounts.readAccountsAll({ limit: 3 })[Symbol.asyncIterator]()
    await iterator.next()
    await client.close()
    const after = await iterator.next().then((r) => r, (e: unknown) => e)
    expect(after).toBeInstanceOf(ClientClosedError)
  })
})

describe("Tasks.waitUntilDone as a Promise", () => {
  it("rejects with TaskFailed and its Logs", async () => {
    await using client = Facade.makeClient(
      ManagedRuntime.make(scriptedTasks([{ body: { Status: "FAILED", Logs: ["quota exceeded"] } }])),
      Facade.services({ tasks: Tasks })
    )
    const error = await client.tasks.waitUntilDone("task-1").then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(TaskFailed)
    expect((error as TaskFailed).logs).toEqual(["quota exceeded"])
  })
})
