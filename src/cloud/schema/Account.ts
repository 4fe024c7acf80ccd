/**
 * Accounts of the Stax cloud API: the `Account` and `Pagination` components of the OpenAPI document, and
 * the input and output of `accounts.ReadAccounts` (`GET /20190206/accounts` and
 * `GET /20190206/accounts/{account_id}`).
 *
 * Written by hand in the shape a generator over the document emits: response schemas lenient (every
 * documented field typed, unknown fields and enum values kept, `nullable` read as optional), input
 * schemas strict (camelCase in TypeScript, the API's snake_case query on the wire, unknown fields and bad
 * values refused).
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import { CommaList, DateTime, NonEmptyString, openEnum, optional, strictEnum } from "./fields.js"

/**
 * `Account.Status`: the status of an account (13 documented values; others are kept).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountStatus = openEnum(
  "ACTIVE",
  "AWSERROR",
  "CLOSED",
  "DISCOVERED",
  "ERROR",
  "INITIALIZING",
  "MAINTENANCE",
  "NEW",
  "NOAWS",
  "SUSPENDED",
  "OFFBOARDED",
  "ONBOARDING",
  "INACTIVE"
)

/**
 * @since 0.2.0
 * @category Models
 */
export type AccountStatus = typeof AccountStatus.Type

