import { HttpClient, HttpClientError, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Logger, LogLevel, Tracer } from "effect"
import { renderings } from "./support/renderings.js"
import { RetryPolicy, Stacks, Stax, StaxConfig } from "stax-effect"
import { Fault, StaxLocal } from "stax-effect/testing"

/** A key that must never be printed. */
const CANARY = "canary7secret7key7never7printed7abc12345"

/** A logger and a tracer that keep everything they are given. */
const capture = () => {
  const lines: Array<string> = []
  const spans: Array<{ name: string; attributes: Map<string, unknown> }> = []
  const logger = Logger.make((options) => {
    lines.push(Logger.stringLogger.log(options), Logger.logfmtLogger.log(options), Logger.jsonLogger.log(options))
  })
  const tracer = Tracer.make({
    span: (name, parent, context, links, startTime, kind) => {
      const attributes = new Map<string, unknown>()
      spans.push({ name, attributes })
      const span: Tracer.Span = {
        _tag: "Span", name, spanId: `s${spans.length}`, traceId: "t", parent, context, links, sampled: true, kind,
        status: { _tag: "Started", startTime }, attributes,
        end: () => {}, attribute: (k, v) => void attributes.set(k, v), event: () => {}, addLinks: () => {}
      }
      return span
    },
    context: (f) => f()
  })
  const layer = Layer.mergeAll(Logger.replace(Logger.defaultLogger, logger), Layer.setTracer(tracer))
  return { lines, spans, layer }
}

/** An HttpClient answering every request with `respond`. */
const answering = (respond: (request: Request) => Response | "transport-error") =>
  Layer.succeed(
    HttpClient.HttpClient,
    HttpClient.make((request, url) => {
      const answer = respond(new Request(url, { method: request.method, headers: request.headers }))
      return answer === "transport-error"
        ? Effect.fail(new HttpClientError.RequestError({
          request,
          reason: "Transport",
          cause: new Error(`socket hang up while sending Authorization: Bearer ${CANARY}`)
        }))
        : Effect.succeed(HttpClientResponse.fromWeb(request, answer))
    })
  )

// No retries: each scenario is one attempt, so no virtual time needs to pass.
const canaryConfig = StaxConfig.layer({
  email: "admin@example.com",
  apiKey: CANARY,
  logLevel: LogLevel.All,
  retry: RetryPolicy.none
})

describe("the API key never appears in errors, logs or spans", () => {
  const scenarios: Array<[string, Layer.Layer<HttpClient.HttpClient>]> = [
    ["an error message that echoes the key", answering(() => Response.json({ success: false, error: `bad key ${CANARY}` }))],
    ["an auth failure that echoes the key", answering(() => Response.json({ success: false, authError: true, error: CANARY }, { status: 401 }))],
    ["an HTML page that echoes the key", answering(() => new Response(`<html>${CANARY}</html>`, { status: 502 }))],
    ["a payload whose bad field holds the key", answering(() => Response.json({ success: true, stack: { _id: CANARY } }))],
    ["a transport error whose cause holds the key", answering(() => "transport-error")]
  ]

  for (const [name, http] of scenarios) {
    it.effect(name, () =>
      Effect.gen(function*() {
        const { layer, lines, spans } = capture()
        const error = yield* Effect.gen(function*() {
          const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }))
          yield* Effect.logError("call failed", error)
          yield* Effect.log(error)
          return error
        }).pipe(
          Effect.provide(Stax.layer.pipe(Layer.provide(Layer.mergeAll(http, canaryConfig)))),
          Effect.provide(layer)
        )
        // The scenario really failed through the SDK, and its text was captured.
        expect(["AuthError", "ApiError", "DecodeError", "TransportError"]).toContain(error._tag)
        expect(lines.length).toBeGreaterThan(0)
        expect(spans.map((s) => s.name)).toContain("Stax.Stacks.get")
        for (const text of [...renderings(error), ...lines]) expect(text).not.toContain(CANARY)
        for (const span of spans) {
          for (const value of span.attributes.values()) expect(String(value)).not.toContain(CANARY)
        }
      }))
  }

  it.effect("the configuration itself prints as redacted", () =>
    Effect.gen(function*() {
      const { layer, lines } = capture()
      const config = yield* StaxConfig.pipe(Effect.provide(canaryConfig))
      yield* Effect.log(config).pipe(Effect.provide(layer))
      for (const text of [...renderings(config), ...lines]) expect(text).not.toContain(CANARY)
    }))

  it.effect("one span per call carries the operation, method, path and status; no span records a header or the query", () =>
    Effect.gen(function*() {
      const { layer, spans } = capture()
      yield* Effect.flip(Stacks.get({ stackTag: "missing" })).pipe(
        Effect.provide(Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer({ failureStatus: "http" })))),
        Effect.provide(layer)
      )
      const span = spans.find((s) => s.name === "Stax.Stacks.get")
      assert(span !== undefined)
      expect(span.attributes.get("http.request.method")).toBe("GET")
      expect(span.attributes.get("url.path")).toBe("/stack/get")
      expect(span.attributes.get("http.response.status_code")).toBe(404)
      expect(span.attributes.get("stax.attempts")).toBe(1)
      for (const recorded of spans) {
        for (const key of recorded.attributes.keys()) {
          expect(key.startsWith("http.request.header.") || key.startsWith("http.response.header.")).toBe(false)
          expect(key === "url.query" || key === "url.full").toBe(false)
        }
      }
    }))

  it.effect("debug logs show each failed attempt when LOG_LEVEL allows it", () =>
    Effect.gen(function*() {
      const { layer, lines } = capture()
      yield* Effect.flip(Stacks.create({ stackPath: "A" })).pipe(
        Effect.provide(Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer({
          faults: [Fault.status("POST /stack/create", 500)],
          client: { logLevel: "debug" }
        })))),
        Effect.provide(layer)
      )
      expect(lines.some((l) => l.includes("Stacks.create: attempt 1 of 3 failed (HTTP 500)"))).toBe(true)
    }))
})
