/**
 * Runs an example's program when its file is executed directly (`npx tsx examples/<file>.ts`), and
 * not when a test imports it: a failure is printed with its cause and sets the exit code.
 */
import { Cause, Effect, Exit } from "effect"
import { pathToFileURL } from "node:url"

export const runMain = <A, E>(meta: ImportMeta, program: Effect.Effect<A, E>): void => {
  const entry = process.argv[1]
  if (entry === undefined || meta.url !== pathToFileURL(entry).href) return
  Effect.runPromiseExit(program).then((exit) => {
    if (Exit.isFailure(exit)) {
      console.error(Cause.pretty(exit.cause))
      process.exitCode = 1
    }
  })
}
