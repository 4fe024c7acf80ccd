/**
 * The stand-in served on 127.0.0.1 in its own process, for benchmarks: prints one JSON line with its
 * base URL, credentials (the stand-in's fixed local ones) and a seeded document id, then serves until
 * killed.
 */
import { Effect, Redacted } from "effect"
import { StaxLocal } from "stax-effect/testing"

const metadata = Array.from({ length: 30 }, (_, i) => ({
  key: `Field ${i}`,
  value: `Value number ${i} of the benchmark document`,
  class: "text",
  pages: [1],
  confidence: 0.97
}))

Effect.runFork(Effect.scoped(Effect.gen(function*() {
  const local = yield* StaxLocal.serve({
    seed: { documents: [{ name: "benchmark.pdf", metadata, pages: ["p1", "p2"], keywords: ["bench"] }] }
  })
  const [docId] = [...local.model.documents.keys()]
  // Keep the request log from growing without bound during long runs.
  setInterval(() => local.model.requests.splice(0), 1000).unref()
  console.log(JSON.stringify({ baseUrl: local.baseUrl, email: local.email, apiKey: Redacted.value(local.apiKey), docId }))
  yield* Effect.never
})))
