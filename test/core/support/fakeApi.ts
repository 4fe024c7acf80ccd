/**
 * A small fake API for the request core's own tests: no Stax anything. It authorises with one header
 * (`x-fake-key`), answers plain JSON, and fails with `ApiError` on any non-2xx answer. Its server is a
 * scripted `node:http` server on 127.0.0.1 that records what it received.
 */
import { Effect, Either, LogLevel, Schema, type Scope } from "effect"
import * as Duration from "effect/Duration"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import type { Api } from "../../../src/core/Api.js"
import { RetryPolicy } from "../../../src/core/RetryPolicy.js"
import { ApiError, DecodeError } from "../../../src/core/StaxError.js"

/** The key the fake API's credentials carry (a secret: it must never show in an error). */
export const FAKE_KEY = "fake-secret-key-0123456789"

/** The fake API over `baseUrl`, with `overrides`. */
export const fakeApi = (baseUrl: string, overrides: Partial<Api> = {}): Api => ({
  name: "Fake",
  baseUrl,
  timeout: Duration.seconds(5),
  deadline: undefined,
  maxResponseBytes: 1_000_000,
  downloadTimeout: undefined,
  retry: RetryPolicy.default.with({ jitter: 0, backoffFactor: 0.01 }),
  authAttempts: 1,
  logLevel: LogLevel.Info,
  userAgent: "fake/1",
  paths: {},
  redactedHeaders: ["x-fake-key"],
  authorize: (request) => Effect.succeed({ ...request, headers: { ...request.headers, "x-fake-key": FAKE_KEY } }),
  interpret: (answer, context) => {
    if (answer.status < 200 || answer.status >= 300) {
      return Either.left(new ApiError({ endpoint: context.endpoint, status: answer.status, message: answer.body.slice(0, 100) }))
    }
    return Either.mapLeft(
      Schema.decodeUnknownEither(Schema.parseJson(context.payload))(answer.body === "" ? "null" : answer.body),
      () => new DecodeError({ endpoint: context.endpoint, status: answer.status, message: "unexpected body", excerpt: answer.body.slice(0, 40) })
    )
  },
  isFailureBody: () => false,
  refreshAuth: Effect.succeed(false),
  secrets: () => [FAKE_KEY],
  ...overrides
})

/** What the fake server received. */
export interface Received {
  readonly method: string
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

/** How the fake server answers one request. */
export type Reply = (request: Received, response: http.ServerResponse) => void

/** Answers with a status, JSON and headers. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (_, response) => {
  const bytes = Buffer.from(JSON.stringify(body))
  response.writeHead(status, { "content-type": "application/json", "content-length": String(bytes.length), ...headers })
  response.end(bytes)
}

/**
 * A scripted server: each request takes the next reply of `script` (the last one once it runs out) and is
 * recorded in `received`.
 */
export const fakeServer = (script: Array<Reply>): Effect.Effect<{
  readonly origin: string
  readonly received: Array<Received>
  readonly script: Array<Reply>
}, never, Scope.Scope> =>
  Effect.gen(function*() {
    const received: Array<Received> = []
    const server = http.createServer((request, response) => {
      const chunks: Array<Buffer> = []
      request.on("data", (chunk: Buffer) => chunks.push(chunk))
      request.on("end", () => {
        const record = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString() }
        received.push(record)
        const reply = script.length > 1 ? script.shift()! : script[0]
        if (reply === undefined) response.writeHead(500).end()
        else reply(record, response)
      })
    })
    yield* Effect.acquireRelease(
      Effect.async<void>((resume) => {
        server.listen(0, "127.0.0.1", () => resume(Effect.void))
      }),
      () => Effect.sync(() => server.closeAllConnections()).pipe(Effect.zipRight(Effect.async<void>((resume) => {
        server.close(() => resume(Effect.void))
      })))
    )
    const { port } = server.address() as AddressInfo
    return { origin: `http://127.0.0.1:${port}`, received, script }
  })
