/**
 * The client side of SRP given a challenge a hostile or broken user pool sent: `SRP_B` or `SALT` empty or not
 * hex is refused as an unusable challenge (`Either.left`), never a thrown `SyntaxError` (the hostile
 * in-memory property found `SALT: ""` thrown as a defect, "Cannot convert 0x to a BigInt").
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import fc from "fast-check"
import * as Srp from "../../../src/cloud/auth/Srp.js"

const claim = (srpB: string, salt: string) =>
  Srp.client().passwordClaim({
    poolName: "AbCd",
    userId: "u",
    secretBlock: "c2VjcmV0",
    timestamp: "Mon Jan 1 00:00:00 UTC 2024",
    srpB,
    salt,
    password: "pw"
  })

describe("Srp.client().passwordClaim on a hostile challenge", () => {
  it("refuses an empty or non-hex SRP_B or SALT with a reason", () => {
    for (const [srpB, salt] of [["9f".repeat(384), ""], ["", "5a1f"], ["zz", "5a1f"], ["9f".repeat(384), "0x12"], ["-1", "ab"]]) {
      const result = claim(srpB!, salt!)
      expect(Either.isLeft(result)).toBe(true)
    }
  })

  it("never throws, whatever strings it is given", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 12 }), (srpB, salt) => {
      expect(() => claim(srpB, salt)).not.toThrow()
    }), { numRuns: 100 })
  })

  it("still signs a well-formed challenge", () => {
    expect(Either.isRight(claim("9f".repeat(384), "5a1f"))).toBe(true)
  })
})
