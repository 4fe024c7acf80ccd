// Effect 3 and Effect 4 told apart: the message, and the `stax` CLI printing it next to Effect 4 (one
// `node` process for the file, on the CLI's entry and the two modules it loads first, transpiled in-process).
import { describe, expect, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { EFFECT_RANGE, effectVersionProblem, installedEffectVersion, satisfiesEffectRange } from "../../src/core/EffectVersion.js"
import { VERSION } from "../../src/core/version.js"

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

describe("the stax CLI next to Effect 4", () => {
  it("says which Effect it found and needs, and exits 3 before loading any command", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stax-effect4-"))
    try {
      const effect = path.join(dir, "node_modules/effect")
      fs.mkdirSync(effect, { recursive: true })
      fs.writeFileSync(path.join(effect, "package.json"), JSON.stringify({ name: "effect", version: "4.1.5", type: "module" }))
      const pkg = path.join(dir, "node_modules/stax-effect")
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }))
      for (const file of ["cli/main", "core/EffectVersion", "core/version"]) {
        const source = fs.readFileSync(path.join(ROOT, "src", `${file}.ts`), "utf8")
        const js = ts.transpileModule(source, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
        }).outputText
        fs.mkdirSync(path.join(pkg, "dist", path.dirname(file)), { recursive: true })
        fs.writeFileSync(path.join(pkg, "dist", `${file}.js`), js)
      }
      fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "stax-effect", type: "module" }))
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(process.execPath, [path.join(pkg, "dist/cli/main.js"), "--version"], { cwd: dir }, (_e, _out, stderr) =>
          resolve({ code: child.exitCode, stderr }))
      })
      expect(result.stderr).toContain(`stax-effect ${VERSION} needs Effect 3 (effect@${EFFECT_RANGE}`)
      expect(result.stderr).toContain("found effect 4.1.5")
      expect(result.stderr).not.toContain("ERR_MODULE_NOT_FOUND")
      expect(result.code).toBe(3)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
