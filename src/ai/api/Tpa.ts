/**
 * Trust accounting (TPA, stax-api.md §2.4): plans, their accounts, statements attached to
 * documents, and the statements' transactions.
 *
 * Not wrapped: confirming (locking) a statement, whose path the public docs cut off
 * (`POST /tpa/statement/…`), and updating or deleting transactions, which the docs only hint at.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function*() {
 *   const plan = yield* Tpa.createPlan({ planName: "Acme 401(k)", internalPlanId: "ACME-401K" })
 *   const account = yield* Tpa.createAccount({ planId: plan._id, number: "X-1234", provider: "Schwab" })
 *   const statement = yield* Tpa.attachStatement({ docId, planId: "ACME-401K", accountNumber: "X-1234" })
 *   yield* Tpa.createTransaction({ statementId: statement._id, date: new Date(), amount: 250, txType: "deposit" })
 *   const transactions = yield* Tpa.listTransactions({ statementId: statement._id })
 * })
 * ```
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Operation from "../../core/Operation.js"
import * as Service from "../../core/Service.js"
import { DateTime, NonEmptyString, optional } from "../schema/fields.js"
import { ObjectId } from "../schema/ObjectId.js"
import { TpaAccount, TpaPlan, TpaStatement, TpaTransaction } from "../schema/Tpa.js"
import { StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../../core/StaxError.js"

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

// ---------------------------------------------------------------------------------------------
// Endpoints and service
// ---------------------------------------------------------------------------------------------

const PlanPayload = Schema.Struct({ plan: TpaPlan })
const AccountPayload = Schema.Struct({ account: TpaAccount })

/**
 * The operations of this area. Every path can be replaced through `StaxConfig.Options.paths` by the
 * operation's name (e.g. `{ "Tpa.listPlans": "/tpa/plans" }`).
 *
 * @since 0.3.0
 * @category Operations
 */
export const tpaOperations = {
  createPlan: Operation.make({
    name: "Tpa.createPlan",
    method: "POST",
    path: "/tpa/plan/create",
    input: CreatePlanInput,
    output: PlanPayload
  }),
  getPlan: Operation.make({
    name: "Tpa.getPlan",
    method: "GET",
    path: "/tpa/plan/get",
    input: GetPlanInput,
    output: PlanPayload
  }),
  /**
   * Assumption: the response is `{success, plans: TpaPlan[]}` (not shown in the docs). If the real
   * API differs, `StaxConfig.Options.paths["Tpa.listPlans"]` is the one place to change the path.
   */
  listPlans: Operation.make({
    name: "Tpa.listPlans",
    method: "GET",
    path: "/tpa/plan/list",
    input: ListPlansInput,
    output: Schema.Struct({ plans: Schema.Array(TpaPlan) })
  }),
  createAccount: Operation.make({
    name: "Tpa.createAccount",
    method: "POST",
    path: "/tpa/account/create",
    input: CreateAccountInput,
    output: AccountPayload
  }),
  getAccount: Operation.make({
    name: "Tpa.getAccount",
    method: "GET",
    path: "/tpa/account/get",
    input: GetAccountInput,
    output: AccountPayload
  }),
  listAccounts: Operation.make({
    name: "Tpa.listAccounts",
    method: "GET",
    path: "/tpa/account/list",
    input: ListAccountsInput,
    output: Schema.Struct({ accounts: Schema.Array(TpaAccount) })
  }),
  attachStatement: Operation.make({
    name: "Tpa.attachStatement",
    method: "POST",
    path: "/tpa/statement/attach",
    input: AttachStatementInput,
    output: Schema.Struct({ statement: TpaStatement })
  }),
  listStatements: Operation.make({
    name: "Tpa.listStatements",
    method: "GET",
    path: "/tpa/statement/list",
    input: ListStatementsInput,
    output: Schema.Struct({ statements: Schema.Array(TpaStatement) })
  }),
  listTransactions: Operation.make({
    name: "Tpa.listTransactions",
    method: "GET",
    path: "/tpa/transaction/list",
    input: ListTransactionsInput,
    output: Schema.Struct({ transactions: Schema.Array(TpaTransaction) })
  }),
  createTransaction: Operation.make({
    name: "Tpa.createTransaction",
    method: "POST",
    path: "/tpa/transaction/create",
    input: CreateTransactionInput,
    output: Schema.Struct({ transaction: TpaTransaction })
  })
}

