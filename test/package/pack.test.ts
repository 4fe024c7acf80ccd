/**
 * The package as a user gets it: `npm pack` (which builds it), installed into scratch projects, every
 * entry point of `exports` imported from ESM and from CommonJS, its types resolved as `node16`, `bundler`
 * and `node10` consumers resolve them, and an Effect 4 project told of the peer conflict at install time.
 *
 * Needs the npm registry. Skipped only when STAX_SKIP_PACK_TEST=1 is set, and then it says so.
 */
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import ts from "typescript"

const run = promisify(execFile)
const root = fileURLToPath(new URL("../../", import.meta.url))
const skip = process.env["STAX_SKIP_PACK_TEST"] === "1"
if (skip) console.warn("test/package/pack.test.ts: skipped because STAX_SKIP_PACK_TEST=1")

/** Runs a command, returning its exit code and output instead of throwing on failure. */
const exec = async (command: string, args: ReadonlyArray<string>, cwd: string) => {
  try {
    const { stdout, stderr } = await run(command, [...args], { cwd, maxBuffer: 32 * 1024 * 1024, timeout: 240_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" }
  }
}

const NPM_FLAGS = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=warn"]

/** The package's entry points, read from `exports` now, so entries added later are covered. */
const entryPoints = async (): Promise<ReadonlyArray<string>> => {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> }
  return Object.keys(pkg.exports)
    .filter((key) => key !== "./package.json" && !key.includes("*"))
    .map((key) => key === "." ? "stax-effect" : `stax-effect/${key.slice(2)}`)
}

const scratchProject = async (dir: string) => {
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "scratch", version: "1.0.0", private: true }))
}

describe.skipIf(skip)("the packed package", () => {
  let work = ""
  let tarball = ""
  let app = ""
  let entries: ReadonlyArray<string> = []

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "stax-effect-pack-"))
    entries = await entryPoints()
    // `npm pack` runs `prepack`, the build.
    const packed = await exec("npm", ["pack", "--json", "--pack-destination", work, "--loglevel=warn"], root)
    expect(packed.code, packed.stderr).toBe(0)
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf("["))) as Array<{ filename: string }>
    tarball = join(work, info!.filename)
    app = join(work, "app")
    await exec("mkdir", ["-p", app], work)
    await scratchProject(app)
    const installed = await exec(
      "npm",
      ["install", tarball, "effect@^3.22", "@effect/platform@^0.97", ...NPM_FLAGS],
      app
    )
    expect(installed.code, installed.stderr).toBe(0)
  }, 240_000)

  afterAll(async () => {
    if (work !== "") await rm(work, { recursive: true, force: true })
  })

  it("holds the licence, the changelog and the built entry points", async () => {
    const listed = await exec("tar", ["-tzf", tarball], work)
    const files = listed.stdout.split("\n")
    expect(files).toContain("package/LICENSE")
    expect(files).toContain("package/CHANGELOG.md")
    expect(files).toContain("package/dist/index.js")
    expect(files).toContain("package/dist/index.d.ts")
  })

  it("imports every entry point from an ES module", async () => {
    const script = `for (const s of ${JSON.stringify(entries)}) {
      const m = await import(s)
      console.log(s + " " + Object.keys(m).length)
    }`
    const result = await exec("node", ["--input-type=module", "-e", script], app)
    expect(result.code, result.stderr).toBe(0)
    for (const entry of entries) expect(result.stdout).toMatch(new RegExp(`^${entry} [1-9]\\d*$`, "m"))
  })

  it("requires every entry point from CommonJS", async () => {
    const script = `for (const s of ${JSON.stringify(entries)}) {
      const m = require(s)
      console.log(s + " " + Object.keys(m).length)
    }`
    const result = await exec("node", ["--no-warnings", "-e", script], app)
    expect(result.code, result.stderr).toBe(0)
    for (const entry of entries) expect(result.stdout).toMatch(new RegExp(`^${entry} [1-9]\\d*$`, "m"))
  })

  it("gives the same exports to ESM and CommonJS consumers of the main entry", async () => {
    const esm = await exec("node", ["--input-type=module", "-e", "console.log(Object.keys(await import('stax-effect')).sort().join(','))"], app)
    const cjs = await exec("node", ["--no-warnings", "-e", "console.log(Object.keys(require('stax-effect')).sort().join(','))"], app)
    expect(esm.stdout.split(",")).toContain("StaxConfig")
    expect(cjs.stdout).toBe(esm.stdout)
  })

  const typeCheck = (name: string, options: ts.CompilerOptions, extension: string) =>
    it(`resolves the types of every entry point for ${name} consumers`, async () => {
      const file = join(app, `types-${name}.${extension}`)
      const lines = entries.map((entry, i) => `import * as entry${i} from ${JSON.stringify(entry)}`)
      lines.push(`export const all = [${entries.map((_, i) => `entry${i}`).join(", ")}] as const`)
      lines.push(`import { StaxConfig } from "stax-effect"`)
      lines.push(`export const layer = StaxConfig.layer({ email: "a@b.co", apiKey: "key" })`)
      await writeFile(file, lines.join("\n") + "\n")
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
        types: [],
        ...options
      })
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) =>
        `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`
      )
      expect(diagnostics).toEqual([])
      // Each entry resolved to the installed package's declarations, not to anything else.
      for (const entry of entries) {
        const resolved = ts.resolveModuleName(entry, file, program.getCompilerOptions(), ts.sys)
        expect(resolved.resolvedModule?.resolvedFileName, `${entry} (${name})`).toMatch(
          /node_modules\/stax-effect\/dist\/.+\.d\.ts$/
        )
      }
    }, 60_000)

  typeCheck("node16", { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }, "mts")
  typeCheck("bundler", { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }, "ts")
  typeCheck("node10", { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 }, "ts")

  it("tells an Effect 4 project about the peer conflict when it is installed", async () => {
    const effect4 = join(work, "effect4")
    await exec("mkdir", ["-p", effect4], work)
    await scratchProject(effect4)
    const result = await exec("npm", ["install", tarball, "effect@^4", ...NPM_FLAGS], effect4)
    const output = result.stdout + result.stderr
    // npm either refuses (ERESOLVE) or installs with a peer warning; both name the conflict: Effect 4
    // found, an Effect 3 peer wanted, on the way to stax-effect.
    expect(output).toMatch(/ERESOLVE|peer dependency/i)
    expect(output).toMatch(/Found: effect@4\./)
    expect(output).toMatch(/peer effect@"\^3\.\d+\.\d+"/)
    expect(output).toMatch(/peer (?:effect|@effect\/platform)@"[^"]+" from stax-effect@/)
  }, 240_000)
})
