import { HttpClient, HttpClientRequest, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber, Layer, Redacted, Ref, Schema, Stream, TestClock } from "effect"
import { Documents, RetryPolicy, Stacks, Stax, StaxClient, StaxConfig } from "stax-effect"
import { Fault, StaxLocal, type StaxLocalOptions } from "stax-effect/testing"

const policy = (fields: Partial<RetryPolicy.Fields>) => RetryPolicy.default.with({ jitter: 0, ...fields })

/** The SDK over the in-memory stand-in. */
const local = (options: StaxLocalOptions = {}) => Stax.layer.pipe(Layer.provideMerge(StaxLocal.layer(options)))

/** Counts requests that reached the stand-in for a route. */
const requestsTo = (route: string) => Effect.map(StaxLocal, (l) => l.model.requests.filter((r) => r.route === route).length)

const ID = "65a1f0c2aaaaaaaaaaaaaaaa"

describe("StaxClient: headers", () => {
  it.effect("adds Email, Authorization: Bearer, User-Agent and Accept in one transform", () =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<ReadonlyArray<HttpClientRequest.HttpClientRequest>>([])
      // Wrap the stand-in's client to record the requests as they leave the SDK.
      // Wrap the stand-in's client: `make` sees each request after every transform the SDK added.
      const recording = Layer.effect(
        HttpClient.HttpClient,
        Effect.gen(function*() {
          const inner = yield* HttpClient.HttpClient
          return HttpClient.make((request) =>
            Ref.update(seen, (all) => [...all, request]).pipe(Effect.zipRight(inner.execute(request)))
          )
        })
      )
      const layer = Stax.layer.pipe(Layer.provide(recording), Layer.provideMerge(StaxLocal.layer()))
      yield* Stacks.create({ stackPath: "Invoices" }).pipe(Effect.provide(layer))
      const [request] = yield* Ref.get(seen)
      assert(request !== undefined)
      expect(request.headers["email"]).toBe("admin@stax.local")
      expect(request.headers["authorization"]).toBe("Bearer local0000000000000000000000000000000key")
      expect(request.headers["user-agent"]).toMatch(/^stax-effect\/\d+\.\d+\.\d+ node\//)
      expect(request.headers["accept"]).toBe("application/json")
      expect(request.url).toBe("https://stax.local.invalid/stack/create")
    }))

  it.effect("is accepted by the stand-in, which checks both headers exactly", () =>
    Effect.gen(function*() {
      const stack = yield* Stacks.create({ stackPath: "Invoices" })
      const again = yield* Stacks.get({ stackTag: "Invoices" })
      expect(again._id).toBe(stack._id)
      const l = yield* StaxLocal
      expect(l.model.requests.every((r) => r.authenticated)).toBe(true)
      expect(l.model.requests[1]?.query).toEqual({ stackTag: "Invoices" })
    }).pipe(Effect.provide(local())))
})

