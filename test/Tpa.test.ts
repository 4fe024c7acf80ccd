import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Fault, type Json, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"
import { program } from "../examples/trust-accounting.js"
import { Tpa } from "../src/ai/api/Tpa.js"
import { StaxClient } from "../src/ai/StaxClient.js"
import { StaxConfig } from "../src/ai/StaxConfig.js"
import type { InputError, StaxError } from "../src/core/StaxError.js"
import { tpaState } from "../src/testing/ai/routes/tpa.js"

const layer = (options: StaxLocalOptions = {}) =>
  Tpa.layer.pipe(Layer.provideMerge(StaxClient.layer), Layer.provideMerge(StaxLocal.layer(options)))

/** Runs `effect` with a `Tpa` whose API key the stand-in does not know (same stand-in, same transport). */
const withWrongKey = <A, E>(effect: Effect.Effect<A, E, Tpa>) =>
  Effect.gen(function*() {
    const local = yield* StaxLocal
    const wrong = Tpa.layer.pipe(
      Layer.provide(StaxClient.layer),
      Layer.provide(StaxConfig.layer({ email: local.email, apiKey: "wrong0000000000000000000key", baseUrl: local.baseUrl }))
    )
    return yield* Effect.provide(effect, wrong)
  })

/** Puts a processed statement document into the stand-in, as an upload would. */
const seedDocument = (pages = 2) =>
  Effect.map(StaxLocal, (local) => {
    const docId = local.model.nextId()
    local.model.documents.set(docId, {
      _id: docId,
      team: local.model.team.id,
      name: "statement.pdf",
      pages: Array.from({ length: pages }, (_, i) => `page-${i + 1}`)
    })
    return docId
  })

/** A plan with one account and a statement attached to a document. */
const setup = Effect.gen(function*() {
  const plan = yield* Tpa.createPlan({ planName: "Acme 401(k)", internalPlanId: "ACME-1" })
  const account = yield* Tpa.createAccount({ planId: plan._id, number: "ACC-1", provider: "Schwab" })
  const docId = yield* seedDocument(3)
  const statement = yield* Tpa.attachStatement({ docId, planId: "ACME-1", accountNumber: "ACC-1" })
  return { plan, account, docId, statement }
})

type Ids = Effect.Effect.Success<typeof setup>
type AnyCall = Effect.Effect<unknown, StaxError | InputError, Tpa>

const UNKNOWN_ID = "0123456789abcdef01234567"

/** Per endpoint: a valid call (given existing resources) and the route it hits. */
const calls: ReadonlyArray<{ readonly name: string; readonly route: string; readonly call: (ids: Ids) => AnyCall }> = [
  { name: "createPlan", route: "POST /tpa/plan/create", call: () => Tpa.createPlan({ planName: "P" }) },
  { name: "getPlan", route: "GET /tpa/plan/get", call: (ids) => Tpa.getPlan({ planId: ids.plan._id }) },
  { name: "listPlans", route: "GET /tpa/plan/list", call: () => Tpa.listPlans() },
  {
    name: "createAccount",
    route: "POST /tpa/account/create",
    call: (ids) => Tpa.createAccount({ planId: ids.plan._id })
  },
  { name: "getAccount", route: "GET /tpa/account/get", call: (ids) => Tpa.getAccount({ accountId: ids.account._id }) },
  { name: "listAccounts", route: "GET /tpa/account/list", call: (ids) => Tpa.listAccounts({ planId: ids.plan._id }) },
  {
    name: "attachStatement",
    route: "POST /tpa/statement/attach",
    call: (ids) => Tpa.attachStatement({ docId: ids.docId, planId: "ACME-1" })
  },
  { name: "listStatements", route: "GET /tpa/statement/list", call: (ids) => Tpa.listStatements({ planId: ids.plan._id }) },
  {
    name: "listTransactions",
    route: "GET /tpa/transaction/list",
    call: (ids) => Tpa.listTransactions({ statementId: ids.statement._id })
  },
  {
    name: "createTransaction",
    route: "POST /tpa/transaction/create",
    call: (ids) => Tpa.createTransaction({ statementId: ids.statement._id, amount: 1 })
  }
]

