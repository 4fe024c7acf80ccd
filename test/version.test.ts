import { describe, expect, it } from "@effect/vitest"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { VERSION } from "stax-effect"

const root = new URL("..", import.meta.url).pathname
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }

/** `[major, minor, patch]` of a plain `x.y.z` version. */
const parts = (version: string): ReadonlyArray<number> => version.split(".").map(Number)

/** Whether version `a` is later than `b`. */
const later = (a: string, b: string): boolean => {
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0)
  return false
}

/** Every `.ts` file under `dir`. */
const sources = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name))

describe("VERSION", () => {
  it("matches package.json, so the User-Agent and `stax --version` tell the truth", () => {
    expect(VERSION).toBe(pkg.version)
  })

  it("is the CHANGELOG's first (next or latest) version", () => {
    const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8")
    const first = /^## (\d+\.\d+\.\d+)/m.exec(changelog)?.[1]
    expect(first).toBe(pkg.version)
  })

  it("is no earlier than any `@since` tag in src or the cloud generator", () => {
    const files = [...sources(join(root, "src")), ...sources(join(root, "scripts/generate-cloud"))]
    const tags = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/@since (\d+\.\d+\.\d+)|SINCE = "(\d+\.\d+\.\d+)"/g)].map((m) => ({
        file: file.slice(root.length),
        since: m[1] ?? m[2] ?? ""
      }))
    )
    expect(tags.length).toBeGreaterThan(100)
    expect(tags.filter((tag) => later(tag.since, pkg.version))).toEqual([])
  })
})