describe("StaxClient: typed failures", () => {
  it.effect("a refused key on HTTP 200 (legacy docs) is an AuthError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }))
      assert(error._tag === "AuthError")
      expect(error.status).toBe(200)
      expect(error.message).toBe("Invalid authorization credentials")
      expect(error.endpoint).toBe("Stacks.get")
    }).pipe(Effect.provide(local({ clientCredentials: { apiKey: "wrongkey" } }))))

  it.effect("a refused key on HTTP 401 (trust-accounting docs) is an AuthError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.create({ stackPath: "A" }))
      assert(error._tag === "AuthError")
      expect(error.status).toBe(401)
    }).pipe(Effect.provide(local({ failureStatus: "http", clientCredentials: { apiKey: "wrongkey" } }))))

  it.effect("a non-administrator's key (403) is an AuthError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }))
      assert(error._tag === "AuthError")
      expect(error.status).toBe(403)
    }).pipe(Effect.provide(local({
      failureStatus: "http",
      team: { memberKeys: [{ email: "member@stax.local", apiKey: "memberkey" }] },
      clientCredentials: { email: "member@stax.local", apiKey: "memberkey" }
    }))))

  it.effect("success: false on HTTP 200 is an ApiError with the server's message", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Documents.get({ docId: ID }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(200)
      expect(error.message).toBe("Document not found")
    }).pipe(Effect.provide(local())))

  it.effect("a 404 with the same body is an ApiError with status 404", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackId: ID }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(404)
      expect(error.message).toBe("Stack not found")
    }).pipe(Effect.provide(local({ failureStatus: "http" }))))

  it.effect("a 500 on a POST is an ApiError, sent once and not retried", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.create({ stackPath: "A" }))
      assert(error._tag === "ApiError")
      expect(error.status).toBe(500)
      expect(yield* requestsTo("POST /stack/create")).toBe(1)
    }).pipe(Effect.provide(local({ faults: [Fault.status("POST /stack/create", 500, { times: 5 })] }))))

  it.effect("an HTML gateway page is a DecodeError with a short excerpt", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.create({ stackPath: "A" }))
      assert(error._tag === "DecodeError")
      expect(error.status).toBe(502)
      expect(error.message).toContain("HTML")
      expect(error.excerpt.startsWith("<html>")).toBe(true)
      expect(error.excerpt.length).toBeLessThanOrEqual(201)
    }).pipe(Effect.provide(local({ faults: [Fault.status("POST /stack/create", 502, { body: "html" })] }))))

  it.effect("a truncated body is a DecodeError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }))
      assert(error._tag === "DecodeError")
      expect(error.status).toBe(200)
      expect(error.excerpt).toContain(`"success": true`)
    }).pipe(Effect.provide(local({ faults: [Fault.status("GET /stack/get", 200, { body: "truncated" })] }))))

  it.effect("JSON without success is a DecodeError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }))
      assert(error._tag === "DecodeError")
      expect(error.message).toContain("success")
    }).pipe(Effect.provide(local({ faults: [Fault.status("GET /stack/get", 200, { body: "malformed" })] }))))

  it.effect("bad input is an InputError naming the field, and nothing is sent", () =>
    Effect.gen(function*() {
      const l = yield* StaxLocal
      const bad = yield* Effect.flip(Documents.get({ docId: "not-an-id" }))
      assert(bad._tag === "InputError")
      expect(bad.field).toBe("docId")
      const both = yield* Effect.flip(Stacks.get({ stackId: ID, stackTag: "x" } as never))
      assert(both._tag === "InputError")
      expect(both.message).toContain("exactly one of stackId and stackTag")
      const neither = yield* Effect.flip(Stacks.get({} as never))
      assert(neither._tag === "InputError")
      const typo = yield* Effect.flip(Documents.get({ documentId: ID } as never))
      assert(typo._tag === "InputError")
      expect(typo.message).toContain("docId: is missing")
      expect(typo.message).toContain("documentId: is unexpected")
      const extra = yield* Effect.flip(Documents.get({ docId: ID, documentId: ID } as never))
      assert(extra._tag === "InputError")
      expect(extra.field).toBe("documentId")
      expect(l.model.requests).toHaveLength(0)
    }).pipe(Effect.provide(local())))
})

describe("StaxClient: decoding", () => {
  it.effect("keeps unknown extra fields on decoded resources", () =>
    Effect.gen(function*() {
      const stack = yield* Stacks.get({ stackTag: "Invoices" })
      expect((stack as unknown as { color: string }).color).toBe("blue")
      expect(stack.numDocuments).toBe(0)
    }).pipe(Effect.provide(local({ seed: { stacks: [{ path: "Invoices", color: "blue" }] } }))))

  it.effect("fails with a DecodeError naming the path when a documented field has the wrong type", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "Invoices" }))
      assert(error._tag === "DecodeError")
      expect(error.path).toBe("stack.numDocuments")
      expect(error.message).toContain("stack.numDocuments")
    }).pipe(Effect.provide(local({ seed: { stacks: [{ path: "Invoices", numDocuments: "many" }] } }))))

  it.effect("decodes documented date-times into Dates and null into absent fields", () =>
    Effect.gen(function*() {
      const l = yield* StaxLocal
      const [id] = [...l.model.documents.keys()]
      const doc = yield* Documents.get({ docId: id! })
      expect(doc.deadline).toBeUndefined()
      expect(doc.lastModified).toBeInstanceOf(Date)
    }).pipe(Effect.provide(local({ seed: { documents: [{ name: "a.pdf", deadline: null }] } }))))
})