/**
 * `Account.AccountRole`: the role of the account in the organisation.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountRole = openEnum("MEMBER", "MANAGEMENT", "MANAGEMENT_RESELL", "SECURITY", "LOGGING")

/**
 * `Account.AssuranceState`: the hardening state of the account.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AssuranceState = openEnum("NONE", "UPDATING", "ACTIVE", "ERROR")

/**
 * `Account.Origin`: whether Stax created the account or it was brought in.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountOrigin = openEnum("STAX", "EXTERNAL")

/**
 * `StaxTags`: tag names to values (at most 100 tags).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const StaxTags = Schema.Record({ key: Schema.String, value: Schema.String }).annotations({ identifier: "StaxTags" })

/**
 * `Account.AWSLoginURLs`: console sign-in links per role.
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AwsLoginUrls = Schema.Struct({
  admin: optional(Schema.String),
  developer: optional(Schema.String),
  readonly: optional(Schema.String)
})

/**
 * An AWS account governed by Stax (component `Account`). `Id`, `OrganisationId` and `Name` are always there;
 * `Tags` only when asked for (`includeTags`).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Account = Schema.Struct({
  /** The Stax UUID of the account. */
  Id: Schema.String,
  /** The Stax UUID of the organisation. */
  OrganisationId: Schema.String,
  Name: Schema.String,
  AWSLoginURLs: optional(AwsLoginUrls),
  AccountRole: optional(AccountRole),
  /** The Stax UUID of the account type. */
  AccountType: optional(Schema.String),
  AllocatedTS: optional(DateTime),
  AssuranceState: optional(AssuranceState),
  AssuranceStateReason: optional(Schema.String),
  AwsAccountAlias: optional(Schema.String),
  AwsAccountCanonicalUserId: optional(Schema.String),
  /** The 12-digit AWS account id. */
  AwsAccountId: optional(Schema.String),
  AwsAccountName: optional(Schema.String),
  AwsAccountStatusId: optional(Schema.String),
  AwsLoginURL: optional(Schema.String),
  CreatedBy: optional(Schema.String),
  CreatedTS: optional(DateTime),
  Email: optional(Schema.String),
  /** The 7-character git hash of the account factory that built it. */
  FactoryVersion: optional(Schema.String),
  /** Estimated cost to date for the current billing period. */
  LatestCost: optional(Schema.Number),
  ModifiedTS: optional(DateTime),
  OrganisationalUnitId: optional(Schema.String),
  OrgsOuId: optional(Schema.String),
  Origin: optional(AccountOrigin),
  Status: optional(AccountStatus),
  StaxCreated: optional(Schema.Boolean),
  Tags: optional(StaxTags),
  UserTaskId: optional(Schema.String)
}).annotations({ identifier: "Account" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Account extends Schema.Schema.Type<typeof Account> {}

/**
 * Paging metadata (component `Pagination`), present when `offset` or `limit` was given. `NextOffset` is
 * absent on the last page, `PrevOffset` on the first (the API sends `null`).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const Paging = Schema.Struct({
  /** The number of items after filters, over all pages. */
  Total: Schema.Number,
  /** The `offset` of the next page. */
  NextOffset: optional(Schema.Number),
  /** The `offset` of the previous page. */
  PrevOffset: optional(Schema.Number)
}).annotations({ identifier: "Pagination" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface Paging extends Schema.Schema.Type<typeof Paging> {}

/**
 * The answer of `accounts.ReadAccounts` (component `accounts.ReadAccounts`).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccountsOutput = Schema.Struct({
  Accounts: Schema.Array(Account),
  Paging: optional(Paging)
}).annotations({ identifier: "accounts.ReadAccounts" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccountsOutput extends Schema.Schema.Type<typeof ReadAccountsOutput> {}

/**
 * The statuses `filter` accepts (the parameter's documented options).
 *
 * @since 0.2.0
 * @category Schemas
 */
export const AccountStatusFilter = strictEnum(
  "INITIALIZING",
  "ACTIVE",
  "SUSPENDED",
  "MAINTENANCE",
  "AWSERROR",
  "CLOSED",
  "OFFBOARDED",
  "DISCOVERED",
  "ERROR"
).annotations({ description: "one of INITIALIZING, ACTIVE, SUSPENDED, MAINTENANCE, AWSERROR, CLOSED, OFFBOARDED, DISCOVERED, ERROR" })

const Integer = (check: "nonNegative" | "positive") =>
  Schema.NumberFromString.pipe(
    Schema.int({ message: () => "must be an integer" }),
    check === "nonNegative"
      ? Schema.nonNegative({ message: () => "must be 0 or more" })
      : Schema.positive({ message: () => "must be 1 or more" })
  )

/**
 * The input of `accounts.ReadAccounts`: camelCase fields in TypeScript, the API's snake_case query on the
 * wire (`includeTags: true` → `include_tags=true`, `filter: ["ACTIVE", "SUSPENDED"]` →
 * `filter=ACTIVE,SUSPENDED`). `accountId` is the path parameter that selects `/accounts/{account_id}`.
 *
 * @example
 * ```ts
 * Schema.encodeSync(ReadAccountsInput)({ filter: ["ACTIVE", "SUSPENDED"], includeTags: true, limit: 20 })
 * // { filter: "ACTIVE,SUSPENDED", include_tags: "true", limit: "20" }
 * ```
 *
 * @since 0.2.0
 * @category Schemas
 */
export const ReadAccountsInput = Schema.Struct({
  /** The Stax UUID of one account (path parameter `account_id`). */
  accountId: optional(NonEmptyString).pipe(Schema.fromKey("account_id")),
  /** Account names to return (`account_names`, comma-delimited, e.g. `security,logging`). */
  accountNames: optional(Schema.String).pipe(Schema.fromKey("account_names")),
  /** The statuses to return: one or several (`filter`, sent comma-separated). */
  filter: optional(CommaList(AccountStatusFilter)),
  /** Stax account UUIDs to return (`id_filter`, comma-delimited). */
  idFilter: optional(Schema.String).pipe(Schema.fromKey("id_filter")),
  /** Fuzzy search by account name (`name_filter`). */
  nameFilter: optional(Schema.String).pipe(Schema.fromKey("name_filter")),
  /** AWS account ids to return (`aws_account_id_filter`, comma-delimited). */
  awsAccountIdFilter: optional(Schema.String).pipe(Schema.fromKey("aws_account_id_filter")),
  /** Account type UUIDs to return (`account_type_filter`, comma-delimited). */
  accountTypeFilter: optional(Schema.String).pipe(Schema.fromKey("account_type_filter")),
  /** Paging: the offset of the first item (asks for `Paging` in the answer). */
  offset: optional(Integer("nonNegative")),
  /** Paging: the number of items per page (asks for `Paging` in the answer). */
  limit: optional(Integer("positive")),
  /** The field to sort on, e.g. `Name`. */
  sort: optional(Schema.String),
  /** The sort order (`sort_order`); the API's default is `DESC`. */
  sortOrder: optional(strictEnum("ASC", "DESC")).pipe(Schema.fromKey("sort_order")),
  /** Whether to return each account's `Tags` (`include_tags`, sent as `true`/`false`). */
  includeTags: optional(Schema.BooleanFromString).pipe(Schema.fromKey("include_tags"))
}).annotations({ identifier: "accounts.ReadAccountsInput" })

/**
 * @since 0.2.0
 * @category Models
 */
export interface ReadAccountsInput extends Schema.Schema.Type<typeof ReadAccountsInput> {}

/**
 * The operation `accounts.ReadAccounts`: its method, its paths below the API version (one account by
 * `account_id`, or the list) and schemas.
 *
 * @since 0.2.0
 * @category Operations
 */
export const ReadAccounts: Operation.Operation<ReadAccountsInput, ReadAccountsOutput> = Operation.make({
  name: "Accounts.readAccounts",
  method: "GET",
  path: ["/accounts/{account_id}", "/accounts"],
  input: ReadAccountsInput,
  output: ReadAccountsOutput
})
