/**
 * The stand-in's accounts: a seedable in-memory list of AWS accounts, and `accounts.ReadAccounts`
 * (`GET /20190206/accounts` and `GET /20190206/accounts/{account_id}`) as a web `Request` → `Response`
 * function, as docs/stax-cloud.md describes it (what is confirmed and what is assumed is listed there).
 *
 * The route does not check signatures: the stand-in runs `SigV4Verifier.verify` before any API route.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import type { Json } from "../ai/Model.js"
import { Collection } from "./state/Collection.js"
import { page } from "./state/paging.js"

/**
 * The organisation every seed account belongs to.
 *
 * @since 0.2.0
 * @category Seed
 */
export const SEED_ORGANISATION_ID = "ec5eaa8f-da06-4935-b5ce-05bd957c8bdc"

/**
 * Account type ids of the seed accounts.
 *
 * @since 0.2.0
 * @category Seed
 */
export const SEED_ACCOUNT_TYPES = {
  production: "0b5e4c0e-7d0a-4a43-8f43-2b2f0c6d1e11",
  development: "5a7d2f94-3c61-4d8e-b0a2-9e4f1c7b6d23"
} as const

const seed = (
  id: string,
  name: string,
  awsAccountId: string,
  status: string,
  extra: Json = {}
): Json => ({
  Id: id,
  OrganisationId: SEED_ORGANISATION_ID,
  Name: name,
  AwsAccountId: awsAccountId,
  AwsAccountName: name,
  Status: status,
  AccountRole: "MEMBER",
  AccountType: SEED_ACCOUNT_TYPES.production,
  AssuranceState: status === "ACTIVE" ? "ACTIVE" : "NONE",
  AssuranceStateReason: null,
  Origin: "STAX",
  StaxCreated: true,
  Email: `aws+${name}@example.com`,
  AwsLoginURL: `https://example.awsapps.com/start/#/${awsAccountId}`,
  CreatedTS: "2024-03-11T01:05:45.000Z",
  ModifiedTS: "2026-10-02T07:41:12.000Z",
  FactoryVersion: "f8cf81b",
  OrganisationalUnitId: null,
  Tags: {},
  ...extra
})

/**
 * Eight accounts of a small organisation: the three core accounts, a product in three environments, a
 * closed sandbox and an account discovered outside Stax.
 *
 * @since 0.2.0
 * @category Seed
 */
export const seedAccounts: ReadonlyArray<Json> = [
  seed("9b2f6c1e-0d4a-4f3b-8e71-5c2a9d0e4b61", "management", "111122223333", "ACTIVE", {
    AccountRole: "MANAGEMENT",
    Tags: { CostCode: "10000", Owner: "platform" }
  }),
  seed("3e8d1a7c-5b2f-4c9e-a061-7f4b2d8c9e02", "security", "222233334444", "ACTIVE", {
    AccountRole: "SECURITY",
    Tags: { CostCode: "10000", Owner: "security" }
  }),
  seed("c71a4e2b-9f3d-4b8a-b5e6-1d0c8f2a7b93", "logging", "333344445555", "ACTIVE", {
    AccountRole: "LOGGING",
    Tags: { CostCode: "10000", Owner: "platform" }
  }),
  seed("4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10", "bakery-prod", "444455556666", "ACTIVE", {
    LatestCost: 1832.17,
    Tags: { CostCode: "12345", Environment: "production", Owner: "bakery" }
  }),
  seed("8a3b5d7f-2c4e-4a6b-9d1f-3e5a7c9b1d24", "bakery-staging", "555566667777", "ACTIVE", {
    AccountType: SEED_ACCOUNT_TYPES.development,
    LatestCost: 212.4,
    Tags: { CostCode: "12345", Environment: "staging", Owner: "bakery" }
  }),
  seed("d2e4f6a8-1b3c-4d5e-8f7a-9b1c3d5e7f35", "bakery-dev", "666677778888", "SUSPENDED", {
    AccountType: SEED_ACCOUNT_TYPES.development,
    Tags: { CostCode: "12345", Environment: "development", Owner: "bakery" }
  }),
  seed("6c8e0a2b-4d6f-4a1c-b3e5-7a9c1e3f5b46", "data-lake-sandbox", "777788889999", "CLOSED", {
    AccountType: SEED_ACCOUNT_TYPES.development,
    Tags: { CostCode: "23456", Owner: "data" }
  }),
  seed("1f3a5c7e-9b2d-4f6a-8c0e-2d4f6a8c0e57", "legacy-billing", "888899990000", "DISCOVERED", {
    Origin: "EXTERNAL",
    StaxCreated: false,
    AssuranceState: "NONE",
    Tags: { CostCode: "99999" }
  })
]

