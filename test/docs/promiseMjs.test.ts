/**
 * The Promise facade's examples in README.md and docs/ are plain JavaScript that a Node 20 `.mjs` file
 * can hold: no `await using` (Node 20 does not have it), no type annotations or `!`. Each block importing
 * `stax-effect/promise` is compiled (not run) by this Node's V8 as the body of an async function, its
 * `import` lines set aside, so a syntax Node 20 lacks fails here without starting a process.
 */
import { describe, expect, it } from "@effect/vitest"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))

/** The ```ts/```js blocks of a markdown file that import the Promise facade. */
const promiseBlocks = (source: string): ReadonlyArray<{ readonly line: number; readonly code: string }> => {
  const lines = readFileSync(join(root, source), "utf8").split("\n")
  const blocks: Array<{ line: number; code: string }> = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|js|mjs)\b/.test(lines[i] ?? "")) continue
    const start = i + 1
    while (i + 1 < lines.length && lines[i + 1] !== "```") i++
    const code = lines.slice(start, i + 1).join("\n")
    if (code.includes(`from "stax-effect/promise"`)) blocks.push({ line: start + 1, code })
    i++
  }
  return blocks
}

const files = ["README.md", ...(existsSync(join(root, "docs")) ? readdirSync(join(root, "docs")).filter((n) => n.endsWith(".md")).map((n) => `docs/${n}`) : [])]
const blocks = files.flatMap((source) => promiseBlocks(source).map((block) => ({ source, ...block })))

/** An async function's constructor: compiles a body that may use top-level `await`. */
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new(body: string) => unknown

describe("the Promise examples as .mjs on Node 20", () => {
  it("finds the README's Promise example", () => {
    expect(blocks.filter((block) => block.source === "README.md").length).toBeGreaterThan(0)
  })

  it.each(blocks.map((block) => [`${block.source}:${block.line}`, block] as const))("%s is plain JavaScript", (_, block) => {
    const body = block.code.split("\n").filter((line) => !/^import\s/.test(line) && !/^\s+.*\}\s+from\s+"/.test(line)).join("\n")
    const code = body.replace(/\/\/.*$/gm, "")
    expect(code).not.toMatch(/\bawait\s+using\b|\busing\s+\w+\s*=/)
    expect(() => new AsyncFunction(body)).not.toThrow()
  })
})