/** Per endpoint: an input the SDK refuses before sending, and the field it names. */
const badInputs: ReadonlyArray<{ readonly name: string; readonly field: string; readonly call: AnyCall }> = [
  { name: "createPlan (empty planName)", field: "planName", call: Tpa.createPlan({ planName: "" }) },
  { name: "createPlan (endMm 13)", field: "endMm", call: Tpa.createPlan({ planName: "P", endMm: 13 }) },
  { name: "getPlan", field: "planId", call: Tpa.getPlan({ planId: "plan-1" }) },
  { name: "listPlans (unknown parameter)", field: "active", call: Tpa.listPlans({ active: true } as any) },
  { name: "createAccount", field: "planId", call: Tpa.createAccount({ planId: "ACME-1" }) },
  { name: "getAccount", field: "accountId", call: Tpa.getAccount({ accountId: "" }) },
  { name: "listAccounts", field: "planId", call: Tpa.listAccounts({ planId: "xyz" }) },
  { name: "attachStatement (docId)", field: "docId", call: Tpa.attachStatement({ docId: "doc" }) },
  {
    name: "attachStatement (planId must be a string)",
    field: "planId",
    call: Tpa.attachStatement({ docId: UNKNOWN_ID, planId: 42 as any })
  },
  { name: "listStatements", field: "accountId", call: Tpa.listStatements({ accountId: "nope" }) },
  { name: "listTransactions", field: "statementId", call: Tpa.listTransactions({} as any) },
  {
    name: "createTransaction (invalid date)",
    field: "date",
    call: Tpa.createTransaction({ statementId: UNKNOWN_ID, date: new Date("not a date") })
  },
  {
    name: "createTransaction (NaN amount)",
    field: "amount",
    call: Tpa.createTransaction({ statementId: UNKNOWN_ID, amount: Number.NaN })
  },
  {
    name: "createTransaction (fractional page)",
    field: "page",
    call: Tpa.createTransaction({ statementId: UNKNOWN_ID, page: 1.5 })
  }
]

/** Per endpoint that names a resource: a call naming one that does not exist. */
const missing: ReadonlyArray<{ readonly name: string; readonly message: string; readonly call: AnyCall }> = [
  { name: "getPlan", message: "Plan not found", call: Tpa.getPlan({ planId: UNKNOWN_ID }) },
  { name: "createAccount", message: "Plan not found", call: Tpa.createAccount({ planId: UNKNOWN_ID }) },
  { name: "getAccount", message: "Account not found", call: Tpa.getAccount({ accountId: UNKNOWN_ID }) },
  { name: "attachStatement", message: "Document not found", call: Tpa.attachStatement({ docId: UNKNOWN_ID }) },
  {
    name: "listTransactions",
    message: "Statement not found",
    call: Tpa.listTransactions({ statementId: UNKNOWN_ID })
  },
  {
    name: "createTransaction",
    message: "Statement not found",
    call: Tpa.createTransaction({ statementId: UNKNOWN_ID, amount: 5 })
  }
]

