import { assert, describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import fc from "fast-check"
import * as OperationEncoder from "../../src/core/OperationEncoder.js"
import { AccountStatusFilter, ReadAccounts, ReadAccountsInput } from "../../src/cloud/schema/Account.js"

/** The shared encoder's request, its path split from its query (as the API reads them). */
const encode = (input: unknown) =>
  Either.map(OperationEncoder.encode(ReadAccounts, input), (request) => {
    const url = new URL(request.path, "https://api.test")
    return { path: url.pathname, query: [...url.searchParams], body: request.body }
  })
const refused = (input: unknown) => {
  const result = encode(input)
  assert(Either.isLeft(result))
  return result.left
}

describe("ReadAccounts input", () => {
  it("sends camelCase fields as the API's snake_case query", () => {
    const result = encode({
      accountNames: "security,logging",
      idFilter: "4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10",
      nameFilter: "bake",
      awsAccountIdFilter: "123456789012",
      accountTypeFilter: "0b5e4c0e-7d0a-4a43-8f43-2b2f0c6d1e11",
      sort: "Name",
      sortOrder: "ASC"
    })
    assert(Either.isRight(result))
    expect(result.right.path).toBe("/accounts")
    expect(Object.fromEntries(result.right.query)).toEqual({
      account_names: "security,logging",
      id_filter: "4f1c2a9e-6b1d-4c3e-9a57-0d2f3b8e1a10",
      name_filter: "bake",
      aws_account_id_filter: "123456789012",
      account_type_filter: "0b5e4c0e-7d0a-4a43-8f43-2b2f0c6d1e11",
      sort: "Name",
      sort_order: "ASC"
    })
  })

  it("sends booleans as true/false, never Python's True", () => {
    for (const includeTags of [true, false]) {
      const result = encode({ includeTags })
      assert(Either.isRight(result))
      expect(result.right.query).toEqual([["include_tags", String(includeTags)]])
    }
  })

  it("sends one status as is and several comma-separated", () => {
    const one = encode({ filter: "ACTIVE" })
    const several = encode({ filter: ["ACTIVE", "SUSPENDED", "CLOSED"] })
    assert(Either.isRight(one) && Either.isRight(several))
    expect(one.right.query).toEqual([["filter", "ACTIVE"]])
    expect(several.right.query).toEqual([["filter", "ACTIVE,SUSPENDED,CLOSED"]])
  })

  it("sends offset and limit as integers", () => {
    const result = encode({ offset: 40, limit: 20 })
    assert(Either.isRight(result))
    expect(result.right.query).toEqual([["offset", "40"], ["limit", "20"]])
  })

  it("selects /accounts/{account_id} when accountId is given, URL-encoding it", () => {
    const result = encode({ accountId: "4f1c2a9e 6b1d/x", includeTags: true })
    assert(Either.isRight(result))
    expect(result.right.path).toBe("/accounts/4f1c2a9e%206b1d%2Fx")
    expect(result.right.query).toEqual([["include_tags", "true"]])
  })

  it("refuses an unknown field, naming it", () => {
    const error = refused({ include_tags: true })
    expect(error._tag).toBe("InputError")
    expect(error.endpoint).toBe("Accounts.readAccounts")
    expect(error.field).toBe("include_tags")
  })

  it("refuses bad values, naming the field", () => {
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      [{ filter: "LIVE" }, "filter"],
      [{ filter: [] }, "filter"],
      [{ filter: ["ACTIVE", "ACTIVE,CLOSED"] }, "filter"],
      [{ includeTags: "True" }, "includeTags"],
      [{ limit: 0 }, "limit"],
      [{ offset: -1 }, "offset"],
      [{ offset: 1.5 }, "offset"],
      [{ sortOrder: "up" }, "sortOrder"],
      [{ accountId: "" }, "accountId"],
      [{ nameFilter: 3 }, "nameFilter"]
    ]
    for (const [input, field] of cases) expect(refused(input).field).toBe(field)
  })

  it("says which statuses filter accepts", () => {
    expect(refused({ filter: "LIVE" }).message).toContain("INITIALIZING, ACTIVE, SUSPENDED")
    expect(Schema.is(AccountStatusFilter)("LIVE")).toBe(false)
  })

  it("any list of documented statuses round-trips through the wire form", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(
      "INITIALIZING", "ACTIVE", "SUSPENDED", "MAINTENANCE", "AWSERROR", "CLOSED", "OFFBOARDED", "DISCOVERED", "ERROR"
    ), { minLength: 1 }), (statuses) => {
      const wire = Schema.encodeSync(ReadAccountsInput)({ filter: statuses as [typeof statuses[number], ...Array<typeof statuses[number]>] })
      expect(wire.filter).toBe(statuses.join(","))
      expect(Schema.decodeSync(ReadAccountsInput)(wire).filter).toEqual(statuses)
    }))
  })
})
