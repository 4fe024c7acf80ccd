/**
 * The layout's import rules, read from the sources: `src/ai/` and `src/cloud/` (the two APIs) are
 * siblings that import nothing from each other, and `src/core/` knows no API, no transport and no
 * runtime: it imports neither `undici` nor a Node built-in, nor any of `src/ai`, `src/cloud`, `src/node`,
 * `src/testing`, `src/promise`, `src/cli`.
 */
import { assert, describe, it } from "@effect/vitest"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"

const SRC = fileURLToPath(new URL("../../src/", import.meta.url))

/**
 * Known exceptions to the core's rule, as `file -> specifier` (file relative to src/). Empty: none today.
 * An entry added here is removed by the one-road rewrite.
 */
const CORE_ALLOWED: ReadonlySet<string> = new Set<string>([])

const filesUnder = (dir: string): Array<string> =>
  fs.readdirSync(path.join(SRC, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(relative)
    return /\.(ts|mts|cts|js)$/.test(entry.name) ? [relative] : []
  })

/** Every module specifier in a source text: static imports and re-exports, side-effect and dynamic imports. */
const specifiers = (text: string): Array<string> => {
  const found: Array<string> = []
  const patterns = [
    /\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g
  ]
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!)
  return found
}

/** Where a specifier of `file` (relative to src/) points: a path relative to src/, or the bare package name. */
const target = (file: string, specifier: string): string =>
  specifier.startsWith(".") ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : specifier

const importsOf = (dir: string): Array<{ readonly file: string; readonly specifier: string; readonly to: string }> =>
  filesUnder(dir).flatMap((file) =>
    specifiers(fs.readFileSync(path.join(SRC, file), "utf8")).map((specifier) => ({ file, specifier, to: target(file, specifier) }))
  )

const within = (to: string, dir: string) => to === dir || to.startsWith(`${dir}/`)

/** The imports of `dir` that break its rule. */
const violations = (dir: "ai" | "cloud" | "core") =>
  importsOf(dir).filter(({ file, specifier, to }) => {
    if (dir === "ai") return within(to, "cloud")
    if (dir === "cloud") return within(to, "ai")
    if (CORE_ALLOWED.has(`${file} -> ${specifier}`)) return false
    return specifier === "undici" || specifier.startsWith("undici/") || specifier.startsWith("node:") ||
      NODE_BUILTINS.has(specifier.split("/")[0]!) ||
      ["ai", "cloud", "node", "testing", "promise", "cli"].some((other) => within(to, other))
  }).map(({ file, specifier }) => `${file} -> ${specifier}`)

/** Node built-ins that can be imported without the `node:` prefix. */
const NODE_BUILTINS = new Set([
  "assert", "buffer", "child_process", "crypto", "dns", "events", "fs", "http", "http2", "https", "net", "os",
  "path", "perf_hooks", "process", "stream", "string_decoder", "timers", "tls", "url", "util", "worker_threads", "zlib"
])

describe("import rules", () => {
  it("reads every kind of import (the scanner itself)", () => {
    const text = `import * as A from "../ai/Envelope.js"\nimport type { B } from "./b.js"\nexport { C } from "undici"\n` +
      `import "node:fs"\nconst d = await import("../cloud/Answer.js")\nexport * from "./e.js"\nimport {\n  F,\n  G\n} from "node:http"`
    assert.deepStrictEqual(specifiers(text).sort(), ["../ai/Envelope.js", "../cloud/Answer.js", "./b.js", "./e.js", "node:fs", "node:http", "undici"])
  })

  it("sees the imports it checks (each directory imports the core)", () => {
    for (const dir of ["ai", "cloud"] as const) {
      assert.isTrue(importsOf(dir).some(({ to }) => within(to, "core")), `${dir} imports the core`)
    }
    assert.isAbove(importsOf("core").length, 50)
  })

  it("src/ai and src/cloud import nothing from each other", () => {
    assert.deepStrictEqual(violations("ai"), [])
    assert.deepStrictEqual(violations("cloud"), [])
  })

  it("src/core imports no undici, no Node built-in, and none of ai, cloud, node, testing, promise, cli", () => {
    assert.deepStrictEqual(violations("core"), [])
  })
})