describe("Tpa", () => {
  describe("plans", () => {
    it.effect("createPlan sends the plan and returns it as stored", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const plan = yield* Tpa.createPlan({
          planName: "Acme 401(k)",
          planType: "401k",
          internalPlanId: "ACME-1",
          pensionProId: 987,
          endMm: 6,
          endDd: 30,
          active: false,
          directory: "/plans/acme"
        })
        expect(plan).toMatchObject({
          planName: "Acme 401(k)",
          planType: "401k",
          internalPlanId: "ACME-1",
          pensionProId: 987,
          endMm: 6,
          endDd: 30,
          active: false,
          directory: "/plans/acme",
          team: local.model.team.id
        })
        assert.instanceOf(plan.lastModified, Date)
        expect(tpaState(local.model).plans.get(plan._id)?.["planName"]).toBe("Acme 401(k)")
        expect(local.model.appliedCount("POST /tpa/plan/create")).toBe(1)
      }).pipe(Effect.provide(layer())))

    it.effect("getPlan returns the plan with that id", () =>
      Effect.gen(function*() {
        const a = yield* Tpa.createPlan({ planName: "A" })
        const b = yield* Tpa.createPlan({ planName: "B" })
        expect((yield* Tpa.getPlan({ planId: b._id })).planName).toBe("B")
        expect((yield* Tpa.getPlan({ planId: a._id })).planName).toBe("A")
      }).pipe(Effect.provide(layer())))

    it.effect("listPlans sends no parameters and returns every plan", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        expect(yield* Tpa.listPlans()).toEqual([])
        const a = yield* Tpa.createPlan({ planName: "A" })
        const b = yield* Tpa.createPlan({ planName: "B" })
        const plans = yield* Tpa.listPlans()
        expect(plans.map((p) => p._id)).toEqual([a._id, b._id])
        const last = local.model.requests[local.model.requests.length - 1]
        expect(last?.route).toBe("GET /tpa/plan/list")
        expect(last?.query).toEqual({})
      }).pipe(Effect.provide(layer())))

    it.effect("the listPlans path (an assumption) can be replaced through StaxConfig paths", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const error = yield* Effect.flip(Tpa.listPlans())
        expect(local.model.requests.map((r) => r.route)).toEqual(["GET /tpa/plans"])
        assert(error._tag === "ApiError")
      }).pipe(Effect.provide(layer({ client: { paths: { "Tpa.listPlans": "/tpa/plans" } } }))))
  })

  describe("accounts", () => {
    it.effect("createAccount links the account to the plan; accountType defaults to brokerage", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const plan = yield* Tpa.createPlan({ planName: "Acme" })
        const plain = yield* Tpa.createAccount({ planId: plan._id, number: "ACC-1", provider: "Schwab", payee: "Trust" })
        expect(plain).toMatchObject({ planId: plan._id, accountType: "brokerage", number: "ACC-1", provider: "Schwab" })
        const checking = yield* Tpa.createAccount({ planId: plan._id, accountType: "checking", pensionProId: 5 })
        expect(checking).toMatchObject({ accountType: "checking", pensionProId: 5 })
        expect(checking._id).not.toBe(plain._id)
        expect(local.model.appliedCount("POST /tpa/account/create")).toBe(2)
      }).pipe(Effect.provide(layer())))

    it.effect("getAccount returns the account with that id", () =>
      Effect.gen(function*() {
        const plan = yield* Tpa.createPlan({ planName: "Acme" })
        const a = yield* Tpa.createAccount({ planId: plan._id, number: "A" })
        const b = yield* Tpa.createAccount({ planId: plan._id, number: "B" })
        expect((yield* Tpa.getAccount({ accountId: a._id })).number).toBe("A")
        expect((yield* Tpa.getAccount({ accountId: b._id })).number).toBe("B")
      }).pipe(Effect.provide(layer())))

    it.effect("listAccounts lists one plan's accounts, or all of them", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const p1 = yield* Tpa.createPlan({ planName: "One" })
        const p2 = yield* Tpa.createPlan({ planName: "Two" })
        const a = yield* Tpa.createAccount({ planId: p1._id, number: "A" })
        const b = yield* Tpa.createAccount({ planId: p2._id, number: "B" })
        const c = yield* Tpa.createAccount({ planId: p1._id, number: "C" })
        expect((yield* Tpa.listAccounts({ planId: p1._id })).map((x) => x._id)).toEqual([a._id, c._id])
        expect(local.model.requests[local.model.requests.length - 1]?.query).toEqual({ planId: p1._id })
        expect((yield* Tpa.listAccounts({ planId: p2._id })).map((x) => x._id)).toEqual([b._id])
        expect((yield* Tpa.listAccounts()).map((x) => x._id)).toEqual([a._id, b._id, c._id])
      }).pipe(Effect.provide(layer())))
  })

  describe("statements", () => {
    it.effect("attachStatement links the document to the plan (by its string planId) and account (by number)", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const { account, docId, plan, statement } = yield* setup
        expect(statement).toMatchObject({
          document: docId,
          plan: plan._id,
          account: account._id,
          planId: "ACME-1",
          accountNumber: "ACC-1",
          pageCount: 3,
          confirmed: false
        })
        expect(local.model.appliedCount("POST /tpa/statement/attach")).toBe(1)
        expect(tpaState(local.model).statements.size).toBe(1)
      }).pipe(Effect.provide(layer())))

    it.effect("attachStatement keeps a planId that names no plan, without links", () =>
      Effect.gen(function*() {
        const docId = yield* seedDocument()
        const statement = yield* Tpa.attachStatement({ docId, planId: "UNKNOWN-PLAN", accountNumber: "000" })
        expect(statement.planId).toBe("UNKNOWN-PLAN")
        expect(statement.accountNumber).toBe("000")
        expect(statement.plan).toBeUndefined()
        expect(statement.account).toBeUndefined()
      }).pipe(Effect.provide(layer())))

    it.effect("attaching a document again re-links its one statement", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const { docId, statement } = yield* setup
        const other = yield* Tpa.createPlan({ planName: "Other", internalPlanId: "OTHER-1" })
        const again = yield* Tpa.attachStatement({ docId, planId: "OTHER-1" })
        expect(again._id).toBe(statement._id)
        expect(again.plan).toBe(other._id)
        expect(again.account).toBeUndefined()
        expect(tpaState(local.model).statements.size).toBe(1)
      }).pipe(Effect.provide(layer())))

    it.effect("listStatements filters by plan and by account", () =>
      Effect.gen(function*() {
        const { account, plan, statement } = yield* setup
        const other = yield* Tpa.createPlan({ planName: "Other", internalPlanId: "OTHER-1" })
        const otherAccount = yield* Tpa.createAccount({ planId: other._id, number: "ACC-9" })
        const docId = yield* seedDocument()
        const second = yield* Tpa.attachStatement({ docId, planId: "OTHER-1", accountNumber: "ACC-9" })
        expect((yield* Tpa.listStatements({ planId: plan._id })).map((s) => s._id)).toEqual([statement._id])
        expect((yield* Tpa.listStatements({ accountId: otherAccount._id })).map((s) => s._id)).toEqual([second._id])
        expect(yield* Tpa.listStatements({ planId: plan._id, accountId: otherAccount._id })).toEqual([])
        expect((yield* Tpa.listStatements({ planId: plan._id, accountId: account._id })).length).toBe(1)
        expect((yield* Tpa.listStatements()).length).toBe(2)
      }).pipe(Effect.provide(layer())))
  })

  describe("transactions", () => {
    it.effect("createTransaction sends the date as ISO-8601 and returns the line item", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const { account, plan, statement } = yield* setup
        const date = new Date("2024-03-31T00:00:00.000Z")
        const tx = yield* Tpa.createTransaction({
          statementId: statement._id,
          date,
          description: "Dividend",
          amount: -12.34,
          txType: "income",
          txSubType: "dividend",
          page: 2
        })
        expect(tx).toMatchObject({
          statement: statement._id,
          plan: plan._id,
          account: account._id,
          planId: "ACME-1",
          description: "Dividend",
          amount: -12.34,
          txType: "income",
          txSubType: "dividend",
          page: 2
        })
        expect(tx.date?.getTime()).toBe(date.getTime())
        expect(tpaState(local.model).transactions.get(tx._id)?.["date"]).toBe("2024-03-31T00:00:00.000Z")
        expect(local.model.appliedCount("POST /tpa/transaction/create")).toBe(1)
      }).pipe(Effect.provide(layer())))

    it.effect("listTransactions returns only the statement's transactions", () =>
      Effect.gen(function*() {
        const { statement } = yield* setup
        const docId = yield* seedDocument()
        const other = yield* Tpa.attachStatement({ docId })
        const a = yield* Tpa.createTransaction({ statementId: statement._id, amount: 1 })
        yield* Tpa.createTransaction({ statementId: other._id, amount: 2 })
        const b = yield* Tpa.createTransaction({ statementId: statement._id, amount: 3 })
        const listed = yield* Tpa.listTransactions({ statementId: statement._id })
        expect(listed.map((t) => [t._id, t.amount])).toEqual([[a._id, 1], [b._id, 3]])
        expect((yield* Tpa.listTransactions({ statementId: other._id })).map((t) => t.amount)).toEqual([2])
      }).pipe(Effect.provide(layer())))
  })

  describe("credentials refused", () => {
    for (const { call, name, route } of calls) {
      it.effect(`${name}: AuthError, nothing applied (always-200)`, () =>
        Effect.gen(function*() {
          const local = yield* StaxLocal
          const ids = yield* setup
          const before = local.model.requests.length
          const applied = local.model.appliedCount(route)
          const error = yield* Effect.flip(withWrongKey(call(ids)))
          assert(error._tag === "AuthError")
          expect(error.status).toBe(200)
          expect(local.model.requests.slice(before).map((r) => [r.route, r.authenticated])).toEqual([[route, false]])
          expect(local.model.appliedCount(route)).toBe(applied)
        }).pipe(Effect.provide(layer())))
    }

    it.effect("AuthError with 401 when the stand-in reports failures by HTTP status", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        local.settings.failureStatus = "http"
        const error = yield* Effect.flip(withWrongKey(Tpa.createPlan({ planName: "P" })))
        assert(error._tag === "AuthError")
        expect(error.status).toBe(401)
        expect(error.message).not.toContain("wrong0000")
      }).pipe(Effect.provide(layer())))
  })

  describe("bad input is refused before sending", () => {
    for (const { call, field, name } of badInputs) {
      it.effect(`${name}: InputError naming ${field}`, () =>
        Effect.gen(function*() {
          const local = yield* StaxLocal
          const before = local.model.requests.length
          const error = yield* Effect.flip(call)
          assert(error._tag === "InputError")
          expect(error.field).toBe(field)
          expect(local.model.requests.length).toBe(before)
        }).pipe(Effect.provide(layer())))
    }
  })

  describe("missing resources", () => {
    for (const { call, message, name } of missing) {
      it.effect(`${name}: ApiError on 200 (always-200) and on 404 (http)`, () =>
        Effect.gen(function*() {
          const local = yield* StaxLocal
          const legacy = yield* Effect.flip(call)
          assert(legacy._tag === "ApiError")
          expect(legacy.status).toBe(200)
          expect(legacy.message).toBe(message)
          local.settings.failureStatus = "http"
          const http = yield* Effect.flip(call)
          assert(http._tag === "ApiError")
          expect(http.status).toBe(404)
          expect(http.message).toBe(message)
          expect([...local.model.applied.values()].reduce((a, b) => a + b, 0)).toBe(0)
        }).pipe(Effect.provide(layer())))
    }

    // Endpoints that name no single resource: a refusal injected by the stand-in.
    for (const { call, name, route } of calls.filter((c) => ["createPlan", "listPlans", "listAccounts", "listStatements"].includes(c.name))) {
      it.effect(`${name}: a refusal is an ApiError carrying the status and message`, () =>
        Effect.gen(function*() {
          const local = yield* StaxLocal
          const ids = yield* setup
          local.faults.add(Fault.status(route, 400))
          const error = yield* Effect.flip(call(ids))
          assert(error._tag === "ApiError")
          expect(error.status).toBe(400)
          expect(error.message).toContain("Injected failure")
        }).pipe(Effect.provide(layer())))
    }
  })

  describe("decoding", () => {
    const mutate = (map: (model: ReturnType<typeof tpaState>) => Map<string, Json>, id: string, patch: Json) =>
      Effect.map(StaxLocal, (local) => {
        const collection = map(tpaState(local.model))
        collection.set(id, { ...collection.get(id), ...patch })
      })

    it.effect("keeps unknown extra fields", () =>
      Effect.gen(function*() {
        const { plan, statement } = yield* setup
        yield* mutate((s) => s.plans, plan._id, { riskScore: 7, custodian: { name: "Schwab" } })
        yield* mutate((s) => s.statements, statement._id, { parsedBy: "bot-3" })
        const got = yield* Tpa.getPlan({ planId: plan._id })
        expect(got).toMatchObject({ riskScore: 7, custodian: { name: "Schwab" } })
        const [listed] = yield* Tpa.listStatements()
        expect(listed).toMatchObject({ parsedBy: "bot-3" })
      }).pipe(Effect.provide(layer())))

    it.effect("null optional fields decode as absent", () =>
      Effect.gen(function*() {
        const { account } = yield* setup
        yield* mutate((s) => s.accounts, account._id, { payee: null, lastModified: null })
        const got = yield* Tpa.getAccount({ accountId: account._id })
        expect("payee" in got).toBe(false)
        expect(got.lastModified).toBeUndefined()
      }).pipe(Effect.provide(layer())))

    it.effect("a documented field with the wrong type is a DecodeError naming it", () =>
      Effect.gen(function*() {
        const { account, plan, statement } = yield* setup
        yield* mutate((s) => s.plans, plan._id, { endMm: "twelve" })
        const e1 = yield* Effect.flip(Tpa.getPlan({ planId: plan._id }))
        assert(e1._tag === "DecodeError")
        expect(e1.path).toBe("plan.endMm")

        yield* mutate((s) => s.accounts, account._id, { planId: "not-an-object-id" })
        const e2 = yield* Effect.flip(Tpa.listAccounts())
        assert(e2._tag === "DecodeError")
        expect(e2.path).toBe("accounts.0.planId")

        const tx = yield* Tpa.createTransaction({ statementId: statement._id, amount: 1 })
        yield* mutate((s) => s.statements, statement._id, { planId: 42 })
        const e3 = yield* Effect.flip(Tpa.listStatements())
        assert(e3._tag === "DecodeError")
        expect(e3.path).toBe("statements.0.planId")

        yield* mutate((s) => s.transactions, tx._id, { date: "yesterday-ish" })
        const e4 = yield* Effect.flip(Tpa.listTransactions({ statementId: statement._id }))
        assert(e4._tag === "DecodeError")
        expect(e4.path).toBe("transactions.0.date")
      }).pipe(Effect.provide(layer())))
  })

  describe("example", () => {
    it.effect("examples/trust-accounting.ts runs the whole flow against the stand-in", () =>
      Effect.gen(function*() {
        const local = yield* StaxLocal
        const result = yield* program
        expect(result.account.planId).toBe(result.plan._id)
        expect(result.statement.plan).toBe(result.plan._id)
        expect(result.statement.account).toBe(result.account._id)
        expect(result.transactions.map((t) => t._id)).toEqual([result.transaction._id])
        expect(result.transactions[0]?.statement).toBe(result.statement._id)
        expect(result.transactions[0]?.amount).toBe(result.transaction.amount)
        for (const route of ["plan/create", "account/create", "statement/attach", "transaction/create"]) {
          expect(local.model.appliedCount(`POST /tpa/${route}`)).toBe(1)
        }
      }).pipe(Effect.provide(layer())))
  })
})
