/**
 * The trust-accounting (TPA) resources (stax-api.md §3.3): plans, their accounts, the statements
 * attached to documents, and the statements' transactions. Unknown extra fields are kept as they
 * came; every known field but `_id` is optional, and fields whose type the docs do not give are
 * `unknown`.
 *
 * Naming trap: `TpaAccount.planId` is an ObjectId (the plan's `_id`), but `TpaStatement.planId` and
 * `TpaTransaction.planId` are plain strings (probably the human/internal plan id). The ObjectId
 * references to the plan and account of a statement or transaction are `plan` and `account`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { DateTime, OpaqueObject, optional } from "./fields.js"
import { ObjectId } from "./ObjectId.js"

/**
 * A note on a plan or account.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaNote = Schema.Struct({
  author: optional(Schema.String),
  timestamp: optional(DateTime),
  content: optional(Schema.String)
}).annotations({ identifier: "TpaNote" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaNote extends Schema.Schema.Type<typeof TpaNote> {}

/**
 * One entry of a statement's or transaction's change history: who changed what, when.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaHistoryEntry = Schema.Struct({
  user: optional(Schema.String),
  timestamp: optional(DateTime),
  changes: optional(Schema.Array(Schema.Struct({
    field: optional(Schema.String),
    from: optional(Schema.Unknown),
    to: optional(Schema.Unknown)
  })))
}).annotations({ identifier: "TpaHistoryEntry" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaHistoryEntry extends Schema.Schema.Type<typeof TpaHistoryEntry> {}

/**
 * A TPA plan (a retirement/trust plan administered by the team).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaPlan = Schema.Struct({
  _id: ObjectId,
  team: optional(ObjectId),
  /** The plan's id in PensionPro. */
  pensionProId: optional(Schema.Number),
  /** The team's own id for the plan; statements refer to a plan by a string `planId`. */
  internalPlanId: optional(Schema.String),
  planName: optional(Schema.String),
  planType: optional(Schema.String),
  /** Month of the plan year-end (1–12). */
  endMm: optional(Schema.Number),
  /** Day of the plan year-end (1–31). */
  endDd: optional(Schema.Number),
  active: optional(Schema.Boolean),
  directory: optional(Schema.String),
  ppLock: optional(Schema.Boolean),
  search: optional(Schema.Array(Schema.String)),
  notes: optional(Schema.Array(TpaNote)),
  lastModified: optional(DateTime),
  assignees: optional(Schema.Array(Schema.String)),
  status: optional(OpaqueObject)
}).annotations({ identifier: "TpaPlan" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaPlan extends Schema.Schema.Type<typeof TpaPlan> {}

/**
 * A TPA account of a plan (a brokerage account, by default). `planId` is the plan's ObjectId.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaAccount = Schema.Struct({
  _id: ObjectId,
  team: optional(ObjectId),
  /** The plan's `_id` (an ObjectId, unlike `TpaStatement.planId`). */
  planId: optional(ObjectId),
  /** e.g. `brokerage` (the API's default). */
  accountType: optional(Schema.String),
  pensionProId: optional(Schema.Number),
  internalPlanId: optional(Schema.String),
  provider: optional(Schema.String),
  /** The account number; statements refer to an account by it (`accountNumber`). */
  number: optional(Schema.String),
  payee: optional(Schema.String),
  active: optional(Schema.Boolean),
  ppLock: optional(Schema.Boolean),
  notes: optional(Schema.Array(TpaNote)),
  lastModified: optional(DateTime),
  /** Type not documented. */
  type: optional(Schema.Unknown),
  status: optional(OpaqueObject),
  viewed: optional(OpaqueObject)
}).annotations({ identifier: "TpaAccount" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaAccount extends Schema.Schema.Type<typeof TpaAccount> {}

/**
 * Totals of a statement's transactions by category.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaStatementTotals = Schema.Struct({
  deposits: optional(Schema.Number),
  withdrawals: optional(Schema.Number),
  income: optional(Schema.Number),
  fees: optional(Schema.Number),
  transfers: optional(Schema.Number),
  purchases: optional(Schema.Number),
  sales: optional(Schema.Number),
  reinvestments: optional(Schema.Number),
  other: optional(Schema.Number),
  accrued: optional(Schema.Number),
  gain_loss: optional(Schema.Number),
  rollovers: optional(Schema.Number),
  forfeiture: optional(Schema.Number),
  loanPayments: optional(Schema.Number),
  newLoans: optional(Schema.Number),
  loanInterest: optional(Schema.Number)
}).annotations({ identifier: "TpaStatementTotals" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaStatementTotals extends Schema.Schema.Type<typeof TpaStatementTotals> {}

/**
 * A statement's reconciliation differences by category. The docs list the categories but not their
 * types; the SDK reads them as numbers, like the totals.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaStatementDiff = Schema.Struct({
  deposits: optional(Schema.Number),
  withdrawals: optional(Schema.Number),
  income: optional(Schema.Number),
  fees: optional(Schema.Number),
  loanPayments: optional(Schema.Number),
  transfers: optional(Schema.Number),
  rollovers: optional(Schema.Number),
  reinvestments: optional(Schema.Number),
  other: optional(Schema.Number),
  gain_loss: optional(Schema.Number),
  accrued: optional(Schema.Number),
  purchases: optional(Schema.Number),
  sales: optional(Schema.Number)
}).annotations({ identifier: "TpaStatementDiff" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaStatementDiff extends Schema.Schema.Type<typeof TpaStatementDiff> {}

/**
 * A TPA statement: a (brokerage) statement document attached to a plan and account, with what was
 * parsed from it. `plan`/`account` are ObjectId references; `planId` is a plain string.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaStatement = Schema.Struct({
  _id: ObjectId,
  team: optional(ObjectId),
  /** The plan's `_id`. */
  plan: optional(ObjectId),
  /** The account's `_id`. */
  account: optional(ObjectId),
  /** A plain string (not an ObjectId): the plan id the statement was attached with. */
  planId: optional(Schema.String),
  accountNumber: optional(Schema.String),
  /** The document's `_id`. */
  document: optional(ObjectId),
  pageCount: optional(Schema.Number),
  duplicates: optional(Schema.Array(Schema.String)),
  /** Type not documented (probably the id of the user who created it). */
  creator: optional(Schema.Unknown),
  planYear: optional(Schema.Number),
  periodStart: optional(DateTime),
  periodEnd: optional(DateTime),
  months: optional(Schema.Array(Schema.String)),
  beginningBalance: optional(Schema.Number),
  endingBalance: optional(Schema.Number),
  /** Whether the transactions reconcile the beginning balance with the ending balance. */
  reconciles: optional(Schema.Boolean),
  tx: optional(TpaStatementTotals),
  diff: optional(TpaStatementDiff),
  errors: optional(Schema.Array(Schema.String)),
  confidence: optional(OpaqueObject),
  ref: optional(OpaqueObject),
  /** Type not documented. */
  participant: optional(Schema.Unknown),
  /** Type not documented. */
  moneyType: optional(Schema.Unknown),
  /** Locked by the team ("confirm" in the guides). */
  confirmed: optional(Schema.Boolean),
  clientConfirmed: optional(Schema.Boolean),
  accepted: optional(OpaqueObject),
  history: optional(Schema.Array(TpaHistoryEntry)),
  createdOn: optional(DateTime),
  lastModified: optional(DateTime),
  /** True while the statement is being classified. */
  classifying: optional(Schema.Boolean)
}).annotations({ identifier: "TpaStatement" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaStatement extends Schema.Schema.Type<typeof TpaStatement> {}

/**
 * A line item of a statement. `plan`/`account`/`statement` are ObjectId references; `planId` is a
 * plain string.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const TpaTransaction = Schema.Struct({
  _id: ObjectId,
  team: optional(ObjectId),
  plan: optional(ObjectId),
  account: optional(ObjectId),
  /** A plain string (not an ObjectId), as on the statement. */
  planId: optional(Schema.String),
  accountNumber: optional(Schema.String),
  /** The statement's `_id`. */
  statement: optional(ObjectId),
  /** Type not documented. */
  row: optional(Schema.Unknown),
  /** Type not documented (probably the id of the user who created it). */
  creator: optional(Schema.Unknown),
  /** Type not documented for transactions; read as a number, as on the statement. */
  planYear: optional(Schema.Number),
  /** The statement page the line item is on. */
  page: optional(Schema.Number),
  date: optional(DateTime),
  description: optional(Schema.String),
  amount: optional(Schema.Number),
  txType: optional(Schema.String),
  txSubType: optional(Schema.String),
  confidence: optional(Schema.Number),
  history: optional(Schema.Array(TpaHistoryEntry))
}).annotations({ identifier: "TpaTransaction" })

/**
 * @since 0.1.0
 * @category Models
 */
export interface TpaTransaction extends Schema.Schema.Type<typeof TpaTransaction> {}
