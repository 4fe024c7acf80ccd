/**
 * Insights (the organisation's audit trail), from a small seed: `insights.ReadInsights` filtered by each of
 * its parameters (`action`, `source_kind`, `source_id`, `status`, `user_id`, `target_kind`: comma lists
 * where the document says so), sorted by `sort` (default `CreatedTS`) in `sort_order` (default `DESC`), and
 * paged by item `offset` and `limit`. `Paging` is always given, as the document requires it.
 *
 * @since 0.2.0
 */
import type { Json } from "../../ai/Model.js"
import { SEED_ACCOUNT_TYPES, SEED_ORGANISATION_ID } from "../accounts.js"
import { type Handlers, listOf, ok } from "../engine/handler.js"
import type { CloudState } from "./CloudState.js"
import { page } from "./paging.js"

const ADMIN = "7d3f0b2a-1c4e-4a5b-9e8f-0a1b2c3d4e5f"
const OPERATOR = "3c5e7a9b-1d3f-4a5c-8e7a-9b1d3f5a7c92"

const insight = (n: number, action: string, targetKind: string, status: string, userId: string, targetId: string | null): Json => ({
  Id: `1a2b3c4d-0000-4000-8000-0000000000${String(n).padStart(2, "0")}`,
  OrganisationId: SEED_ORGANISATION_ID,
  Action: action,
  CreatedTS: new Date(Date.UTC(2026, 0, n, 9, 30)).toISOString(),
  EventSourceId: `2b3c4d5e-0000-4000-8000-0000000000${String(n).padStart(2, "0")}`,
  EventSourceKind: "TASKS",
  Status: status,
  TargetId: targetId,
  TargetKind: targetKind,
  UserId: userId
})

/**
 * The seed insights: twelve, over six target kinds, three statuses and two users, one a day from
 * 2026-01-01 (a function, so the seed is built when a stand-in starts).
 *
 * @since 0.2.0
 * @category Seed
 */
export const seedInsights = (): ReadonlyArray<Json> => [
  insight(1, "accounts.CreateAccount", "ACCOUNT", "SUCCESS", ADMIN, "4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10"),
  insight(2, "accounts.UpdateAccount", "ACCOUNT", "SUCCESS", OPERATOR, "8a3b5d7f-2c4e-4a6b-9d1f-3e5a7c9b1d24"),
  insight(3, "organisations.CreatePolicy", "POLICY", "SUCCESS", ADMIN, "5d7f9b1c-3e5a-4c7e-9a1b-3d5f7b9c1e68"),
  insight(4, "organisations.AttachPolicy", "POLICY", "FAILED", ADMIN, "5d7f9b1c-3e5a-4c7e-9a1b-3d5f7b9c1e68"),
  insight(5, "organisations.CreateOrganisationalUnit", "ORGANISATIONAL_UNIT", "SUCCESS", OPERATOR, "2b4d6f80-3a5c-4e7f-9b1d-8c6e4a2f0b13"),
  insight(6, "services.UpdateServiceConfiguration", "SERVICE_CONFIGURATION", "SUCCESS", ADMIN, null),
  insight(7, "accounts.CloseAccount", "ACCOUNT", "PENDING", OPERATOR, "6c8e0a2b-4d6f-4a1c-b3e5-7a9c1e3f5b46"),
  insight(8, "organisations.UpdateOrganisation", "ORGANISATION", "SUCCESS", ADMIN, SEED_ORGANISATION_ID),
  insight(9, "accounts.UpdateAccountType", "OTHER", "SUCCESS", ADMIN, SEED_ACCOUNT_TYPES.development),
  insight(10, "customers.UpdateCustomer", "CUSTOMER", "FAILED", OPERATOR, null),
  insight(11, "accounts.UpdateAccount", "ACCOUNT", "FAILED", ADMIN, "3e8d1a7c-5b2f-4c9e-a061-7f4b2d8c9e02"),
  insight(12, "organisations.DetachPolicy", "POLICY", "SUCCESS", OPERATOR, "5d7f9b1c-3e5a-4c7e-9a1b-3d5f7b9c1e68")
]

/** The query parameters that select by a field: a comma list each, or (`source_id`) one value. */
const FILTERS: ReadonlyArray<readonly [param: string, field: string]> = [
  ["action", "Action"],
  ["source_kind", "EventSourceKind"],
  ["status", "Status"],
  ["user_id", "UserId"],
  ["target_kind", "TargetKind"]
]

/**
 * `insights.ReadInsights` over the stand-in's insights.
 *
 * @since 0.2.0
 * @category Handlers
 */
export const insightHandlers = (state: CloudState): Handlers => ({
  "insights.ReadInsights": (call) => {
    let insights = state.insights.list()
    for (const [param, field] of FILTERS) {
      const wanted = listOf(call.wire[param])
      if (wanted !== undefined) insights = insights.filter((i) => wanted.includes(String(i[field])))
    }
    const sourceId = call.wire["source_id"]
    if (typeof sourceId === "string") insights = insights.filter((i) => i["EventSourceId"] === sourceId)
    const sort = typeof call.wire["sort"] === "string" ? call.wire["sort"] : "CreatedTS"
    const direction = call.wire["sort_order"] === "ASC" ? 1 : -1
    const sorted = [...insights].sort((a, b) => direction * String(a[sort] ?? "").localeCompare(String(b[sort] ?? "")))
    const { items, paging } = page(sorted, call.wire)
    return ok({ Insights: items, Paging: paging ?? { Total: sorted.length, NextOffset: null, PrevOffset: null } })
  }
})
