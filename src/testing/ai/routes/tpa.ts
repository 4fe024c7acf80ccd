/**
 * The stand-in's trust-accounting (TPA) routes (stax-api.md §2.4).
 *
 * TPA state (plans, accounts, statements, transactions) lives beside the `Model`, in a
 * `WeakMap<Model, TpaState>`: `tpaState(model)` gives tests access to it.
 *
 * What the stand-in decides where the docs are silent (its choices, not documented API behaviour):
 * - `GET /tpa/plan/list` takes no parameters and answers `{plans}`;
 * - creating an account needs an existing plan (`planId`), else "Plan not found";
 * - `POST /tpa/statement/attach` needs the document (`docId`) to exist, else "Document not found".
 *   It links the statement to a plan and account on a best-effort basis: the plan whose
 *   `internalPlanId` equals the string `planId`, and the account whose `number` equals
 *   `accountNumber` (of that plan, when one was found; the account's plan otherwise). What cannot
 *   be found is left out. A document has at most one statement: attaching again re-links it;
 * - listing and creating transactions need an existing statement, else "Statement not found";
 * - the statement confirm (lock) route is not served: its path is not documented.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { Json, Model } from "../Model.js"
import { badRequest, notFound, requireId, type Route, type RouteFailure } from "../Router.js"

/**
 * The stand-in's TPA collections, by `_id`.
 *
 * @since 0.1.0
 * @category Models
 */
export interface TpaState {
  readonly plans: Map<string, Json>
  readonly accounts: Map<string, Json>
  readonly statements: Map<string, Json>
  readonly transactions: Map<string, Json>
}

const states = new WeakMap<Model, TpaState>()

/**
 * The TPA state of a stand-in model (created empty on first use).
 *
 * @example
 * ```ts
 * const local = yield* StaxLocal
 * const plans = [...tpaState(local.model).plans.values()]
 * ```
 *
 * @since 0.1.0
 * @category State
 */
export const tpaState = (model: Model): TpaState => {
  let state = states.get(model)
  if (state === undefined) {
    state = { plans: new Map(), accounts: new Map(), statements: new Map(), transactions: new Map() }
    states.set(model, state)
  }
  return state
}

type FieldType = "string" | "number" | "boolean"

/** Copies the optional `fields` present in `body`, failing when one has the wrong JSON type. */
const pick = (body: Json, fields: Readonly<Record<string, FieldType>>): Effect.Effect<Json, RouteFailure> =>
  Effect.gen(function*() {
    const out: Json = {}
    for (const [name, type] of Object.entries(fields)) {
      const value = body[name]
      if (value === undefined || value === null) continue
      if (typeof value !== type || (type === "number" && !Number.isFinite(value))) {
        return yield* badRequest(`${name} must be a ${type}`)
      }
      out[name] = value
    }
    return out
  })

/** Reads an optional ObjectId query parameter. */
const optionalId = (query: URLSearchParams, name: string): Effect.Effect<string | undefined, RouteFailure> => {
  const value = query.get(name)
  return value === null || value === "" ? Effect.succeed(undefined) : requireId(value, name)
}

const find = <A>(values: Iterable<A>, predicate: (a: A) => boolean): A | undefined => {
  for (const value of values) if (predicate(value)) return value
  return undefined
}

const getOr404 = (map: Map<string, Json>, id: string, what: string): Effect.Effect<Json, RouteFailure> => {
  const found = map.get(id)
  return found === undefined ? Effect.fail(notFound(`${what} not found`)) : Effect.succeed(found)
}

/**
 * @since 0.1.0
 * @category Routes
 */
