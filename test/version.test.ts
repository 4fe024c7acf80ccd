import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { VERSION } from "stax-effect"

describe("VERSION", () => {
  it("matches package.json, so the User-Agent tells the truth", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
    expect(VERSION).toBe(pkg.version)
  })
})