describe("StaxClient: retries (TestClock)", () => {
  it.effect("retries a GET on 503 up to maxAttempts, waiting the computed delays", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(Stacks.get({ stackTag: "x" })))
      yield* TestClock.adjust("999 millis")
      expect(yield* requestsTo("GET /stack/get")).toBe(1)
      yield* TestClock.adjust("1 millis") // 1 s: backoffFactor * 2^0
      expect(yield* requestsTo("GET /stack/get")).toBe(2)
      yield* TestClock.adjust("1999 millis")
      expect(yield* requestsTo("GET /stack/get")).toBe(2)
      yield* TestClock.adjust("1 millis") // 2 s more: backoffFactor * 2^1
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "ApiError")
      expect(error.status).toBe(503)
      expect(yield* requestsTo("GET /stack/get")).toBe(3)
    }).pipe(Effect.provide(local({
      faults: [Fault.status("GET /stack/get", 503, { times: 10 })],
      client: { retry: policy({ backoffFactor: 1, maxAttempts: 3 }) }
    }))))

  it.effect("succeeds when a retry does", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Stacks.get({ stackTag: "Invoices" }))
      yield* TestClock.adjust("1 minute")
      const stack = yield* Fiber.join(fiber)
      expect(stack.path).toBe("Invoices")
      expect(yield* requestsTo("GET /stack/get")).toBe(3)
    }).pipe(Effect.provide(local({
      seed: { stacks: [{ path: "Invoices" }] },
      faults: [Fault.status("GET /stack/get", 502, { times: 1 }), Fault.status("GET /stack/get", 504, { times: 1 })]
    }))))

  it.effect("retries a POST on 503 and 429 (the server did not act), applying the write once", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Stacks.create({ stackPath: "A" }))
      yield* TestClock.adjust("1 minute")
      yield* Fiber.join(fiber)
      const l = yield* StaxLocal
      expect(yield* requestsTo("POST /stack/create")).toBe(3)
      expect(l.model.appliedCount("POST /stack/create")).toBe(1)
    }).pipe(Effect.provide(local({
      faults: [Fault.status("POST /stack/create", 503), Fault.status("POST /stack/create", 429)]
    }))))

  /** The second request arrives exactly `millis` after the first, not a millisecond earlier. */
  const retriedAfter = (millis: number) =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Stacks.get({ stackTag: "Invoices" }))
      yield* TestClock.adjust(`${millis - 1} millis`)
      expect(yield* requestsTo("GET /stack/get")).toBe(1)
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(fiber)
      expect(yield* requestsTo("GET /stack/get")).toBe(2)
    })
  const seeded = (retryAfter: string, retry: RetryPolicy) =>
    local({
      seed: { stacks: [{ path: "Invoices" }] },
      faults: [Fault.status("GET /stack/get", 503, { retryAfter })],
      client: { retry }
    })

  it.effect("honours Retry-After in seconds", () =>
    retriedAfter(5000).pipe(Effect.provide(seeded("5", policy({ backoffFactor: 0.1 })))))

  it.effect("honours Retry-After as an HTTP date", () =>
    // TestClock starts at the epoch: this date is 7 s ahead.
    retriedAfter(7000).pipe(Effect.provide(seeded(new Date(7000).toUTCString(), policy({ backoffFactor: 0.1 })))))

  it.effect("caps Retry-After at maxDelay", () =>
    retriedAfter(3000).pipe(Effect.provide(seeded("3600", policy({ maxDelay: 3 })))))

  it.effect("honours Retry-After on a 429 for a POST", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Stacks.create({ stackPath: "A" }))
      yield* TestClock.adjust("1999 millis")
      expect(yield* requestsTo("POST /stack/create")).toBe(1)
      yield* TestClock.adjust("1 millis")
      yield* Fiber.join(fiber)
      expect(yield* requestsTo("POST /stack/create")).toBe(2)
    }).pipe(Effect.provide(local({
      faults: [Fault.status("POST /stack/create", 429, { retryAfter: "2" })],
      client: { retry: policy({ backoffFactor: 0.1 }) }
    }))))

  it.effect("times an attempt out with a TransportError that may have been sent", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(Stacks.create({ stackPath: "A" })))
      yield* TestClock.adjust("5 seconds")
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(error.maybeSent).toBe(true)
      expect(yield* requestsTo("POST /stack/create")).toBe(1)
      // It names the limit reached and the attempts made (a POST maybe sent is not retried).
      expect(error.attempts).toBe(1)
      expect(error.message).toBe("no complete answer within 5s (the timeout) (after 1 of at most 3 attempts)")
    }).pipe(Effect.provide(local({
      faults: [Fault.delay("POST /stack/create", "1 minute")],
      client: { timeout: "5 seconds", retry: policy({ maxAttempts: 3 }) }
    }))))

  it.effect("retries a GET after a timeout", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Stacks.get({ stackTag: "Invoices" }))
      yield* TestClock.adjust("5 seconds")
      yield* TestClock.adjust("1 second")
      const stack = yield* Fiber.join(fiber)
      expect(stack.path).toBe("Invoices")
      expect(yield* requestsTo("GET /stack/get")).toBe(2)
    }).pipe(Effect.provide(local({
      seed: { stacks: [{ path: "Invoices" }] },
      faults: [Fault.delay("GET /stack/get", "1 minute")],
      client: { timeout: "5 seconds", retry: policy({ backoffFactor: 1 }) }
    }))))

  it.effect("does not retry a POST whose connection broke after the write was applied", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.create({ stackPath: "A" }))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Connection")
      expect(error.maybeSent).toBe(true)
      const l = yield* StaxLocal
      expect(yield* requestsTo("POST /stack/create")).toBe(1)
      expect(l.model.appliedCount("POST /stack/create")).toBe(1)
    }).pipe(Effect.provide(local({ faults: [Fault.reset("POST /stack/create", "after")] }))))

  it.effect("retries a POST whose connection was refused (it never left), applying it once", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Stacks.create({ stackPath: "A" }))
      yield* TestClock.adjust("1 minute")
      const stack = yield* Fiber.join(fiber)
      expect(stack.path).toBe("A")
      const l = yield* StaxLocal
      expect(yield* requestsTo("POST /stack/create")).toBe(2)
      expect(l.model.appliedCount("POST /stack/create")).toBe(1)
    }).pipe(Effect.provide(local({ faults: [Fault.reset("POST /stack/create", "refuse")] }))))

  it.effect("StaxClient.withTimeout gives the calls of one effect a longer timeout", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Stacks.create({ stackPath: "Slow" }).pipe(StaxClient.withTimeout("30 seconds")))
      yield* TestClock.adjust("20 seconds")
      const stack = yield* Fiber.join(fiber)
      expect(stack.path).toBe("Slow")
      // The configured 5 s still applies outside it.
      const other = yield* Effect.fork(Effect.flip(Stacks.create({ stackPath: "Slow" })))
      yield* TestClock.adjust("5 seconds")
      const error = yield* Fiber.join(other)
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
      expect(error.message).toContain("5s")
    }).pipe(Effect.provide(local({
      faults: [Fault.delay("POST /stack/create", "20 seconds", { times: 2 })],
      client: { timeout: "5 seconds" }
    }))))

  it.effect("StaxClient.withRetryPolicy replaces the configured policy for one effect", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }).pipe(StaxClient.withRetryPolicy(RetryPolicy.none)))
      assert(error._tag === "ApiError")
      expect(yield* requestsTo("GET /stack/get")).toBe(1)
    }).pipe(Effect.provide(local({ faults: [Fault.status("GET /stack/get", 503, { times: 5 })] }))))

  it.effect("RetryPolicy.none sends exactly once", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }))
      assert(error._tag === "ApiError")
      expect(yield* requestsTo("GET /stack/get")).toBe(1)
    }).pipe(Effect.provide(local({
      faults: [Fault.status("GET /stack/get", 503, { times: 5 })],
      client: { retry: RetryPolicy.none }
    }))))

  it.effect("RetryPolicy.staxapp waits 0, 2, 4, 8, 16 s over 6 attempts", () =>
    Effect.gen(function*() {
      const fiber = yield* Effect.fork(Effect.flip(Stacks.get({ stackTag: "x" })))
      const counts: Array<number> = []
      for (const step of [0, 2, 4, 8, 16]) {
        yield* TestClock.adjust(`${step} seconds`)
        counts.push(yield* requestsTo("GET /stack/get"))
      }
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "ApiError")
      expect(counts).toEqual([2, 3, 4, 5, 6])
    }).pipe(Effect.provide(local({
      faults: [Fault.status("GET /stack/get", 500, { times: 10 })],
      client: { retry: RetryPolicy.staxapp }
    }))))
})

