/**
 * Which Effect the SDK runs next to. stax-effect is built on Effect 3 (`effect@^3.22`,
 * `@effect/platform@^0.97`); next to Effect 4 its modules cannot even be linked (`effect/Effect.js` and
 * others are gone), so ES modules fail before any code of the SDK runs, with an `ERR_MODULE_NOT_FOUND`
 * that names `effect`, not stax-effect. This module imports nothing from Effect, so a program that loads
 * it first (the `stax` CLI does) can still say what is wrong.
 *
 * @since 0.2.0
 */
import * as fs from "node:fs"
import { createRequire } from "node:module"
import * as path from "node:path"
import { VERSION } from "../core/version.js"

/**
 * The `effect` range the SDK needs: the same as package.json's `peerDependencies.effect` (a test checks).
 *
 * @since 0.2.0
 * @category Constants
 */
export const EFFECT_RANGE = "^3.22.4"

/**
 * The install line for the Effect 3 line the SDK needs, as the README gives it.
 *
 * @since 0.2.0
 * @category Constants
 */
export const INSTALL_LINE = "npm install effect@^3.22 @effect/platform@^0.97"

/** `[major, minor, patch]` of a version such as `3.22.4` or `4.0.0-beta.1` (missing parts are 0). */
const numbers = (version: string): ReadonlyArray<number> =>
  version.split(/[.+-]/).slice(0, 3).map((part) => Number.parseInt(part, 10) || 0)

/**
 * Whether `version` satisfies {@link EFFECT_RANGE} (a caret range: same major, not earlier).
 *
 * @since 0.2.0
 * @category Predicates
 */
export const satisfiesEffectRange = (version: string): boolean => {
  const [major = 0, minor = 0, patch = 0] = numbers(version)
  const [needMajor = 0, needMinor = 0, needPatch = 0] = numbers(EFFECT_RANGE.slice(1))
  if (major !== needMajor) return false
  return minor !== needMinor ? minor > needMinor : patch >= needPatch
}

/**
 * The message for an `effect` version the SDK cannot run with (`undefined` when none is installed),
 * or `undefined` when the version is fine. It names stax-effect, the version found and the one needed.
 *
 * @since 0.2.0
 * @category Messages
 */
export const effectVersionProblem = (found: string | undefined): string | undefined => {
  if (found !== undefined && satisfiesEffectRange(found)) return undefined
  const seen = found === undefined ? "no `effect` package is installed" : `found effect ${found}`
  const edition = found !== undefined && numbers(found)[0]! >= 4
    ? " An Effect 4 edition of stax-effect will come as a later major version (see the README's Install section)."
    : ""
  return `stax-effect ${VERSION} needs Effect 3 (effect@${EFFECT_RANGE}, @effect/platform@^0.97), but ${seen}. ` +
    `Install the Effect 3 line: ${INSTALL_LINE}.${edition}`
}

/**
 * The version of the `effect` package that Node would load from the module at `from` (a file URL or
 * path), read from its package.json without loading Effect; `undefined` when none is found.
 *
 * @since 0.2.0
 * @category Node
 */
export const installedEffectVersion = (from: string | URL): string | undefined => {
  const require = createRequire(from)
  for (const dir of require.resolve.paths("effect") ?? []) {
    const file = path.join(dir, "effect", "package.json")
    if (!fs.existsSync(file)) continue
    const version: unknown = (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: unknown }).version
    return typeof version === "string" ? version : undefined
  }
  return undefined
}

/**
 * Throws an `Error` whose message is {@link effectVersionProblem}'s when the `effect` that Node would
 * load from `from` is not Effect 3 (`^3.22.4`). The package's Node entry points call it before they load
 * the SDK, so `import "stax-effect"` next to Effect 4 fails with this message instead of a link error.
 *
 * @since 0.2.0
 * @category Node
 */
export const requireEffect3 = (from: string | URL): void => {
  const problem = effectVersionProblem(installedEffectVersion(from))
  if (problem !== undefined) throw new Error(problem)
}
