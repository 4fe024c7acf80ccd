/**
 * The README's first example (the program), with its layers taken from bench/sdk-setup.ts: what
 * bench/startup.ts bundles with esbuild to report the size a minimal program pays for the SDK.
 * It is bundled, never run.
 */
import { Effect } from "effect"
import { Documents, Stacks } from "stax-effect"
import { sdkReadmeLayer } from "./sdk-setup.js"

const program = Effect.gen(function*() {
  const stack = yield* Stacks.get({ stackTag: "invoices" })
  const [upload] = yield* Documents.upload({ stackId: stack._id, files: [Documents.file("./invoice.pdf")] })
  const doc = yield* Documents.waitUntilProcessed(upload!.docId!) // polls on a Schedule
  return (doc.metadata ?? []).filter((m) => (m.confidence ?? 0) > 0.9)
}).pipe(
  Effect.catchTag("AuthError", (e) => Effect.logError(`check STAX_EMAIL / STAX_API_KEY: ${e.message}`))
)

program.pipe(Effect.provide(sdkReadmeLayer), Effect.runPromise)