describe("StaxClient: credentials from a provider", () => {
  it.effect("refreshes the credentials once after an AuthError and retries", () =>
    Effect.gen(function*() {
      const l = yield* StaxLocal
      const fetched = yield* Ref.make(0)
      // The first key was rotated away; the provider's second answer is the current key.
      const provider = Ref.updateAndGet(fetched, (n) => n + 1).pipe(
        Effect.map((n) => ({ email: l.email, apiKey: n === 1 ? Redacted.make("rotatedaway") : l.apiKey }))
      )
      const layer = Stax.layer.pipe(Layer.provide(StaxConfig.layer({ baseUrl: l.baseUrl, credentials: provider })))
      const stack = yield* Stacks.create({ stackPath: "A" }).pipe(Effect.provide(layer))
      expect(stack.path).toBe("A")
      expect(yield* Ref.get(fetched)).toBe(2)
      expect(yield* requestsTo("POST /stack/create")).toBe(2)
    }).pipe(Effect.provide(StaxLocal.layer())))

  it.effect("fetches credentials again before they expire", () =>
    Effect.gen(function*() {
      const l = yield* StaxLocal
      const fetched = yield* Ref.make(0)
      const provider = Ref.updateAndGet(fetched, (n) => n + 1).pipe(
        Effect.zipRight(Effect.clockWith((clock) => clock.currentTimeMillis)),
        Effect.map((now) => ({ email: l.email, apiKey: l.apiKey, expiresAt: now + 90_000 }))
      )
      const layer = Stax.layer.pipe(Layer.provide(StaxConfig.layer({ baseUrl: l.baseUrl, credentials: provider })))
      yield* Effect.gen(function*() {
        yield* Stacks.create({ stackPath: "A" })
        yield* TestClock.adjust("29 seconds")
        yield* Stacks.create({ stackPath: "B" })
        expect(yield* Ref.get(fetched)).toBe(1)
        yield* TestClock.adjust("2 seconds") // now 31 s: within 60 s of the expiry at 90 s
        yield* Stacks.create({ stackPath: "C" })
        expect(yield* Ref.get(fetched)).toBe(2)
      }).pipe(Effect.provide(layer))
    }).pipe(Effect.provide(StaxLocal.layer())))

  it.effect("static credentials are never retried after an AuthError", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" }))
      assert(error._tag === "AuthError")
      expect(yield* requestsTo("GET /stack/get")).toBe(1)
    }).pipe(Effect.provide(local({ clientCredentials: { apiKey: "wrongkey" } }))))
})

