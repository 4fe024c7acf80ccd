import { HttpClientRequest } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Either, Redacted } from "effect"
import { interpret } from "../../src/cloud/Answer.js"
import { signRequest } from "../../src/cloud/auth/SigV4.js"
import * as OperationEncoder from "../../src/core/OperationEncoder.js"
import { ReadAccounts, ReadAccountsOutput } from "../../src/cloud/schema/Account.js"
import { AccountsModel, readAccounts, SEED_ACCOUNT_TYPES, seedAccounts } from "../../src/testing/cloud/accounts.js"
import { verify } from "../../src/testing/cloud/SigV4Verifier.js"

const BASE = "http://127.0.0.1:4010"
type Body = { Accounts: Array<Record<string, unknown>>; Paging?: Record<string, unknown>; Error?: string; Cause?: string; message?: string }

const get = (query: string, path = "/20190206/accounts", model = new AccountsModel()) =>
  Effect.gen(function*() {
    const response = yield* readAccounts(model)(new Request(`${BASE}${path}${query}`))
    return { status: response.status, body: (yield* Effect.promise(() => response.json())) as Body }
  })

const names = (body: Body) => body.Accounts.map((a) => a["Name"])

describe("stand-in accounts.ReadAccounts", () => {
  it.effect("lists every seed account, in order, without Tags or Paging by default", () =>
    Effect.gen(function*() {
      const { body, status } = yield* get("")
      expect(status).toBe(200)
      expect(names(body)).toEqual(seedAccounts.map((a) => a["Name"]))
      expect(body.Accounts.some((a) => Object.hasOwn(a, "Tags"))).toBe(false)
      expect(Object.hasOwn(body, "Paging")).toBe(false)
    }))

  it.effect("includes Tags only with include_tags=true", () =>
    Effect.gen(function*() {
      const withTags = yield* get("?include_tags=true")
      expect(withTags.body.Accounts.every((a) => Object.hasOwn(a, "Tags"))).toBe(true)
      expect(withTags.body.Accounts[3]?.["Tags"]).toEqual({ CostCode: "12345", Environment: "production", Owner: "bakery" })
      const without = yield* get("?include_tags=false")
      expect(without.body.Accounts.some((a) => Object.hasOwn(a, "Tags"))).toBe(false)
    }))

  it.effect("filters by one or several comma-separated statuses", () =>
    Effect.gen(function*() {
      const suspended = yield* get("?filter=SUSPENDED")
      expect(names(suspended.body)).toEqual(["bakery-dev"])
      const several = yield* get("?filter=CLOSED,DISCOVERED")
      expect(names(several.body)).toEqual(["data-lake-sandbox", "legacy-billing"])
    }))

  it.effect("filters by names, AWS account ids, account type and a fuzzy name", () =>
    Effect.gen(function*() {
      expect(names((yield* get("?account_names=security,logging")).body)).toEqual(["security", "logging"])
      expect(names((yield* get("?aws_account_id_filter=444455556666")).body)).toEqual(["bakery-prod"])
      expect(names((yield* get(`?account_type_filter=${SEED_ACCOUNT_TYPES.development}&filter=ACTIVE`)).body)).toEqual(["bakery-staging"])
      expect(names((yield* get("?name_filter=BAKERY")).body)).toEqual(["bakery-prod", "bakery-staging", "bakery-dev"])
    }))

  it.effect("sorts by a field, descending unless ASC", () =>
    Effect.gen(function*() {
      const descending = names((yield* get("?sort=Name")).body)
      const ascending = names((yield* get("?sort=Name&sort_order=ASC")).body)
      expect(ascending).toEqual([...descending].reverse())
      expect(ascending[0]).toBe("bakery-dev")
    }))

  it.effect("pages with offset and limit, with Paging", () =>
    Effect.gen(function*() {
      const first = yield* get("?limit=3")
      expect(names(first.body)).toEqual(["management", "security", "logging"])
      expect(first.body.Paging).toEqual({ Total: 8, NextOffset: 3, PrevOffset: null })
      const middle = yield* get("?offset=3&limit=3")
      expect(names(middle.body)).toEqual(["bakery-prod", "bakery-staging", "bakery-dev"])
      expect(middle.body.Paging).toEqual({ Total: 8, NextOffset: 6, PrevOffset: 0 })
      const last = yield* get("?offset=6&limit=3")
      expect(names(last.body)).toEqual(["data-lake-sandbox", "legacy-billing"])
      expect(last.body.Paging).toEqual({ Total: 8, NextOffset: null, PrevOffset: 3 })
    }))

  it.effect("counts Total after filters", () =>
    Effect.gen(function*() {
      const { body } = yield* get("?filter=ACTIVE&limit=2")
      expect(body.Paging).toEqual({ Total: 5, NextOffset: 2, PrevOffset: null })
    }))

  it.effect("answers 400 {Error, Cause} for a bad parameter, naming it", () =>
    Effect.gen(function*() {
      for (const [query, name] of [
        ["?include_tags=True", "include_tags"],
        ["?limit=0", "limit"],
        ["?offset=-1", "offset"],
        ["?filter=LIVE", "filter"],
        ["?sort_order=up", "sort_order"]
      ] as const) {
        const { body, status } = yield* get(query)
        expect(status).toBe(400)
        expect(body.Error).toBe(`Invalid parameter: ${name}`)
        expect(body.Cause).toContain(name)
      }
      // `sort` is any string in the document (the SDK accepts any): a field no account has keeps the order.
      const unsorted = yield* get("?sort=Colour")
      expect(unsorted.status).toBe(200)
      expect(names(unsorted.body)).toEqual(seedAccounts.map((a) => a["Name"]))
    }))

  it.effect("returns one account by its Stax id", () =>
    Effect.gen(function*() {
      const { body, status } = yield* get("?include_tags=true", "/20190206/accounts/4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10")
      expect(status).toBe(200)
      expect(names(body)).toEqual(["bakery-prod"])
      expect(body.Accounts[0]?.["AwsAccountId"]).toBe("444455556666")
    }))

  it.effect("answers 404 for an unknown account id", () =>
    Effect.gen(function*() {
      const { body, status } = yield* get("", "/20190206/accounts/00000000-0000-4000-8000-000000000000")
      expect(status).toBe(404)
      expect(body.Error).toBe("Account not found")
    }))

  it.effect("answers API Gateway's 403 for another path or method", () =>
    Effect.gen(function*() {
      expect((yield* get("", "/20190206/workloads")).body).toEqual({ message: "Missing Authentication Token" })
      const post = yield* readAccounts(new AccountsModel())(new Request(`${BASE}/20190206/accounts`, { method: "POST", body: "{}" }))
      expect(post.status).toBe(403)
    }))

  it.effect("sees changes to the model", () =>
    Effect.gen(function*() {
      const model = new AccountsModel([])
      const added = model.add({ Name: "bakery-qa", AwsAccountId: "999900001111", Status: "INITIALIZING" })
      expect(names((yield* get("?filter=INITIALIZING", undefined, model)).body)).toEqual(["bakery-qa"])
      model.setStatus(String(added["Id"]), "ACTIVE")
      expect((yield* get("?filter=INITIALIZING", undefined, model)).body.Accounts).toEqual([])
      model.setTags(String(added["Id"]), { Owner: "qa" })
      expect((yield* get("?include_tags=true", undefined, model)).body.Accounts[0]?.["Tags"]).toEqual({ Owner: "qa" })
    }))

  it.effect("end to end: encoded input, signed, verified, answered and decoded", () =>
    Effect.gen(function*() {
      const now = Date.UTC(2026, 10, 24, 14, 0, 0)
      const credentials = { accessKeyId: "ASIAEXAMPLE", secretAccessKey: "s3cr3t", sessionToken: "t0k3n", expiration: now + 3_600_000 }
      const encoded = OperationEncoder.encode(ReadAccounts, { filter: ["ACTIVE", "SUSPENDED"], nameFilter: "bakery prod", includeTags: true, limit: 2 })
      assert(Either.isRight(encoded))
      const request = yield* signRequest(
        HttpClientRequest.get(`${BASE}/20190206${encoded.right.path}`),
        { accessKeyId: credentials.accessKeyId, secretAccessKey: Redacted.make(credentials.secretAccessKey), sessionToken: Redacted.make(credentials.sessionToken) },
        "ap-southeast-2",
        new Date(now)
      )
      const web = new Request(request.url, { headers: request.headers })
      const verified = yield* verify(web, { lookup: () => credentials, now: () => now, region: "ap-southeast-2" })
      assert(Either.isRight(verified))
      const model = new AccountsModel()
      model.add({ Name: "bakery prod eu", AwsAccountId: "123412341234", Status: "ACTIVE", Tags: { Owner: "bakery" } })
      const response = yield* readAccounts(model)(web)
      const result = interpret(
        { status: response.status, headers: {}, body: yield* Effect.promise(() => response.text()) },
        { endpoint: "Accounts.readAccounts", payload: ReadAccountsOutput, secrets: [credentials.sessionToken], nowMillis: now }
      )
      assert(Either.isRight(result))
      expect(result.right.Accounts.map((a) => a.Name)).toEqual(["bakery prod eu"])
      expect(result.right.Accounts[0]?.Tags).toEqual({ Owner: "bakery" })
      expect(result.right.Paging).toEqual({ Total: 1 })
    }))
})
