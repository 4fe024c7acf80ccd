/**
 * The Stax cloud client's public API against a hostile server over a real loopback socket: a `node:net`
 * server answers the login's routes and ReadAccounts with valid canned answers, except the route a case
 * targets, which gets generated raw HTTP/1.1 bytes (broken status lines, lying content-length, bad chunking,
 * bad gzip, resets, silence, hostile bodies) through `FetchHttpClient`. Every outcome must be a success value
 * or a tagged SDK error, within a bounded time, showing no secret. No retries here (each case is one attempt
 * of each request; the in-memory properties run with one retry).
 *
 * Replay a failure with `HOSTILE_SEED=<seed printed by the run> npx vitest run test/hostile`.
 */
import { FetchHttpClient } from "@effect/platform"
import { afterAll, beforeAll, describe, it } from "@effect/vitest"
import fc from "fast-check"
import { RetryPolicy } from "stax-effect/cloud"
import * as Net from "node:net"
import {
  cannedAnswer,
  cloudRuntime,
  hostileBody,
  LOGIN_ROUTES,
  readAccounts,
  type Route,
  routeOf,
  secretsBefore,
  sentSecrets,
  withSecrets
} from "./cloud.js"
import { expectSound, runEffect, seed } from "./harness.js"
import { frame, framing } from "./raw.js"

const SEED = seed("hostile/cloudSocket")
const encoder = new TextEncoder()

/** What the targeted route answers: raw bytes made from the case's secrets, then how the connection ends. */
interface Script {
  readonly route: Route
  readonly bytes: (secrets: ReadonlyArray<string>) => Uint8Array
  readonly then: "end" | "reset" | "hang"
}

let current: Script = { route: "GET /20190206/accounts", bytes: () => new Uint8Array(), then: "end" }
let sent: Array<string> = []
let known: () => ReadonlyArray<string> = () => []
const sockets = new Set<Net.Socket>()

const canned = (route: Route): Uint8Array => {
  const body = JSON.stringify(cannedAnswer(route))
  return encoder.encode(
    `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  )
}

/** Answers one request once it is whole (head, and the body its Content-Length announces). */
const server = Net.createServer((socket) => {
  sockets.add(socket)
  socket.on("close", () => sockets.delete(socket))
  socket.on("error", () => undefined)
  let received = Buffer.alloc(0)
  let answered = false
  socket.on("data", (data) => {
    if (answered) return
    received = Buffer.concat([received, data])
    const end = received.indexOf("\r\n\r\n")
    if (end < 0) return
    const head = received.subarray(0, end).toString("latin1")
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0)
    if (received.length < end + 4 + length) return
    answered = true
    sent.push(...sentSecrets(received.subarray(end + 4).toString("utf8")))
    const [method = "", path = ""] = head.split("\r\n")[0]?.split(" ") ?? []
    const target = /\r\nx-amz-target: *([^\r]+)/i.exec(head)?.[1]
    const route = routeOf(method, path, target)
    if (route === undefined) {
      socket.end("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
      return
    }
    if (route !== current.route) {
      socket.end(canned(route))
      return
    }
    const script = current
    socket.write(script.bytes(known()), () => {
      if (script.then === "end") socket.end()
      else if (script.then === "reset") socket.resetAndDestroy()
    })
  })
})

let origin = ""
let shared: ReturnType<typeof cloudRuntime>
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  origin = `http://127.0.0.1:${(server.address() as Net.AddressInfo).port}`
  shared = cloudRuntime(FetchHttpClient.layer, origin, "400 millis", RetryPolicy.none)
})
afterAll(async () => {
  await shared.dispose()
  for (const socket of sockets) socket.destroy()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const statusLine = fc.oneof(
  { arbitrary: fc.integer({ min: 200, max: 599 }).map((s) => `HTTP/1.1 ${s} Whatever`), weight: 6 },
  { arbitrary: fc.constantFrom(200, 200, 400, 401, 403, 404, 429, 500, 502, 503).map((s) => `HTTP/1.1 ${s} X`), weight: 6 },
  { arbitrary: fc.constantFrom("HTTP/1.1 abc OK", "HTTP/9.9 200 OK", "HTTP/1.1 200", "ICY 200 OK", "", "HTTP/1.1 1000 Big"), weight: 1 }
)

const headerLine = fc.constantFrom(
  "Content-Type: application/json",
  "Content-Type: application/x-amz-json-1.1",
  "Content-Type: text/html",
  "Retry-After: 1",
  "Retry-After: soon",
  "Location: /20190206/accounts",
  "Connection: keep-alive",
  "X-Long: " + "v".repeat(8_000),
  "Bad Header Line",
  "X-Latin1: caf\u00e9"
)

const script = (routes: fc.Arbitrary<Route>): fc.Arbitrary<Script> =>
  routes.chain((route) =>
    fc.oneof(
      {
        weight: 20,
        arbitrary: fc.record({
          status: statusLine,
          headers: fc.array(headerLine, { maxLength: 3 }),
          framing,
          payload: hostileBody(route),
          then: fc.constantFrom<Script["then"]>("end", "end", "end", "reset")
        }).map(({ framing, headers, payload, status, then }): Script => ({
          route,
          then,
          bytes: (secrets) => {
            const framed = frame(framing, withSecrets(payload, secrets))
            const head = [status, ...headers, ...framed.headers, "Connection: close"].join("\r\n") + "\r\n\r\n"
            return Buffer.concat([Buffer.from(head, "latin1"), framed.bytes])
          }
        }))
      },
      { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b): Script => ({ route, then: "end", bytes: () => b })) },
      { weight: 1, arbitrary: fc.constant<Script>({ route, then: "reset", bytes: () => new Uint8Array() }) },
      {
        weight: 1,
        arbitrary: fc.constant<Script>({
          route,
          then: "hang",
          bytes: () => encoder.encode("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"Acc")
        })
      }
    )
  )

/** Those of the shared client's last login. */
let sharedSent: ReadonlyArray<string> = []

const check = async (s: Script, fresh: boolean) => {
  current = s
  sent = []
  const issued = secretsBefore(s.route)
  const before = fresh ? [] : sharedSent
  known = () => [...issued, ...before, ...sent]
  const runtime = fresh ? cloudRuntime(FetchHttpClient.layer, origin, "400 millis", RetryPolicy.none) : shared
  try {
    expectSound(await runEffect(runtime, s.route, readAccounts, 6_000), known(), 12)
    if (!fresh && sent.length > 0) sharedSent = sent
  } finally {
    if (fresh) await runtime.dispose()
  }
}

/** Each case has its own deadline, so the properties are bounded; the limit keeps a loaded machine from failing them. */
const PROPERTY_TIMEOUT = 180_000

describe("the Stax cloud client against a hostile server (raw loopback socket)", () => {
  it("ReadAccounts: every answer ends in a success value or a tagged SDK error, never a defect, a hang or a secret", async () => {
    await fc.assert(fc.asyncProperty(script(fc.constant<Route>("GET /20190206/accounts")), (s) => check(s, false)), {
      seed: SEED,
      numRuns: 350
    })
  }, PROPERTY_TIMEOUT)

  it("the login: every raw answer of public/config and the four Cognito calls ends the same way", async () => {
    await fc.assert(fc.asyncProperty(script(fc.constantFrom(...LOGIN_ROUTES)), (s) => check(s, true)), {
      seed: SEED,
      numRuns: 150
    })
  }, PROPERTY_TIMEOUT)
})
