/**
 * The inputs of the `Tpa` operations (plans, accounts, statements, transactions), as Schemas
 * (checked before sending) and their types.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { DateTime, NonEmptyString, optional } from "../../schema/fields.js"
import { ObjectId } from "../../schema/ObjectId.js"

const intBetween = (min: number, max: number) =>
  Schema.Int.pipe(Schema.between(min, max, { message: () => `must be a whole number from ${min} to ${max}` }))

// ---------------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------------

/**
 * Input of `Tpa.createPlan`. Only `planName` is required. `endMm`/`endDd` (the plan year-end's
 * month and day) are checked to be a month (1–12) and a day (1–31) before sending.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CreatePlanInput = Schema.Struct({
  planName: NonEmptyString,
  planType: optional(Schema.String),
  /** The team's own id for the plan: statements are attached with it (`attachStatement`'s `planId`). */
  internalPlanId: optional(Schema.String),
  /** The plan's id in PensionPro. */
  pensionProId: optional(Schema.Number),
  /** Month of the plan year-end (1–12). */
  endMm: optional(intBetween(1, 12)),
  /** Day of the plan year-end (1–31). */
  endDd: optional(intBetween(1, 31)),
  active: optional(Schema.Boolean),
  directory: optional(Schema.String)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreatePlanInput extends Schema.Schema.Type<typeof CreatePlanInput> {}

/**
 * Input of `Tpa.getPlan`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const GetPlanInput = Schema.Struct({ planId: ObjectId })

/**
 * @since 0.1.0
 * @category Models
 */
export interface GetPlanInput extends Schema.Schema.Type<typeof GetPlanInput> {}

/**
 * Input of `Tpa.listPlans`. Assumption: the docs name `GET /tpa/plan/list` but show neither its
 * parameters nor its response; the SDK sends no parameters.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ListPlansInput = Schema.Struct({}).pipe(
  // An empty struct lets any property through: refuse them here, so nothing unknown is sent.
  Schema.filter((input) => {
    const [name] = Object.keys(input)
    return name === undefined ? undefined : { path: [name], message: "is unexpected" }
  })
)

/**
 * @since 0.1.0
 * @category Models
 */
export type ListPlansInput = Readonly<Record<string, never>>

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

/**
 * Input of `Tpa.createAccount`. `planId` is the plan's `_id` (an ObjectId). `accountType` defaults
 * to `brokerage` on the server.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CreateAccountInput = Schema.Struct({
  planId: ObjectId,
  accountType: optional(Schema.String),
  provider: optional(Schema.String),
  /** The account number: statements are attached with it (`attachStatement`'s `accountNumber`). */
  number: optional(Schema.String),
  payee: optional(Schema.String),
  active: optional(Schema.Boolean),
  internalPlanId: optional(Schema.String),
  pensionProId: optional(Schema.Number)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreateAccountInput extends Schema.Schema.Type<typeof CreateAccountInput> {}

/**
 * Input of `Tpa.getAccount`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const GetAccountInput = Schema.Struct({ accountId: ObjectId })

/**
 * @since 0.1.0
 * @category Models
 */
export interface GetAccountInput extends Schema.Schema.Type<typeof GetAccountInput> {}

/**
 * Input of `Tpa.listAccounts`: the accounts of one plan (`planId`, its `_id`), or all the team's.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ListAccountsInput = Schema.Struct({ planId: optional(ObjectId) })

/**
 * @since 0.1.0
 * @category Models
 */
export interface ListAccountsInput extends Schema.Schema.Type<typeof ListAccountsInput> {}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

/**
 * Input of `Tpa.attachStatement`. Naming trap: `planId` here is a plain **string** (not the plan's
 * ObjectId; probably its `internalPlanId`), and the account is named by its `accountNumber`. Only
 * `docId` is required.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const AttachStatementInput = Schema.Struct({
  docId: ObjectId,
  planId: optional(Schema.String),
  accountNumber: optional(Schema.String)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface AttachStatementInput extends Schema.Schema.Type<typeof AttachStatementInput> {}

/**
 * Input of `Tpa.listStatements`: filter by plan and/or account (their `_id`s), or list all.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ListStatementsInput = Schema.Struct({
  planId: optional(ObjectId),
  accountId: optional(ObjectId)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface ListStatementsInput extends Schema.Schema.Type<typeof ListStatementsInput> {}

// ---------------------------------------------------------------------------------------------
// Transactions
// ---------------------------------------------------------------------------------------------

/**
 * Input of `Tpa.listTransactions`.
 *
 * @since 0.1.0
 * @category Schemas
 */
export const ListTransactionsInput = Schema.Struct({ statementId: ObjectId })

/**
 * @since 0.1.0
 * @category Models
 */
export interface ListTransactionsInput extends Schema.Schema.Type<typeof ListTransactionsInput> {}

/**
 * Input of `Tpa.createTransaction`: a line item of a statement. `date` is a `Date` (sent as an
 * ISO-8601 string; an invalid date is refused before sending), `amount` a finite number, `page` the
 * statement page (a non-negative whole number).
 *
 * @since 0.1.0
 * @category Schemas
 */
export const CreateTransactionInput = Schema.Struct({
  statementId: ObjectId,
  date: optional(DateTime),
  description: optional(Schema.String),
  amount: optional(Schema.Finite),
  txType: optional(Schema.String),
  txSubType: optional(Schema.String),
  page: optional(Schema.NonNegativeInt)
})

/**
 * @since 0.1.0
 * @category Models
 */
export interface CreateTransactionInput extends Schema.Schema.Type<typeof CreateTransactionInput> {}
