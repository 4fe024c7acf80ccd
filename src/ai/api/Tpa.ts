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
import { TpaAccount, TpaPlan, TpaStatement, TpaTransaction } from "../schema/Tpa.js"
import { StaxClient } from "../StaxClient.js"
import type { InputError, StaxError } from "../../core/StaxError.js"
import {
  AttachStatementInput,
  CreateAccountInput,
  CreatePlanInput,
  CreateTransactionInput,
  GetAccountInput,
  GetPlanInput,
  ListAccountsInput,
  ListPlansInput,
  ListStatementsInput,
  ListTransactionsInput
} from "./tpa/inputs.js"

export * from "./tpa/inputs.js"

// ---------------------------------------------------------------------------------------------
// Endpoints and service
// ---------------------------------------------------------------------------------------------

const PlanPayload = Schema.Struct({ plan: TpaPlan })
const AccountPayload = Schema.Struct({ account: TpaAccount })

/**
 * The operations of this area. Every path can be replaced through `StaxConfig.Options.paths` by the
 * operation's name (e.g. `{ "Tpa.listPlans": "/tpa/plans" }`).
 *
 * @since 0.2.0
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