export const tpaRoutes: ReadonlyArray<Route> = [
  // -- Plans ---------------------------------------------------------------------------------
  {
    method: "POST",
    path: "/tpa/plan/create",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const planName = body["planName"]
        if (typeof planName !== "string" || planName.trim() === "") return yield* badRequest("planName is required")
        const fields = yield* pick(body, {
          planType: "string",
          internalPlanId: "string",
          pensionProId: "number",
          endMm: "number",
          endDd: "number",
          active: "boolean",
          directory: "string"
        })
        const plan: Json = {
          _id: model.nextId(),
          team: model.team.id,
          active: true,
          ppLock: false,
          search: [],
          notes: [],
          assignees: [],
          status: {},
          ...fields,
          planName,
          lastModified: model.now()
        }
        tpaState(model).plans.set(plan["_id"] as string, plan)
        return { plan }
      })
  },
  {
    method: "GET",
    path: "/tpa/plan/get",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const planId = yield* requireId(query.get("planId"), "planId")
        return { plan: yield* getOr404(tpaState(model).plans, planId, "Plan") }
      })
  },
  {
    method: "GET",
    path: "/tpa/plan/list",
    write: false,
    handler: ({ model }) => Effect.succeed({ plans: [...tpaState(model).plans.values()] })
  },

  // -- Accounts ------------------------------------------------------------------------------
  {
    method: "POST",
    path: "/tpa/account/create",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const planId = yield* requireId(body["planId"], "planId")
        const state = tpaState(model)
        yield* getOr404(state.plans, planId, "Plan")
        const fields = yield* pick(body, {
          accountType: "string",
          provider: "string",
          number: "string",
          payee: "string",
          active: "boolean",
          internalPlanId: "string",
          pensionProId: "number"
        })
        const account: Json = {
          _id: model.nextId(),
          team: model.team.id,
          accountType: "brokerage",
          active: true,
          ppLock: false,
          notes: [],
          status: {},
          viewed: {},
          ...fields,
          planId,
          lastModified: model.now()
        }
        state.accounts.set(account["_id"] as string, account)
        return { account }
      })
  },
  {
    method: "GET",
    path: "/tpa/account/get",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const accountId = yield* requireId(query.get("accountId"), "accountId")
        return { account: yield* getOr404(tpaState(model).accounts, accountId, "Account") }
      })
  },
  {
    method: "GET",
    path: "/tpa/account/list",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const planId = yield* optionalId(query, "planId")
        const accounts = [...tpaState(model).accounts.values()].filter((a) =>
          planId === undefined || a["planId"] === planId
        )
        return { accounts }
      })
  },

  // -- Statements ----------------------------------------------------------------------------
  {
    method: "POST",
    path: "/tpa/statement/attach",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const docId = yield* requireId(body["docId"], "docId")
        const fields = yield* pick(body, { planId: "string", accountNumber: "string" })
        const doc = model.documents.get(docId)
        if (doc === undefined) return yield* notFound("Document not found")
        const state = tpaState(model)
        const planId = fields["planId"] as string | undefined
        const accountNumber = fields["accountNumber"] as string | undefined

        // Best effort: the plan by its internal id, the account by its number (within that plan).
        const planFound = planId === undefined
          ? undefined
          : find(state.plans.values(), (p) => p["internalPlanId"] === planId)
        const account = accountNumber === undefined
          ? undefined
          : find(state.accounts.values(), (a) =>
            a["number"] === accountNumber && (planFound === undefined || a["planId"] === planFound["_id"]))
        const plan = planFound ?? (account === undefined ? undefined : state.plans.get(account["planId"] as string))
        const links: Json = {
          ...(plan === undefined ? {} : { plan: plan["_id"] }),
          ...(account === undefined ? {} : { account: account["_id"] }),
          ...fields
        }

        const existing = find(state.statements.values(), (s) => s["document"] === docId)
        const pages = doc["pages"]
        const statement: Json = existing === undefined
          ? {
            _id: model.nextId(),
            team: model.team.id,
            document: docId,
            pageCount: Array.isArray(pages) ? pages.length : 0,
            duplicates: [],
            months: [],
            errors: [],
            confidence: {},
            ref: {},
            accepted: {},
            confirmed: false,
            clientConfirmed: false,
            classifying: false,
            history: [],
            createdOn: model.now(),
            ...links,
            lastModified: model.now()
          }
          : { ...withoutLinks(existing), ...links, lastModified: model.now() }
        state.statements.set(statement["_id"] as string, statement)
        return { statement }
      })
  },
  {
    method: "GET",
    path: "/tpa/statement/list",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const planId = yield* optionalId(query, "planId")
        const accountId = yield* optionalId(query, "accountId")
        const statements = [...tpaState(model).statements.values()].filter((s) =>
          (planId === undefined || s["plan"] === planId) && (accountId === undefined || s["account"] === accountId)
        )
        return { statements }
      })
  },

  // -- Transactions --------------------------------------------------------------------------
  {
    method: "GET",
    path: "/tpa/transaction/list",
    write: false,
    handler: ({ model, query }) =>
      Effect.gen(function*() {
        const statementId = yield* requireId(query.get("statementId"), "statementId")
        const state = tpaState(model)
        yield* getOr404(state.statements, statementId, "Statement")
        const transactions = [...state.transactions.values()].filter((t) => t["statement"] === statementId)
        return { transactions }
      })
  },
  {
    method: "POST",
    path: "/tpa/transaction/create",
    write: true,
    handler: ({ json, model }) =>
      Effect.gen(function*() {
        const body = yield* json
        const statementId = yield* requireId(body["statementId"], "statementId")
        const state = tpaState(model)
        const statement = yield* getOr404(state.statements, statementId, "Statement")
        const fields = yield* pick(body, {
          date: "string",
          description: "string",
          amount: "number",
          txType: "string",
          txSubType: "string",
          page: "number"
        })
        if (typeof fields["date"] === "string") {
          const time = Date.parse(fields["date"])
          if (Number.isNaN(time)) return yield* badRequest("date must be a date-time")
          fields["date"] = new Date(time).toISOString()
        }
        const inherited: Json = {}
        for (const key of ["plan", "account", "planId", "accountNumber", "planYear"]) {
          if (statement[key] !== undefined) inherited[key] = statement[key]
        }
        const transaction: Json = {
          _id: model.nextId(),
          team: model.team.id,
          ...inherited,
          statement: statementId,
          history: [],
          ...fields
        }
        state.transactions.set(transaction["_id"] as string, transaction)
        return { transaction }
      })
  }
]

/** A statement without its plan/account links, so re-attaching replaces them. */
const withoutLinks = (statement: Json): Json => {
  const { account: _account, accountNumber: _accountNumber, plan: _plan, planId: _planId, ...rest } = statement
  return rest
}