describe("StaxClient: redirects", () => {
  /** An HttpClient that answers the API's origin with a redirect and records everything. */
  const redirecting = (location: string) =>
    Effect.gen(function*() {
      const seen = yield* Ref.make<ReadonlyArray<{ url: string; headers: Record<string, string> }>>([])
      const client = HttpClient.make((request, url) =>
        Effect.gen(function*() {
          yield* Ref.update(seen, (all) => [...all, { url: url.href, headers: { ...request.headers } }])
          const response = url.pathname === "/stack/get"
            ? new Response(null, { status: 302, headers: { location } })
            : Response.json({ success: true, stack: { _id: ID, path: "Moved" } })
          return HttpClientResponse.fromWeb(request, response)
        })
      )
      const layer = Stax.layer.pipe(
        Layer.provide(Layer.succeed(HttpClient.HttpClient, client)),
        Layer.provide(StaxConfig.layer({ email: "a@b.co", apiKey: "redirectsecret" }))
      )
      return { seen, layer }
    })

  it.effect("does not follow a JSON call's redirect to another origin (its answer is not the API's)", () =>
    Effect.gen(function*() {
      const { layer, seen } = yield* redirecting("https://elsewhere.example/stack/moved")
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" })).pipe(Effect.provide(layer))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Redirect")
      expect(error.message).toContain("https://elsewhere.example")
      const requests = yield* Ref.get(seen)
      expect(requests).toHaveLength(1)
      expect(requests[0]?.headers["authorization"]).toBe("Bearer redirectsecret")
    }))

  it.effect("refuses a redirect whose Location is not a URL with a typed error, not a defect", () =>
    Effect.gen(function*() {
      const { layer } = yield* redirecting("http://[::1")
      const exit = yield* Effect.exit(Stacks.get({ stackTag: "x" })).pipe(Effect.provide(layer))
      assert(Exit.isFailure(exit))
      expect(exit.cause._tag).toBe("Fail")
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" })).pipe(Effect.provide(layer))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Redirect")
    }))

  it.effect("keeps credentials on a same-origin redirect", () =>
    Effect.gen(function*() {
      const { layer, seen } = yield* redirecting("/stack/moved")
      yield* Stacks.get({ stackTag: "x" }).pipe(Effect.provide(layer))
      const [, second] = yield* Ref.get(seen)
      expect(second?.url).toBe("https://api.stax.ai/stack/moved")
      expect(second?.headers["authorization"]).toBe("Bearer redirectsecret")
      expect(second?.headers["email"]).toBe("a@b.co")
    }))

  it.effect("refuses a redirect from https to plain http", () =>
    Effect.gen(function*() {
      const { layer, seen } = yield* redirecting("http://elsewhere.example/stack/moved")
      const error = yield* Effect.flip(Stacks.get({ stackTag: "x" })).pipe(Effect.provide(layer))
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Redirect")
      expect(yield* Ref.get(seen)).toHaveLength(1)
    }))
})