/**
 * The stand-in's accounts, in the order they were added (the order `ReadAccounts` lists them in unless
 * `sort` is given). Records are stored as the API sends them.
 *
 * @since 0.2.0
 * @category Models
 */
export class AccountsModel extends Collection {
  constructor(accounts: ReadonlyArray<Json> = seedAccounts) {
    super("Id", accounts)
  }

  /** Adds (or replaces) an account; `Id`, `OrganisationId` and `Tags` are filled in when absent. */
  override add(account: Json): Json {
    return super.add({ OrganisationId: SEED_ORGANISATION_ID, Tags: {}, ...account })
  }

  /** Changes an account's `Status`; `false` when there is no such account. */
  setStatus(id: string, status: string): boolean {
    return this.update(id, { Status: status }) !== undefined
  }

  /** Replaces an account's `Tags`; `false` when there is no such account. */
  setTags(id: string, tags: Readonly<Record<string, string>>): boolean {
    return this.update(id, { Tags: { ...tags } }) !== undefined
  }
}

/**
 * The statuses the `filter` parameter accepts.
 *
 * @since 0.2.0
 * @category Constants
 */
export const FILTER_STATUSES: ReadonlyArray<string> = [
  "INITIALIZING",
  "ACTIVE",
  "SUSPENDED",
  "MAINTENANCE",
  "AWSERROR",
  "CLOSED",
  "OFFBOARDED",
  "DISCOVERED",
  "ERROR"
]

/**
 * The fields `sort` accepts.
 *
 * @since 0.2.0
 * @category Constants
 */
export const SORT_FIELDS: ReadonlyArray<string> = ["Name", "Status", "AwsAccountId", "CreatedTS", "ModifiedTS", "Id", "AccountType"]

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

class BadParameter {
  constructor(readonly name: string, readonly cause: string) {}
}

const list = (text: string) => text.split(",").map((s) => s.trim()).filter((s) => s.length > 0)

interface Query {
  readonly filter: ReadonlyArray<string> | undefined
  readonly accountNames: ReadonlyArray<string> | undefined
  readonly idFilter: ReadonlyArray<string> | undefined
  readonly awsAccountIdFilter: ReadonlyArray<string> | undefined
  readonly accountTypeFilter: ReadonlyArray<string> | undefined
  readonly nameFilter: string | undefined
  readonly offset: number | undefined
  readonly limit: number | undefined
  readonly sort: string | undefined
  readonly descending: boolean
  readonly includeTags: boolean
}

const parseQuery = (params: URLSearchParams): Query | BadParameter => {
  const get = (name: string) => params.get(name) ?? undefined
  const includeTags = get("include_tags")
  if (includeTags !== undefined && includeTags !== "true" && includeTags !== "false") {
    return new BadParameter("include_tags", `include_tags must be true or false, got '${includeTags}'`)
  }
  const offset = get("offset")
  if (offset !== undefined && !/^\d+$/.test(offset)) {
    return new BadParameter("offset", `offset must be an integer of 0 or more, got '${offset}'`)
  }
  const limit = get("limit")
  if (limit !== undefined && !/^[1-9]\d*$/.test(limit)) {
    return new BadParameter("limit", `limit must be a positive integer, got '${limit}'`)
  }
  const sortOrder = get("sort_order")
  if (sortOrder !== undefined && sortOrder !== "ASC" && sortOrder !== "DESC") {
    return new BadParameter("sort_order", `sort_order must be ASC or DESC, got '${sortOrder}'`)
  }
  const sort = get("sort")
  if (sort !== undefined && !SORT_FIELDS.includes(sort)) {
    return new BadParameter("sort", `sort must be one of ${SORT_FIELDS.join(", ")}, got '${sort}'`)
  }
  const filterText = get("filter")
  const filter = filterText === undefined ? undefined : list(filterText)
  const unknown = filter?.find((status) => !FILTER_STATUSES.includes(status))
  if (filter !== undefined && (filter.length === 0 || unknown !== undefined)) {
    return new BadParameter("filter", `filter must list statuses among ${FILTER_STATUSES.join(", ")}, got '${filterText}'`)
  }
  const optionalList = (name: string) => {
    const text = get(name)
    return text === undefined ? undefined : list(text)
  }
  return {
    filter,
    accountNames: optionalList("account_names"),
    idFilter: optionalList("id_filter"),
    awsAccountIdFilter: optionalList("aws_account_id_filter"),
    accountTypeFilter: optionalList("account_type_filter"),
    nameFilter: get("name_filter"),
    offset: offset === undefined ? undefined : Number(offset),
    limit: limit === undefined ? undefined : Number(limit),
    sort,
    descending: sortOrder !== "ASC",
    includeTags: includeTags === "true"
  }
}

