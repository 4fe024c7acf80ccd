/**
 * The SDK's public API against a hostile server, in memory: an `HttpClient` answering generated
 * statuses, headers and bodies (deep nesting, invalid UTF-8, lying content-length, bad gzip, echoed
 * keys, prototype keys, endless bodies). Every outcome must be a success value or a tagged SDK error.
 *
 * Replay a failure with `HOSTILE_SEED=<seed printed by the run> npx vitest run test/hostile`.
 */
import { HttpClient, HttpClientResponse } from "@effect/platform"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import fc from "fast-check"
import { gzipSync } from "node:zlib"
import { expectSound, hasPlainPrototypes, KEY, operationName, type OperationName, runCase, runtimeOver, seed } from "./harness.js"
import { endless } from "./raw.js"

const BASE_URL = "https://api.stax.test"
const SEED = seed("hostile/memory")
const encoder = new TextEncoder()

/** What the hostile server answers. */
interface Spec {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array | "endless"
}

let current: Spec = { status: 200, headers: {}, body: new Uint8Array() }

/** What an endless body repeats. */
const ENDLESS_CHUNK = encoder.encode(`{"success":true,"pad":"${"x".repeat(16_000)}",`)

const NULL_BODY = new Set([204, 205, 304])

/** What another origin answers: a well-formed success, which a JSON call must still not decode. */
const OTHER_ORIGIN = encoder.encode(`{"success":true,"stack":{"_id":"65a1f0c2000000000000eeee","path":"elsewhere"}}`)

const hostile = HttpClient.make((request, url) =>
  Effect.sync(() => {
    if (url.origin !== BASE_URL) {
      return HttpClientResponse.fromWeb(request, new Response(OTHER_ORIGIN, { status: 200, headers: { "content-type": "application/json" } }))
    }
    const spec = current
    const body = NULL_BODY.has(spec.status) ? null : spec.body === "endless" ? endless(ENDLESS_CHUNK) : spec.body
    return HttpClientResponse.fromWeb(request, new Response(body as BodyInit | null, { status: spec.status, headers: spec.headers }))
  })
)

const runtime = runtimeOver(Layer.succeed(HttpClient.HttpClient, hostile), BASE_URL, "200 millis")
afterAll(() => runtime.dispose())

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const headerValue = fc.string({ maxLength: 40 }).filter((s) => /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(s))

const status = fc.oneof(
  fc.integer({ min: 200, max: 599 }),
  fc.constantFrom(200, 201, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 429, 500, 502, 503, 504)
)

/** Headers a hostile server sends; `Location` stays on the API's origin (other origins: see the skipped property). */
const headers = fc.record({
  "content-type": fc.constantFrom("application/json", "application/json; charset=utf-8", "text/html", "application/octet-stream", "garbage/;;;"),
  "retry-after": fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.constant("Wed, 21 Oct 2099 07:28:00 GMT"), headerValue),
  "content-length": fc.nat({ max: 10_000_000 }).map(String),
  "content-encoding": fc.constantFrom("gzip", "br", "deflate", "identity", "x-garbage"),
  location: fc.constantFrom("/stack/get", `${BASE_URL}/document/get`, "?page=2"),
  "x-anything": headerValue
}, { requiredKeys: [] })

const deepText = fc.record({
  depth: fc.integer({ min: 300, max: 100_000 }),
  open: fc.constantFrom("[", `{"a":`),
  where: fc.constantFrom("body", "error", "stack", "doc", "hits")
}).map(({ depth, open, where }) => {
  const close = open === "[" ? "]" : "}"
  const nested = open.repeat(depth) + (open === "[" ? "" : "1") + close.repeat(depth)
  switch (where) {
    case "body":
      return nested
    case "error":
      return `{"success":false,"error":${nested}}`
    default:
      return `{"success":true,"${where}":${nested}}`
  }
})

const payloadKey = fc.constantFrom("stack", "doc", "hits", "docs", "stacks", "total", "error", "success", "authError")
const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "_id", "numDocuments")

