import { assert, describe, it } from "@effect/vitest"
import { UrlParams } from "@effect/platform"
import { FastCheck as fc } from "effect"
import { queryString } from "../../src/core/internal/query.js"

describe("queryString", () => {
  it("writes what UrlParams.toString writes, for any keys and values", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^[\w.*-]{0,12}$/), fc.constantFrom("", "a b", "a+b", "ü", "~!'()", "65a1f0c2b3d4e5f601234567"))
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 5 }), (entries) => {
        const params = UrlParams.fromInput(entries)
        assert.strictEqual(queryString(params), UrlParams.toString(params))
      }),
      { seed: 20261124, numRuns: 500 }
    )
  })

  it("keeps plain ids and flags as they are", () => {
    assert.strictEqual(queryString(UrlParams.fromInput([["docId", "65a1f0c2b3d4e5f601234567"], ["presigned", "true"]])), "docId=65a1f0c2b3d4e5f601234567&presigned=true")
    assert.strictEqual(queryString(UrlParams.empty), "")
  })
})
