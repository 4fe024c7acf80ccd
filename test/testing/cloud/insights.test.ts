/**
 * The stand-in's insights (a seeded set) and account-type membership, through the generated services:
 * ReadInsights filtered by each parameter, sorted, paged with `Paging` always given; UpdateAccountTypeMembers
 * moving accounts between types, by type id or name, with a task.
 */
import { assert, describe, expect, it } from "@effect/vitest"
import { Chunk, Effect, Stream } from "effect"
import { Accounts, Insights } from "stax-effect/cloud"
import { StaxCloudLocal } from "stax-effect/testing"
import { seedInsights } from "../../../src/testing/cloud/state/insights.js"
import { SEED_ACCOUNT_ID, withServices } from "./helpers.js"

const seed = seedInsights()

describe("ReadInsights", () => {
  it.effect("each filter keeps what it names, and only that", () =>
    Effect.gen(function*() {
      const ids = (answer: { readonly Insights: ReadonlyArray<{ readonly Id: string }> }) => answer.Insights.map((i) => i.Id).sort()
      const expected = (keep: (i: (typeof seed)[number]) => boolean) => seed.filter(keep).map((i) => String(i["Id"])).sort()
      expect(ids(yield* Insights.readInsights({ targetKind: ["ACCOUNT", "POLICY"] }))).toEqual(expected((i) => ["ACCOUNT", "POLICY"].includes(String(i["TargetKind"]))))
      expect(ids(yield* Insights.readInsights({ status: ["FAILED"] }))).toEqual(expected((i) => i["Status"] === "FAILED"))
      expect(ids(yield* Insights.readInsights({ action: "accounts.UpdateAccount" }))).toEqual(expected((i) => i["Action"] === "accounts.UpdateAccount"))
      const user = String(seed[1]?.["UserId"])
      expect(ids(yield* Insights.readInsights({ userId: user, status: ["SUCCESS"] }))).toEqual(expected((i) => i["UserId"] === user && i["Status"] === "SUCCESS"))
      const source = String(seed[4]?.["EventSourceId"])
      expect(ids(yield* Insights.readInsights({ sourceId: source }))).toEqual([String(seed[4]?.["Id"])])
      expect((yield* Insights.readInsights({ sourceKind: ["TASKS"] })).Insights).toHaveLength(seed.length)
      expect(expected((i) => i["TargetKind"] === "POLICY").length).toBeGreaterThan(1)
    }).pipe(withServices()))

  it.effect("newest first by default; sort and sort_order change the order; Paging is always given", () =>
    Effect.gen(function*() {
      const all = yield* Insights.readInsights()
      const created = all.Insights.map((i) => i.CreatedTS.getTime())
      expect(created).toEqual([...created].sort((a, b) => b - a))
      expect(all.Paging.Total).toBe(seed.length)
      expect(all.Paging.NextOffset).toBeUndefined()
      const byAction = (yield* Insights.readInsights({ sort: "Action", sortOrder: "ASC" })).Insights.map((i) => i.Action)
      expect(byAction).toEqual([...byAction].sort())
      expect(new Set(byAction).size).toBeGreaterThan(1)
    }).pipe(withServices()))

  it.effect("pages by item offset: NextOffset moves on by the limit, and the stream yields each insight once", () =>
    Effect.gen(function*() {
      const first = yield* Insights.readInsights({ limit: 5 })
      expect([first.Insights.length, first.Paging.Total, first.Paging.NextOffset]).toEqual([5, seed.length, 5])
      const last = yield* Insights.readInsights({ offset: 10, limit: 5 })
      expect([last.Insights.length, last.Paging.NextOffset, last.Paging.PrevOffset]).toEqual([seed.length - 10, undefined, 5])
      const streamed = Chunk.toReadonlyArray(yield* Stream.runCollect(Insights.readInsightsAll({ limit: 5 }))).map((i) => i.Id)
      expect(streamed.slice().sort()).toEqual(seed.map((i) => String(i["Id"])).sort())
    }).pipe(withServices()))

  it.effect("a seed replaces the default insights", () =>
    Effect.gen(function*() {
      expect((yield* Insights.readInsights()).Insights.map((i) => i.Action)).toEqual(["teams.CreateUser"])
    }).pipe(withServices({ seed: { insights: [{ ...seed[0], Action: "teams.CreateUser" }] } })))
})

describe("UpdateAccountTypeMembers", () => {
  it.effect("moves accounts to a type given by id or by name, keeps each type's Accounts, and starts a task", () =>
    Effect.gen(function*() {
      const local = yield* StaxCloudLocal
      const sandbox = (yield* Accounts.createAccountType({ name: "sandbox" })).Detail.AccountType.Id
      const other = "8a3b5d7f-2c4e-4a6b-9d1f-3e5a7c9b1d24"
      const moved = yield* Accounts.updateAccountTypeMembers({
        members: [{ AccountId: SEED_ACCOUNT_ID, AccountTypeId: sandbox }, { AccountId: other, AccountTypeName: "sandbox" }]
      })
      const task = local.tasks.get(moved.taskId ?? "")
      expect([task?.operationId, task?.detail.Accounts]).toEqual(["accounts.UpdateAccountTypeMembers", [SEED_ACCOUNT_ID, other]])
      for (const accountId of [SEED_ACCOUNT_ID, other]) {
        expect((yield* Accounts.readAccounts({ accountId })).Accounts[0]?.AccountType).toBe(sandbox)
      }
      expect((yield* Accounts.readAccountTypes({ accountTypeId: sandbox })).AccountTypes[0]?.Accounts).toEqual([SEED_ACCOUNT_ID, other])
    }).pipe(withServices()))

  it.effect("an unknown account or type is a 404 and moves nothing", () =>
    Effect.gen(function*() {
      const before = (yield* Accounts.readAccounts({ accountId: SEED_ACCOUNT_ID })).Accounts[0]?.AccountType
      const error = yield* Effect.flip(Accounts.updateAccountTypeMembers({
        members: [{ AccountId: SEED_ACCOUNT_ID, AccountTypeName: "no-such-type" }]
      }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
      expect((yield* Accounts.readAccounts({ accountId: SEED_ACCOUNT_ID })).Accounts[0]?.AccountType).toBe(before)
    }).pipe(withServices()))
})