describe("StaxClient: exits", () => {
  it.effect("a failed call is a failure exit, never a defect", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(Stacks.get({ stackTag: "x" }))
      assert(Exit.isFailure(exit))
      expect(exit.cause._tag).toBe("Fail")
    }).pipe(Effect.provide(local({ faults: [Fault.status("GET /stack/get", 200, { body: "empty" })] }))))
})

describe("StaxClient: binary answers", () => {
  const download = StaxClient.endpoint({
    name: "Test.download",
    method: "GET",
    path: "/document/download",
    input: Schema.Struct({ docId: Schema.String }),
    output: Schema.Unknown
  })
  /** An API whose download sends one chunk, then `rest`. */
  const api = (rest: "end" | "stall", status = 200, body?: unknown) =>
    Stax.layer.pipe(
      Layer.provide(Layer.succeed(
        HttpClient.HttpClient,
        HttpClient.make((request) =>
          Effect.sync(() => {
            if (body !== undefined) return HttpClientResponse.fromWeb(request, Response.json(body, { status }))
            const stream = new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(new Uint8Array([1, 2, 3]))
                if (rest === "end") controller.close()
              }
            })
            return HttpClientResponse.fromWeb(
              request,
              new Response(stream, { status, headers: { "content-type": "application/pdf" } })
            )
          })
        )
      )),
      Layer.provide(StaxConfig.layer({ email: "a@b.co", apiKey: "streamkey", timeout: "10 seconds" }))
    )

  it.effect("streams the bytes of a binary answer, never decoding them", () =>
    Effect.gen(function*() {
      const client = yield* StaxClient
      const chunks = yield* Stream.runCollect(client.stream(download, { docId: "x" }))
      expect([...chunks].flatMap((c) => [...c])).toEqual([1, 2, 3])
    }).pipe(Effect.provide(api("end"))))

  it.effect("fails a download that stalls for longer than the timeout", () =>
    Effect.gen(function*() {
      const client = yield* StaxClient
      const fiber = yield* Effect.fork(Effect.flip(Stream.runDrain(client.stream(download, { docId: "x" }))))
      yield* TestClock.adjust("10 seconds")
      const error = yield* Fiber.join(fiber)
      assert(error._tag === "TransportError")
      expect(error.reason).toBe("Timeout")
    }).pipe(Effect.provide(api("stall"))))

  it.effect("streams a file that is itself JSON as its bytes, not as an envelope", () =>
    Effect.gen(function*() {
      const client = yield* StaxClient
      const chunks = yield* Stream.runCollect(client.stream(download, { docId: "x" }))
      const text = new TextDecoder().decode(Uint8Array.from([...chunks].flatMap((c) => [...c])))
      expect(JSON.parse(text)).toEqual({ invoices: [1, 2], success: true })
    }).pipe(Effect.provide(api("end", 200, { invoices: [1, 2], success: true }))))

  it.effect("turns a JSON failure envelope on HTTP 200 on a binary route into ApiError", () =>
    Effect.gen(function*() {
      const client = yield* StaxClient
      const error = yield* Effect.flip(Stream.runDrain(client.stream(download, { docId: "x" })))
      assert(error._tag === "ApiError")
      expect(error.message).toBe("Document not found")
    }).pipe(Effect.provide(api("end", 200, { success: false, error: "Document not found" }))))

  it.effect("turns a JSON error envelope on a binary route into AuthError", () =>
    Effect.gen(function*() {
      const client = yield* StaxClient
      const error = yield* Effect.flip(Stream.runDrain(client.stream(download, { docId: "x" })))
      assert(error._tag === "AuthError")
      expect(error.status).toBe(401)
    }).pipe(Effect.provide(api("end", 401, { success: false, authError: true, error: "Invalid autho" }))))
})
