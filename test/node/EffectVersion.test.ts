// Effect 3 and Effect 4 told apart: the message, and the package's Node entries and the `stax` CLI
// printing it next to Effect 4 (one `node` process for the file).
import { describe, expect, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { EFFECT_RANGE, effectVersionProblem, installedEffectVersion, satisfiesEffectRange } from "../../src/node/EffectVersion.js"
import { VERSION } from "../../src/core/version.js"
import { ENTRIES, nodeEntry, nodeRequireEntry } from "../../scripts/node-entries/main.js"

const ROOT = fileURLToPath(new URL("../..", import.meta.url))

describe("effectVersionProblem", () => {
  it("accepts the Effect 3 line from the peer range up", () => {
    expect(["3.22.4", "3.22.10", "3.23.0", "3.99.1"].map(satisfiesEffectRange)).toEqual([true, true, true, true])
    expect(["3.22.3", "3.10.0", "4.1.5", "4.0.0-beta.3", "2.4.19"].map(satisfiesEffectRange)).toEqual([
      false, false, false, false, false
    ])
    expect(effectVersionProblem("3.22.4")).toBeUndefined()
  })

  it("names stax-effect, the version found and the one needed, and the Effect 4 edition to come", () => {
    const message = effectVersionProblem("4.1.5") ?? ""
    expect(message).toContain(`stax-effect ${VERSION}`)
    expect(message).toContain("found effect 4.1.5")
    expect(message).toContain(`effect@${EFFECT_RANGE}`)
    expect(message).toContain("npm install effect@^3.22 @effect/platform@^0.97")
    expect(message).toContain("Effect 4 edition")
    expect(effectVersionProblem("3.10.0")).toContain("found effect 3.10.0")
    expect(effectVersionProblem("3.10.0")).not.toContain("Effect 4 edition")
    expect(effectVersionProblem(undefined)).toContain("no `effect` package is installed")
  })

  it("needs what package.json's peerDependencies say", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      peerDependencies: Record<string, string>
    }
    expect(pkg.peerDependencies["effect"]).toBe(EFFECT_RANGE)
  })

  it("reads the installed effect's version without loading it", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/effect/package.json"), "utf8")) as {
      version: string
    }
    expect(installedEffectVersion(import.meta.url)).toBe(pkg.version)
    expect(installedEffectVersion(path.join(os.tmpdir(), "nowhere", "x.js"))).toBeUndefined()
  })
})

/** `src/<file>.ts` as the JavaScript `tsc` would build (types stripped, ESM kept). */
const transpiled = (file: string): string =>
  ts.transpileModule(fs.readFileSync(path.join(ROOT, "src", `${file}.ts`), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  }).outputText

/** Writes `text` to `file`, making its directory. */
const write = (file: string, text: string): void => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

// One `node` process next to a fake effect 4.1.5, in a package laid out as the built one: package.json's
// real `exports`, the Node entries as `npm run build` writes them, and behind each a stand-in for the SDK
// that imports `effect/Effect` (missing from Effect 4, so linking it fails as the real SDK's does).
describe("stax-effect next to Effect 4", () => {
  it("says at import, at require and in the CLI which Effect it found and needs", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stax-effect4-"))
    try {
      write(path.join(dir, "package.json"), JSON.stringify({ type: "module" }))
      write(path.join(dir, "node_modules/effect/package.json"), JSON.stringify({ name: "effect", version: "4.1.5", type: "module" }))
      const pkg = path.join(dir, "node_modules/stax-effect")
      const { exports } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: unknown }
      for (const file of ["cli/main", "node/EffectVersion", "core/version"]) write(path.join(pkg, "dist", `${file}.js`), transpiled(file))
      for (const entry of ENTRIES) {
        write(path.join(pkg, "dist", `${entry}.js`), `import "effect/Effect"\nexport const marker = 1\n`)
        write(path.join(pkg, "dist", `${entry}.node.js`), nodeEntry(entry, ["marker"]))
        write(path.join(pkg, "dist", `${entry}.node.cjs`), nodeRequireEntry(entry))
      }
      expect(ENTRIES).toEqual(expect.arrayContaining(["index", "cloud/index", "node/index", "testing/index", "promise/index"]))
      const specifiers = ENTRIES.map((entry) => `stax-effect${entry === "index" ? "" : `/${entry.replace("/index", "")}`}`)
      write(path.join(dir, "probe.mjs"), `
        import { createRequire } from "node:module"
        const require = createRequire(import.meta.url)
        const seen = {}
        const outcome = async (load) => { try { await load(); return "loaded" } catch (e) { return e.code ?? e.message } }
        seen.static = await outcome(() => import("stax-effect/dist/index.js"))
        for (const s of ${JSON.stringify(specifiers)}) {
          seen[s + " import"] = await outcome(() => import(s))
          seen[s + " require"] = await outcome(() => require(s))
        }
        console.log(JSON.stringify(seen))
        process.argv.push("--version")
        await import("stax-effect/dist/cli/main.js")
      `)
      // The probe imports dist files by path: let the fixture's exports allow that too.
      write(path.join(pkg, "package.json"), JSON.stringify({
        name: "stax-effect", type: "module", exports: { ...(exports as object), "./dist/*": "./dist/*" }
      }))
      const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = execFile(process.execPath, [path.join(dir, "probe.mjs")], { cwd: dir }, (_e, stdout, stderr) =>
          resolve({ code: child.exitCode, stdout, stderr }))
      })
      const seen = JSON.parse(result.stdout) as Record<string, string>
      const message = effectVersionProblem("4.1.5")
      expect(seen["static"]).toBe("ERR_MODULE_NOT_FOUND")
      for (const s of specifiers) {
        expect(seen[`${s} import`]).toBe(message)
        expect(seen[`${s} require`]).toBe(message)
      }
      expect(result.stderr).toContain(`stax-effect ${VERSION} needs Effect 3 (effect@${EFFECT_RANGE}`)
      expect(result.stderr).toContain("found effect 4.1.5")
      expect(result.stderr).not.toContain("ERR_MODULE_NOT_FOUND")
      expect(result.code).toBe(3)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
