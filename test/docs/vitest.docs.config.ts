/**
 * Runs the code blocks of the README and docs/ that are tests (they import `@effect/vitest`), as
 * `test/docs/codeblocks.test.ts` wrote them to `test/docs/.generated/`, with the aliases of the main
 * configuration (`stax-effect` is the source, as a user's import of the package).
 */
import base from "../../vitest.config.js"

export default {
  ...base,
  test: {
    ...base.test,
    include: ["test/docs/.generated/*.spec.ts"],
    reporters: ["default"]
  }
}
