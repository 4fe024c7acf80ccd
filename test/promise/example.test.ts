import { describe, expect, it } from "@effect/vitest"
import { main } from "../../examples/promise.js"

describe("examples/promise.ts", () => {
  it("runs against both stand-ins and reports each step", async () => {
    const lines: Array<string> = []
    await main((line) => lines.push(line))
    const text = lines.join("\n")
    expect(lines.length).toBeGreaterThan(3)
    expect(text).toMatch(/AuthError/)
    expect(text).toMatch(/account/i)
  })
})
