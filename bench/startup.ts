/**
 * What a user pays before the first answer:
 * - import time and time to first call: the package built with `tsc -p tsconfig.build.json` (as
 *   `npm pack` ships it) into bench/tmp/startup/node_modules/stax-effect, then a fresh `node` per
 *   repeat running bench/startup-child.ts (transpiled) against the lean server; medians, with
 *   `undici` alone as the baseline;
 * - bundle size: bench/readme-program.ts (the README's first example) bundled with esbuild for node,
 *   minified, in bytes and gzipped bytes.
 *
 * Run alone: `npx tsx bench/startup.ts [--quick] [--base-url http://127.0.0.1:port]` prints JSON
 * (without `--base-url` it starts its own lean server); bench/run.ts folds it into results.json.
 */
import { build, type Plugin } from "esbuild"
import { execFileSync, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { startLeanServer } from "./children.js"
import { DOC_ID } from "./fixtures.js"
import { sdkEnv } from "./sdk-setup.js"
import { summary } from "./stats.js"

const root = fileURLToPath(new URL("../", import.meta.url))
const bench = fileURLToPath(new URL("./", import.meta.url))

const sourceFiles = (dir: string): Array<string> =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith(".ts") ? [file] : []
  })

/**
 * Builds the package into `dir/node_modules/stax-effect` (with tsc; `quick`: every source file
 * transpiled by esbuild, the same modules without type-checking) and the child script into `dir`.
 */
const prepare = async (dir: string, quick: boolean) => {
  fs.rmSync(dir, { recursive: true, force: true })
  const pkgDir = path.join(dir, "node_modules", "stax-effect")
  fs.mkdirSync(pkgDir, { recursive: true })
  // Its own package scope, so `stax-effect` is not resolved to the repository's own (unbuilt) dist.
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }))
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as Record<string, unknown>
  fs.writeFileSync(path.join(pkgDir, "package.json"), JSON.stringify({ name: pkg["name"], version: pkg["version"], type: "module", exports: pkg["exports"] }))
  const started = performance.now()
  if (quick) {
    await build({
      entryPoints: sourceFiles(path.join(root, "src")),
      outbase: path.join(root, "src"),
      outdir: path.join(pkgDir, "dist"),
      bundle: false,
      format: "esm",
      platform: "node",
      target: "es2022",
      logLevel: "error"
    })
  } else execFileSync(process.execPath, [
    path.join(root, "node_modules", "typescript", "bin", "tsc"),
    "-p", path.join(root, "tsconfig.build.json"),
    "--outDir", path.join(pkgDir, "dist"),
    "--declaration", "false", "--declarationMap", "false", "--sourceMap", "false"
  ], { stdio: "inherit" })
  // The Node entries package.json's `node` condition names (the Effect version check before the SDK loads),
  // as `npm run build` writes them.
  execFileSync(process.execPath, [
    "--import", "tsx", path.join(root, "scripts", "node-entries", "main.ts"), path.join(pkgDir, "dist")
  ], { stdio: "inherit" })
  const buildSeconds = (performance.now() - started) / 1000
  // The child and the SDK setup, types stripped, imports kept as written.
  await build({
    entryPoints: [path.join(bench, "startup-child.ts"), path.join(bench, "sdk-setup.ts")],
    outdir: dir,
    bundle: false,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "error"
  })
  return buildSeconds
}

const runChild = (dir: string, baseUrl: string, args: ReadonlyArray<string>) => {
  const result = spawnSync(process.execPath, [path.join(dir, "startup-child.js"), DOC_ID, ...args], {
    cwd: dir,
    env: { ...process.env, ...sdkEnv(baseUrl) },
    encoding: "utf8"
  })
  if (result.status !== 0) throw new Error(`startup child failed: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as { import_ms: number; first_call_ms: number; process_start_to_answer_ms: number }
}

/** Resolves `stax-effect` to the repository's source, as a user's bundler resolves the package. */
const sdkSource: Plugin = {
  name: "stax-effect-source",
  setup(b) {
    b.onResolve({ filter: /^stax-effect$/ }, () => ({ path: path.join(root, "src", "index.ts") }))
    b.onResolve({ filter: /^stax-effect\/node$/ }, () => ({ path: path.join(root, "src", "node", "index.ts") }))
  }
}

const bundleSize = async () => {
  const out = await build({
    entryPoints: [path.join(bench, "readme-program.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    write: false,
    plugins: [sdkSource],
    logLevel: "error"
  })
  const code = out.outputFiles[0]!.contents
  return { minified_bytes: code.byteLength, gzipped_bytes: gzipSync(code, { level: 9 }).byteLength }
}

/** Runs the startup benchmark against a lean server at `baseUrl`. */
export const runStartup = async (quick: boolean, baseUrl: string) => {
  const dir = path.join(bench, "tmp", "startup")
  const buildSeconds = await prepare(dir, quick)
  const repeats = quick ? 3 : 7
  const sdk: Array<ReturnType<typeof runChild>> = []
  const undici: Array<ReturnType<typeof runChild>> = []
  for (let i = 0; i < repeats; i++) {
    sdk.push(runChild(dir, baseUrl, []))
    undici.push(runChild(dir, baseUrl, ["--undici"]))
  }
  const figures = (runs: typeof sdk) => ({
    import_ms: summary(runs.map((r) => r.import_ms)),
    first_call_ms: summary(runs.map((r) => r.first_call_ms)),
    process_start_to_answer_ms: summary(runs.map((r) => r.process_start_to_answer_ms))
  })
  return {
    note: "fresh node per repeat, the package built (see build); import = sdk-setup.ts (stax-effect, effect, @effect/platform) as the README imports them; first call = Documents.get with the README's layers built on that call",
    repeats,
    build: quick ? "quick: src transpiled file by file with esbuild" : "tsc -p tsconfig.build.json",
    build_s: +buildSeconds.toFixed(1),
    sdk: figures(sdk),
    undici: figures(undici),
    bundle: {
      program: "bench/readme-program.ts (the README's first example), esbuild --bundle --minify --platform=node --format=esm",
      ...(await bundleSize())
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const given = process.argv.indexOf("--base-url")
  const server = given >= 0 ? undefined : await startLeanServer()
  try {
    const baseUrl = server?.baseUrl ?? process.argv[given + 1]!
    console.log(JSON.stringify(await runStartup(process.argv.includes("--quick"), baseUrl)))
  } finally {
    server?.stop()
  }
}
