/**
 * Trust accounting end to end, against the local stand-in served on 127.0.0.1:
 * create a plan → create its brokerage account → attach a statement document → add a transaction →
 * list the statement's transactions.
 *
 * Run it with `npx tsx examples/trust-accounting.ts`. Against the real API, replace
 * `StaxLocal.layerServer()` with `StaxConfig.layerFromEnv` and upload the statement instead of
 * seeding it.
 *
 * @since 0.1.0
 */
import { FetchHttpClient } from "@effect/platform"
import { Console, Effect, Layer } from "effect"
import { StaxClient, Tpa } from "stax-effect"
import { StaxLocal } from "stax-effect/testing"
import { runMain } from "./runMain.js"

const INTERNAL_PLAN_ID = "ACME-401K"
const ACCOUNT_NUMBER = "SCH-0042-7781"

/**
 * The trust-accounting flow. Needs `Tpa` and a `StaxLocal` stand-in (to seed the statement's
 * document, which a real program would upload).
 *
 * @since 0.1.0
 * @category Examples
 */
export const program = Effect.gen(function*() {
  const plan = yield* Tpa.createPlan({
    planName: "Acme Corp 401(k) Plan",
    planType: "401k",
    internalPlanId: INTERNAL_PLAN_ID,
    endMm: 12,
    endDd: 31
  })
  yield* Console.log(`plan        ${plan._id}  ${plan.planName} (${plan.internalPlanId})`)

  const account = yield* Tpa.createAccount({
    planId: plan._id,
    provider: "Charles Schwab",
    number: ACCOUNT_NUMBER,
    payee: "Acme Corp 401(k) Trust"
  })
  yield* Console.log(`account     ${account._id}  ${account.accountType} #${account.number} at ${account.provider}`)

  // The statement PDF, as if uploaded and processed (a real program calls the upload endpoint).
  const local = yield* StaxLocal
  const docId = local.model.nextId()
  local.model.documents.set(docId, {
    _id: docId,
    team: local.model.team.id,
    name: "schwab-2024-12.pdf",
    originalName: "schwab-2024-12.pdf",
    format: "application/pdf",
    pages: ["page-1", "page-2", "page-3"],
    receivedOn: local.model.now(),
    lastModified: local.model.now()
  })

  // Naming trap: here `planId` is the plan's string id, not its ObjectId.
  const statement = yield* Tpa.attachStatement({ docId, planId: INTERNAL_PLAN_ID, accountNumber: ACCOUNT_NUMBER })
  yield* Console.log(
    `statement   ${statement._id}  document ${statement.document}, ${statement.pageCount} pages, ` +
      `plan ${statement.plan ?? "?"}, account ${statement.account ?? "?"}`
  )

  const transaction = yield* Tpa.createTransaction({
    statementId: statement._id,
    date: new Date("2024-12-15T00:00:00.000Z"),
    description: "Employer contribution",
    amount: 12500.5,
    txType: "deposits",
    txSubType: "employer",
    page: 2
  })
  yield* Console.log(`transaction ${transaction._id}  ${transaction.description}: ${transaction.amount}`)

  const transactions = yield* Tpa.listTransactions({ statementId: statement._id })
  for (const tx of transactions) {
    yield* Console.log(`  ${tx.date?.toISOString().slice(0, 10)}  ${tx.txType}/${tx.txSubType}  ${tx.amount}`)
  }
  return { plan, account, statement, transaction, transactions }
})

/**
 * `Tpa` over the stand-in served on 127.0.0.1, called through real HTTP (`fetch`).
 *
 * @since 0.1.0
 * @category Examples
 */
export const MainLayer = Tpa.layer.pipe(
  Layer.provideMerge(StaxClient.layer),
  Layer.provideMerge(StaxLocal.layerServer()),
  Layer.provide(FetchHttpClient.layer)
)

runMain(import.meta, program.pipe(Effect.provide(MainLayer)))
