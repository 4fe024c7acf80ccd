import { describe, expect, it } from "@effect/vitest"
import { build } from "esbuild"
import { builtinModules } from "node:module"
import { fileURLToPath } from "node:url"

const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url))
const builtins = new Set(builtinModules)
const isNodeBuiltin = (path: string) => path.startsWith("node:") || builtins.has(path.split("/")[0]!)

// The main entry must bundle for a runtime without Node built-ins (a browser, a worker): only file
// paths need `node:fs`, and that import is made when a path is opened.
describe("the main entry's bundle for a runtime without Node built-ins", () => {
  it("builds with esbuild's neutral platform and imports no Node built-in", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "neutral",
      format: "esm",
      mainFields: ["module", "main"],
      write: false,
      metafile: true,
      logLevel: "silent"
    })
    expect(result.errors).toEqual([])
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports)
    expect(imports.filter((i) => isNodeBuiltin(i.path))).toEqual([])
    const text = result.outputFiles.map((file) => file.text).join("\n")
    expect(text).not.toMatch(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']node:/)
    expect(text.length).toBeGreaterThan(1000)
  }, 60_000)
})