/** A JSON object text with hostile own keys (written by hand: `JSON.stringify` cannot write `__proto__` keys). */
const hostileObject: fc.Arbitrary<string> = fc.letrec<{ object: string }>((tie) => ({
  object: fc.array(
    fc.tuple(fc.oneof(hostileKey, fc.string({ maxLength: 8 })), fc.oneof(
      { depthSize: "small" },
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
      tie("object")
    )),
    { maxLength: 5 }
  ).map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`)
})).object

const envelopeText = fc.record({
  success: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
  authError: fc.option(fc.oneof(fc.boolean(), fc.string()), { nil: undefined }),
  extra: fc.array(fc.tuple(payloadKey, fc.oneof(hostileObject, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)))), { maxLength: 4 })
}).map(({ authError, extra, success }) => {
  const parts = [`"success":${JSON.stringify(success)}`]
  if (authError !== undefined) parts.push(`"authError":${JSON.stringify(authError)}`)
  for (const [k, v] of extra) parts.push(`${JSON.stringify(k)}:${v}`)
  return `{${parts.join(",")}}`
})

/** The key echoed at any offset of a long message, as a string, an object, or inside HTML. */
const keyEcho = fc.record({
  before: fc.nat({ max: 1_200 }),
  after: fc.nat({ max: 300 }),
  shape: fc.constantFrom("string", "object", "message", "html", "auth")
}).map(({ after, before, shape }) => {
  const text = "m".repeat(before) + KEY + "n".repeat(after)
  switch (shape) {
    case "string":
      return JSON.stringify({ success: false, error: text })
    case "object":
      return JSON.stringify({ success: false, error: { detail: text, code: 7 } })
    case "message":
      return JSON.stringify({ success: false, error: { message: text } })
    case "auth":
      return JSON.stringify({ success: false, authError: true, error: text })
    default:
      return `<html><body>${text}</body></html>`
  }
})

const bytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 200 }).map((s) => encoder.encode(s)), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 100 }).map((s) => encoder.encode(s)), weight: 1 },
  { arbitrary: fc.jsonValue().map((v) => encoder.encode(JSON.stringify(v))), weight: 2 },
  { arbitrary: envelopeText.map((s) => encoder.encode(s)), weight: 5 },
  { arbitrary: deepText.map((s) => encoder.encode(s)), weight: 2 },
  { arbitrary: keyEcho.map((s) => encoder.encode(s)), weight: 3 },
  // Invalid UTF-8 inside an envelope, and random bytes.
  {
    arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) =>
      new Uint8Array([...encoder.encode(`{"success":false,"error":"`), 0xff, 0xfe, 0xc3, ...b, ...encoder.encode(`"}`)])
    ),
    weight: 1
  },
  { arbitrary: fc.uint8Array({ maxLength: 256 }), weight: 1 },
  // A gzip body that is cut short or is not gzip at all (sent with content-encoding: gzip or not).
  { arbitrary: fc.nat({ max: 40 }).map((n) => gzipSync(encoder.encode(`{"success":true,"stack":{"_id":"a"}}`)).subarray(0, n)), weight: 1 },
  // Large: 1 to 4 MB of an envelope.
  {
    arbitrary: fc.integer({ min: 1, max: 4 }).map((mb) =>
      encoder.encode(`{"success":false,"error":"${"e".repeat(mb * 1024 * 1024)}${KEY}"}`)
    ),
    weight: 1
  }
)

const spec = (options: { readonly endless: boolean }): fc.Arbitrary<Spec> =>
  fc.record({
    status,
    headers,
    body: options.endless
      ? fc.oneof({ arbitrary: bytes, weight: 80 }, { arbitrary: fc.constant("endless" as const), weight: 1 })
      : bytes
  })

const check = async (name: OperationName, s: Spec) => {
  current = s
  const outcome = await runCase(runtime, name)
  expectSound(outcome)
  if (outcome._tag === "Success" && !hasPlainPrototypes(outcome.value)) {
    throw new Error(`${name}: a success value with an injected prototype`)
  }
}

describe("the public API against a hostile server (in memory)", () => {
  it("ends every JSON call in a success value or a tagged SDK error, never a defect, a hang or a key", async () => {
    const jsonCalls = fc.constantFrom<OperationName>("Stacks.get", "Documents.get", "Search.search")
    await fc.assert(fc.asyncProperty(jsonCalls, spec({ endless: true }), check), { seed: SEED, numRuns: 1_200 })
  }, 120_000)

  it("ends every download with a bounded body in bytes or a tagged SDK error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constant<OperationName>("Documents.download"), spec({ endless: false }), check),
      { seed: SEED, numRuns: 400 }
    )
  })

  it("never lets a __proto__ key set a decoded object's prototype", async () => {
    current = {
      status: 200,
      headers: { "content-type": "application/json" },
      body: encoder.encode(`{"success":true,"stack":{"_id":"65a1f0c2000000000000abcd","__proto__":{"polluted":1},"x":{"__proto__":{"polluted":2}}}}`)
    }
    const outcome = await runCase(runtime, "Stacks.get")
    expect(outcome._tag).toBe("Success")
    assertSuccess(outcome)
    const stack = outcome.value as Record<string, any>
    expect(stack["polluted"]).toBeUndefined()
    expect(stack["x"]["polluted"]).toBeUndefined()
    expect(hasPlainPrototypes(stack)).toBe(true)
  })

  // Waits for the pipeline: resolve Location with a guarded `new URL` (a bad one is a TransportError "Redirect").
  it("ends a redirect whose Location is not a URL in a TransportError", async () => {
    await fc.assert(fc.asyncProperty(
      operationName,
      fc.constantFrom("http://[::1", "https://a b", "http://%zz", "//:0", "http://example.com:99999"),
      async (name, location) => check(name, { status: 302, headers: { location }, body: new Uint8Array() })
    ), { seed: SEED, numRuns: 50 })
  })

  // Waits for the pipeline: a JSON call redirected to another origin must not decode that origin's answer.
  it("refuses to decode a JSON answer from another origin after a redirect", async () => {
    current = { status: 302, headers: { location: "https://evil.example/stack/get" }, body: new Uint8Array() }
    const outcome = await runCase(runtime, "Stacks.get")
    expect(outcome._tag === "Typed" && outcome.error._tag === "TransportError").toBe(true)
  })

  // A download whose data never stops ends at its total time limit (`downloadTimeout`).
  it("ends a download of an endless body in a TransportError at downloadTimeout", async () => {
    const limited = runtimeOver(Layer.succeed(HttpClient.HttpClient, hostile), BASE_URL, "200 millis", {
      downloadTimeout: "300 millis"
    })
    current = { status: 200, headers: { "content-type": "application/pdf" }, body: "endless" }
    const outcome = await runCase(limited, "Documents.download")
    await limited.dispose()
    expect(outcome._tag === "Typed" && outcome.error._tag === "TransportError").toBe(true)
  })

  // A JSON answer over `maxResponseBytes` (counted as it is read) is refused, not decoded.
  it("refuses a JSON answer larger than the size cap", async () => {
    const capped = runtimeOver(Layer.succeed(HttpClient.HttpClient, hostile), BASE_URL, "2 seconds", {
      maxResponseBytes: 16 * 1024 * 1024
    })
    const pad = "a".repeat(24 * 1024 * 1024)
    current = { status: 200, headers: {}, body: encoder.encode(`{"success":true,"stack":{"_id":"65a1f0c2000000000000abcd","pad":"${pad}"}}`) }
    const outcome = await runCase(capped, "Stacks.get")
    await capped.dispose()
    expect(outcome._tag === "Typed" && outcome.error._tag === "TransportError").toBe(true)
    expect(outcome._tag === "Typed" && (outcome.error as { reason?: string }).reason).toBe("TooLarge")
  })
})

function assertSuccess(outcome: { readonly _tag: string }): asserts outcome is { readonly _tag: "Success"; readonly value: unknown } {
  expect(outcome._tag).toBe("Success")
}
