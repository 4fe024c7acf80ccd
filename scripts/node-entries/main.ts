/**
 * Writes the package's Node entry points (`dist/index.node.js` for `import`, `dist/index.node.cjs` for
 * `require`, the same for `cloud/index`, ...) after `tsc` has built `dist/`: each checks which `effect`
 * is installed, then loads the entry's module (by dynamic import, or `require`) and re-exports it. Node
 * links every statically imported module before it runs any, so next to Effect 4 (whose
 * `effect/dist/Effect.js` and others are gone) a static entry fails with `ERR_MODULE_NOT_FOUND` before any
 * code of the SDK could say what is wrong; this one says
 * "stax-effect 0.2.0 needs Effect 3 ..., but found effect 4.1.5". package.json serves these entries only
 * to Node (the `node` condition); bundlers (`module`, `default`) keep the static entries, and with them
 * tree-shaking. The CommonJS entry needs no top-level `await` (which `require()` refuses): `require` is
 * synchronous and lazy, so the check runs before the SDK is loaded.
 *
 * Run by `npm run build`: `tsx scripts/node-entries/main.ts [dist]`.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { pathToFileURL } from "node:url"

/** The entry points with a `node` condition in package.json's `exports`, relative to `dist/`, without `.js`. */
export const ENTRIES: ReadonlyArray<string> = Object.values(
  (JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    exports: Record<string, string | { node?: { default?: string } }>
  }).exports
).flatMap((target) => {
  const file = typeof target === "string" ? undefined : target.node?.default
  return file === undefined ? [] : [file.replace(/^\.\/dist\//, "").replace(/\.js$/, "")]
})

/** The relative specifier of `node/EffectVersion.js` from the entry `entry`. */
const checkModule = (entry: string): string => {
  const checker = path.posix.relative(path.posix.dirname(entry), "node/EffectVersion.js")
  return checker.startsWith(".") ? checker : `./${checker}`
}

/** The text of a Node entry that re-exports `names` from `./<base>.js` once `node/EffectVersion.js` allows. */
export const nodeEntry = (entry: string, names: ReadonlyArray<string>): string => {
  const [base, from] = [path.posix.basename(entry), checkModule(entry)]
  return [
    `// Written by scripts/node-entries/main.ts: checks the installed effect, then loads ./${base}.js.`,
    `import { requireEffect3 } from ${JSON.stringify(from)}`,
    `requireEffect3(import.meta.url)`,
    `const entry = await import("./${base}.js")`,
    `export const { ${names.join(", ")} } = entry`,
    ``
  ].join("\n")
}

/** The text of a CommonJS Node entry that exports `./<base>.js` once `node/EffectVersion.js` allows. */
export const nodeRequireEntry = (entry: string): string => {
  const [base, from] = [path.posix.basename(entry), checkModule(entry)]
  return [
    `// Written by scripts/node-entries/main.ts: checks the installed effect, then requires ./${base}.js.`,
    `"use strict"`,
    `require(${JSON.stringify(from)}).requireEffect3(__filename)`,
    `module.exports = require("./${base}.js")`,
    ``
  ].join("\n")
}

/** Writes every entry's `.node.js` and `.node.cjs` beside it in `dist`, with the names the built module exports. */
export const writeNodeEntries = async (dist: string): Promise<void> => {
  for (const entry of ENTRIES) {
    const module = (await import(pathToFileURL(path.join(dist, `${entry}.js`)).href)) as Record<string, unknown>
    const names = Object.keys(module).filter((name) => name !== "default")
    fs.writeFileSync(path.join(dist, `${entry}.node.js`), nodeEntry(entry, names))
    fs.writeFileSync(path.join(dist, `${entry}.node.cjs`), nodeRequireEntry(entry))
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await writeNodeEntries(path.resolve(process.argv[2] ?? "dist"))
}
