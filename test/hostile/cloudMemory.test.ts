/**
 * The Stax cloud client's public API against a hostile server, in memory: every route of the login
 * (`public/config`, InitiateAuth, RespondToAuthChallenge, GetId, GetCredentialsForIdentity) and ReadAccounts
 * in turn answers generated statuses, headers and bodies (its valid answer with wrong types or cut short,
 * failures in Cognito's and the API's words, secrets echoed, HTML, garbage, deep nesting, huge and endless
 * bodies), the other routes their valid answers. Every outcome must be a success value or a tagged SDK error,
 * within a bounded time, showing no secret: the secret key, the SRP values sent, the tokens and AWS
 * credentials issued.
 *
 * Replay a failure with `HOSTILE_SEED=<seed printed by the run> npx vitest run test/hostile`.
 */
import { HttpClient, HttpClientResponse } from "@effect/platform"
import { afterAll, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import fc from "fast-check"
import { gzipSync } from "node:zlib"
import {
  cannedAnswer,
  cloudRuntime,
  hostileBody,
  hostileStatus,
  LOGIN_ROUTES,
  readAccounts,
  type Route,
  routeOf,
  secretsBefore,
  sentSecrets,
  withSecrets
} from "./cloud.js"
import { expectSound, hasPlainPrototypes, runEffect, seed } from "./harness.js"
import { endless } from "./raw.js"

const ORIGIN = "https://api.cloud.hostile.test"
const SEED = seed("hostile/cloudMemory")

/** What the targeted route answers. */
interface Spec {
  readonly route: Route
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array | "endless"
}

let current: Spec = { route: "GET /20190206/accounts", status: 200, headers: {}, body: new Uint8Array() }
/** The SRP values the client sent during the current case. */
let sent: Array<string> = []
/** Those of the shared client's last login (its secrets while its credentials last). */
let sharedSent: ReadonlyArray<string> = []
/** The secrets of the current case: the hostile body may echo any of them, no error may show one. */
let known: () => ReadonlyArray<string> = () => []

const encoder = new TextEncoder()
const decoder = new TextDecoder()
const NULL_BODY = new Set([204, 205, 304])
/** What an endless body repeats. */
const ENDLESS_CHUNK = encoder.encode(`{"Accounts":[${"{},".repeat(4_000)}`)


const fake = HttpClient.make((request, url) =>
  Effect.sync(() => {
    const body = request.body._tag === "Uint8Array" ? decoder.decode(request.body.body) : ""
    sent.push(...sentSecrets(body))
    const route = routeOf(request.method, url.pathname, request.headers["x-amz-target"])
    if (route === undefined) return HttpClientResponse.fromWeb(request, new Response("no such route", { status: 404 }))
    if (route !== current.route) return HttpClientResponse.fromWeb(request, Response.json(cannedAnswer(route)))
    const spec = current
    const bytes = NULL_BODY.has(spec.status)
      ? null
      : spec.body === "endless"
      ? endless(ENDLESS_CHUNK)
      : withSecrets(spec.body, known())
    return HttpClientResponse.fromWeb(request, new Response(bytes as BodyInit | null, { status: spec.status, headers: spec.headers }))
  })
)
const http = Layer.succeed(HttpClient.HttpClient, fake)

/** One client for the ReadAccounts cases: logged in once, its credentials reused. */
const shared = cloudRuntime(http, ORIGIN, "200 millis")
afterAll(() => shared.dispose())

const headerValue = fc.string({ maxLength: 40 }).filter((s) => /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(s))

const headers = fc.record({
  "content-type": fc.constantFrom("application/json", "application/x-amz-json-1.1", "text/html", "garbage/;;;"),
  "retry-after": fc.oneof(fc.nat({ max: 10_000 }).map(String), fc.constant("Wed, 21 Oct 2099 07:28:00 GMT"), headerValue),
  "content-length": fc.nat({ max: 10_000_000 }).map(String),
  "content-encoding": fc.constantFrom("gzip", "br", "identity", "x-garbage"),
  location: fc.constantFrom("/20190206/accounts", "https://evil.example/", "?page=2")
}, { requiredKeys: [] })

const spec = (routes: fc.Arbitrary<Route>): fc.Arbitrary<Spec> =>
  routes.chain((route) =>
    fc.record({
      route: fc.constant(route),
      status: hostileStatus,
      headers,
      body: fc.oneof(
        { weight: 60, arbitrary: hostileBody(route) },
        { weight: 2, arbitrary: fc.nat({ max: 30 }).map((n) => gzipSync(JSON.stringify(cannedAnswer(route))).subarray(0, n)) },
        { weight: 1, arbitrary: fc.constant("endless" as const) }
      )
    })
  )

const check = async (s: Spec, fresh: boolean) => {
  current = s
  sent = []
  const before = fresh ? [] : sharedSent
  const issued = secretsBefore(s.route)
  known = () => [...issued, ...before, ...sent]
  const runtime = fresh ? cloudRuntime(http, ORIGIN, "200 millis") : shared
  try {
    const outcome = await runEffect(runtime, s.route, readAccounts, 5_000)
    expectSound(outcome, known(), 12)
    if (!fresh && sent.length > 0) sharedSent = sent
    if (outcome._tag === "Success" && !hasPlainPrototypes(outcome.value)) throw new Error(`${s.route}: an injected prototype`)
  } finally {
    if (fresh) await runtime.dispose()
  }
}

describe("the Stax cloud client against a hostile server (in memory)", () => {
  it("ReadAccounts: every answer ends in a success value or a tagged SDK error, never a defect, a hang or a secret", async () => {
    await fc.assert(
      fc.asyncProperty(spec(fc.constant<Route>("GET /20190206/accounts")), (s) => check(s, false)),
      { seed: SEED, numRuns: 1_000 }
    )
  }, 180_000)

  it("the login: every answer of public/config and the four Cognito calls ends the same way", async () => {
    await fc.assert(
      fc.asyncProperty(spec(fc.constantFrom(...LOGIN_ROUTES)), (s) => check(s, true)),
      { seed: SEED, numRuns: 500 }
    )
  }, 180_000)
})
