#!/usr/bin/env node
/**
 * Completes package-lock.json with the platform-specific optional packages that npm left out.
 *
 * Why: the registry this project's machines reach serves only this platform's native packages
 * (esbuild's, rollup's, msgpackr's for other platforms answer 404), so `npm install` writes a lock
 * without them, and npm 11's `npm ci` then refuses that lock ("Missing: ... from lock file"). This adds
 * an entry for each missing optional package (version, optional, dev, and its platform as the package
 * name states it), which `npm ci` skips on other platforms exactly as it would with full metadata.
 *
 * Run after any change to the dependencies: `npm install && node scripts/complete-lockfile.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs"

const path = new URL("../package-lock.json", import.meta.url)
const lock = JSON.parse(readFileSync(path, "utf8"))
const packages = lock.packages

const OS = ["android", "darwin", "freebsd", "linux", "win32", "netbsd", "openbsd", "sunos", "aix", "openharmony"]
const CPU = ["arm64", "arm", "x64", "ia32", "loong64", "mips64el", "ppc64", "riscv64", "s390x", "wasm32"]
/** `@rollup/rollup-linux-arm64-musl` → { os: ["linux"], cpu: ["arm64"], libc: ["musl"] } */
const platformOf = (name) => {
  const parts = name.split("/").pop().split("-")
  const os = parts.find((p) => OS.includes(p))
  const cpu = parts.find((p) => CPU.includes(p))
  const libc = parts.includes("musl") ? "musl" : parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : undefined
  return {
    ...(os === undefined ? {} : { os: [os] }),
    ...(cpu === undefined ? {} : { cpu: [cpu] }),
    ...(libc === undefined || os !== "linux" ? {} : { libc: [libc] })
  }
}

let added = 0
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`
    if (packages[target] !== undefined) continue
    packages[target] = { version, ...platformOf(name), ...(entry.dev ? { dev: true } : {}), optional: true }
    added++
  }
  void key
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)))
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n")
console.log(`complete-lockfile: added ${added} platform-specific optional package entries`)
