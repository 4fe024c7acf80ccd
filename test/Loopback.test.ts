import { FetchHttpClient } from "@effect/platform"
import { assert, expect, layer } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { RetryPolicy, Stacks, Stax, StaxConfig } from "stax-effect"
import { Fault, StaxLocal } from "stax-effect/testing"
import { UndiciHttpClient } from "stax-effect/node"
import { program } from "../examples/quickstart.js"

// The SDK against the stand-in served on a real 127.0.0.1 socket, over each transport: the platform's
// FetchHttpClient and the SDK's own UndiciHttpClient.
const transports = [
  ["FetchHttpClient", FetchHttpClient.layer],
  ["UndiciHttpClient", UndiciHttpClient.layer]
] as const

for (const [transport, http] of transports) {
const Served = Stax.layer.pipe(
  Layer.provideMerge(StaxLocal.layerServer({ client: { retry: RetryPolicy.none } })),
  Layer.provideMerge(http)
)

layer(Served, { excludeTestServices: true })(`over a loopback socket with ${transport}`, (it) => {
  it.effect("creates a stack and reads it back by tag", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      expect(local.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const created = yield* Stacks.create({ stackPath: "Loopback" })
      const found = yield* Stacks.get({ stackTag: "Loopback" })
      expect(found._id).toBe(created._id)
      expect(local.model.requests.slice(-2).every((r) => r.authenticated)).toBe(true)
    }))

  it.effect("maps a 401 to AuthError", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.settings.failureStatus = "http"
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }).pipe(
        Effect.provide(Stax.layer.pipe(Layer.provide(
          Layer.unwrapEffect(Effect.map(StaxLocal, (l) =>
            StaxConfig.layer({ email: l.email, apiKey: "wrongkey", baseUrl: l.baseUrl })))
        )))
      ))
      local.settings.failureStatus = "always-200"
      assert(error._tag === "AuthError")
      expect(error.status).toBe(401)
    }))

  it.effect("maps a connection dropped after the write to a TransportError that may have been sent", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      const before = local.model.appliedCount("POST /stack/create")
      local.faults.add(Fault.reset("POST /stack/create", "after"))
      const error = yield* Effect.flip(Stacks.create({ stackPath: "Dropped" }))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Connection")
      expect(error.maybeSent).toBe(true)
      expect(local.model.appliedCount("POST /stack/create")).toBe(before + 1)
    }))

  it.effect("maps an HTML 502 from the socket to DecodeError", () =>
    Effect.gen(function*() {
      const local = yield* StaxLocal
      local.faults.add(Fault.status("GET /stack/get", 502, { body: "html" }))
      const error = yield* Effect.flip(Stacks.get({ stackTag: "Loopback" }))
      assert(error._tag === "DecodeError")
      expect(error.status).toBe(502)
    }))

  it.effect("runs the quickstart", () =>
    Effect.gen(function*() {
      const result = yield* program
      expect(result.found._id).toBe(result.created._id)
      expect(result.refused).toContain("AuthError")
    }))
})
}