const field = (account: Json, name: string) => (typeof account[name] === "string" ? (account[name] as string) : "")

const select = (accounts: ReadonlyArray<Json>, query: Query) => {
  const within = (values: ReadonlyArray<string> | undefined, value: string) => values === undefined || values.includes(value)
  const needle = query.nameFilter?.toLowerCase()
  const kept = accounts.filter((account) =>
    within(query.filter, field(account, "Status")) &&
    within(query.accountNames, field(account, "Name")) &&
    within(query.idFilter, field(account, "Id")) &&
    within(query.awsAccountIdFilter, field(account, "AwsAccountId")) &&
    within(query.accountTypeFilter, field(account, "AccountType")) &&
    (needle === undefined || field(account, "Name").toLowerCase().includes(needle))
  )
  const sort = query.sort
  if (sort !== undefined) {
    const sign = query.descending ? -1 : 1
    kept.sort((a, b) => sign * field(a, sort).localeCompare(field(b, sort)))
  }
  const shown = kept.map((account) => {
    if (query.includeTags) return account
    const { Tags: _tags, ...rest } = account
    return rest
  })
  const { items, paging } = page(shown, query)
  return paging === undefined ? { Accounts: items } : { Accounts: items, Paging: paging }
}

const COLLECTION = /^\/20190206\/accounts\/?$/
const ITEM = /^\/20190206\/accounts\/([^/]+)\/?$/

/**
 * Does this request belong to {@link readAccounts}?
 *
 * @since 0.2.0
 * @category Routes
 */
export const isReadAccounts = (request: Request): boolean => {
  const path = new URL(request.url).pathname
  return request.method === "GET" && (COLLECTION.test(path) || ITEM.test(path))
}

/**
 * `accounts.ReadAccounts` over a model:
 * - `GET /20190206/accounts`: the accounts that pass every filter given (`filter`, `account_names`,
 *   `id_filter`, `aws_account_id_filter`, `account_type_filter`: comma-separated; `name_filter`: a
 *   case-insensitive substring of `Name`), sorted by `sort` (`sort_order`, default `DESC`) when given;
 * - `GET /20190206/accounts/{account_id}`: the same, over that one account; 404 `{Error, Cause}` when
 *   there is no such account;
 * - `Tags` only with `include_tags=true`;
 * - `Paging {Total, NextOffset, PrevOffset}` only when `offset` or `limit` is given (`offset` counts items);
 * - 400 `{Error, Cause}` for a bad parameter value (`include_tags` other than `true`/`false`, a negative
 *   `offset`, a `limit` under 1, an unknown status, `sort` or `sort_order`); unknown parameters are ignored;
 * - any other method or path: API Gateway's 403 `{"message":"Missing Authentication Token"}`.
 *
 * @example
 * ```ts
 * const route = readAccounts(new AccountsModel())
 * const response = yield* route(new Request("http://127.0.0.1/20190206/accounts?filter=ACTIVE&include_tags=true"))
 * ```
 *
 * @since 0.2.0
 * @category Routes
 */
export const readAccounts = (model: AccountsModel) => (request: Request): Effect.Effect<Response> =>
  Effect.sync(() => {
    const url = new URL(request.url)
    if (!isReadAccounts(request)) return json(403, { message: "Missing Authentication Token" })
    const query = parseQuery(url.searchParams)
    if (query instanceof BadParameter) return json(400, { Error: `Invalid parameter: ${query.name}`, Cause: query.cause })
    const item = ITEM.exec(url.pathname)
    if (item === null) return json(200, select(model.list(), query))
    let id: string
    try {
      id = decodeURIComponent(item[1] ?? "")
    } catch {
      return json(400, { Error: "Invalid parameter: account_id", Cause: "account_id is not a valid URL-encoded string" })
    }
    const account = model.get(id)
    if (account === undefined) return json(404, { Error: "Account not found", Cause: `No account with Id ${id}` })
    return json(200, select([account], query))
  })
