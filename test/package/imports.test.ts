import { describe, expect, it } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const src = fileURLToPath(new URL("../../src", import.meta.url))

const sources = (dir: string): Array<string> =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? sources(full) : entry.name.endsWith(".ts") ? [full] : []
  })

describe("the package's imports", () => {
  it("import Effect's and the platform's modules by subpath, never their barrels (a third faster to import)", () => {
    const files = sources(src)
    expect(files.length).toBeGreaterThan(50)
    const barrel = /from\s+"(effect|@effect\/platform|@effect\/platform-node|@effect\/cli)"/
    const offenders = files.filter((file) => barrel.test(fs.readFileSync(file, "utf8"))).map((file) => path.relative(src, file))
    expect(offenders).toEqual([])
  })
})