/**
 * The endpoints of this area.
 *
 * @deprecated Use `tpaOperations`.
 * @since 0.1.0
 * @category Endpoints
 */
export const tpaEndpoints = tpaOperations

/** The service's methods: one entry per operation. */
const tpaTable = {
  createPlan: Service.call(tpaOperations.createPlan, { result: (r) => r.plan }),
  getPlan: Service.call(tpaOperations.getPlan, { result: (r) => r.plan }),
  listPlans: Service.call(tpaOperations.listPlans, { result: (r) => r.plans, input: "optional" }),
  createAccount: Service.call(tpaOperations.createAccount, { result: (r) => r.account }),
  getAccount: Service.call(tpaOperations.getAccount, { result: (r) => r.account }),
  listAccounts: Service.call(tpaOperations.listAccounts, { result: (r) => r.accounts, input: "optional" }),
  attachStatement: Service.call(tpaOperations.attachStatement, { result: (r) => r.statement }),
  listStatements: Service.call(tpaOperations.listStatements, { result: (r) => r.statements, input: "optional" }),
  listTransactions: Service.call(tpaOperations.listTransactions, { result: (r) => r.transactions }),
  createTransaction: Service.call(tpaOperations.createTransaction, { result: (r) => r.transaction })
}

type Call<In, Out> = (input: In) => Effect.Effect<Out, StaxError | InputError>

/**
 * The trust-accounting operations. A missing resource is an `ApiError` (404, or `success: false` on 200).
 *
 * @since 0.1.0
 * @category Models
 */
export interface TpaService {
  // Plans
  /** Creates a plan (`POST /tpa/plan/create`). */
  readonly createPlan: Call<CreatePlanInput, TpaPlan>
  /** Gets a plan by its `_id` (`GET /tpa/plan/get`). */
  readonly getPlan: Call<GetPlanInput, TpaPlan>
  /**
   * Lists the team's plans (`GET /tpa/plan/list`). Assumption: no parameters, and the response is
   * `{success, plans}`; the docs show neither. The path can be replaced through
   * `StaxConfig.Options.paths["Tpa.listPlans"]`.
   */
  readonly listPlans: (input?: ListPlansInput) => Effect.Effect<ReadonlyArray<TpaPlan>, StaxError | InputError>

  // Accounts
  /** Creates an account of a plan (`POST /tpa/account/create`). */
  readonly createAccount: Call<CreateAccountInput, TpaAccount>
  /** Gets an account by its `_id` (`GET /tpa/account/get`). */
  readonly getAccount: Call<GetAccountInput, TpaAccount>
  /** Lists the accounts of a plan, or all accounts (`GET /tpa/account/list`). */
  readonly listAccounts: (
    input?: ListAccountsInput
  ) => Effect.Effect<ReadonlyArray<TpaAccount>, StaxError | InputError>

  // Statements
  /**
   * Attaches a statement to a document (`POST /tpa/statement/attach`), naming the plan by a string
   * `planId` and the account by its `accountNumber`.
   */
  readonly attachStatement: Call<AttachStatementInput, TpaStatement>
  /** Lists statements, optionally of one plan and/or account (`GET /tpa/statement/list`). */
  readonly listStatements: (
    input?: ListStatementsInput
  ) => Effect.Effect<ReadonlyArray<TpaStatement>, StaxError | InputError>

  // Transactions
  /** Lists a statement's transactions (`GET /tpa/transaction/list`). */
  readonly listTransactions: Call<ListTransactionsInput, ReadonlyArray<TpaTransaction>>
  /** Adds a transaction (line item) to a statement (`POST /tpa/transaction/create`). */
  readonly createTransaction: Call<CreateTransactionInput, TpaTransaction>
}

/**
 * The `Tpa` service. Use it as `yield* Tpa` or through its accessors: `Tpa.createPlan(...)`.
 *
 * @example
 * ```ts
 * const accounts = yield* Tpa.listAccounts({ planId: plan._id })
 * ```
 *
 * @since 0.1.0
 * @category Context
 */
export class Tpa extends Service.Tag("stax-effect/Tpa")<Tpa, TpaService>()(tpaTable) {
  /** Builds the service over the `StaxClient` in context. */
  static readonly make: Effect.Effect<TpaService, never, StaxClient> = Effect.map(StaxClient, Service.methods(tpaTable))

  /** The service as a layer over `StaxClient`. */
  static readonly layer: Layer.Layer<Tpa, never, StaxClient> = Layer.effect(Tpa, Tpa.make)
}
