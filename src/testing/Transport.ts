/**
 * The two transports every stand-in is reached by: an in-memory `HttpClient` (no sockets, for fast
 * tests) and a real `node:http` server on 127.0.0.1 (for examples, benchmarks and end-to-end tests).
 * A stand-in is one function from a web `Request` to an answer or a dropped connection.
 *
 * @since 0.2.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Effect from "effect/Effect"
import * as Runtime from "effect/Runtime"
import type * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { pipeline, Readable } from "node:stream"
import * as Compression from "./Compression.js"

/**
 * What a stand-in decided: an answer, or a dropped connection (refused, before or after the request
 * was acted on).
 *
 * @since 0.1.0
 * @category Models
 */
export type RouterResult =
  | { readonly _tag: "Answer"; readonly response: Response }
  | { readonly _tag: "Reset"; readonly when: "refuse" | "before" | "after" }

/**
 * A stand-in, as its transports see it.
 *
 * @since 0.2.0
 * @category Models
 */
export type Handler = (request: Request) => Effect.Effect<RouterResult>

/**
 * The loopback server could not start (e.g. the port is taken).
 *
 * @since 0.1.0
 * @category Errors
 */
export class ServeError extends Error {
  readonly _tag = "ServeError"
}

/**
 * How the loopback server answers, besides what the stand-in decides.
 *
 * @since 0.2.0
 * @category Models
 */
export interface ServeOptions {
  /**
   * Compress answers the request accepts compressed (`Accept-Encoding`): `true` negotiates gzip, br or
   * deflate for answers of 1 KiB and more; see `Compression.Options`. Default: off.
   */
  readonly compress?: boolean | Compression.Options | undefined
}

/**
 * Serves a stand-in on 127.0.0.1 (`port` 0 picks a free port) for the scope's life. `make` builds the
 * stand-in once the server's base URL (`http://127.0.0.1:<port>`) is known.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const serve = <A extends { readonly handle: Handler }, E>(
  port: number,
  make: (baseUrl: string) => Effect.Effect<A, E>,
  options: ServeOptions = {}
): Effect.Effect<A, ServeError | E, Scope.Scope> =>
  Effect.gen(function*() {
    const runtime = yield* Effect.runtime<never>()
    const server = yield* Effect.acquireRelease(
      Effect.async<Http.Server, ServeError>((resume) => {
        const server = Http.createServer()
        server.once("error", (cause) => resume(Effect.fail(new ServeError(String(cause)))))
        server.listen(port, "127.0.0.1", () => resume(Effect.succeed(server)))
      }),
      (server) =>
        Effect.async<void>((resume) => {
          server.closeAllConnections()
          server.close(() => resume(Effect.void))
        })
    )
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const local = yield* make(baseUrl)
    server.on("request", (req: Http.IncomingMessage, res: Http.ServerResponse) => {
      Runtime.runPromise(runtime)(local.handle(toWebRequest(req, baseUrl))).then(
        (result) => writeResult(req, res, result, options.compress),
        () => res.destroy()
      )
    })
    return local
  })

/**
 * An `HttpClient` that answers from a stand-in without sockets. A dropped connection fails the way
 * undici's would, so the SDK classifies it as it would on a real network.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const inMemoryClient = (handle: Handler): HttpClient.HttpClient =>
  HttpClient.make((request, url) =>
    Effect.gen(function*() {
      const web = yield* toWebRequestFromClient(request, url)
      const result = yield* handle(web)
      if (result._tag === "Reset") {
        return yield* new HttpClientError.RequestError({ request, reason: "Transport", cause: socketError(result.when) })
      }
      return HttpClientResponse.fromWeb(request, result.response)
    })
  )

/** Errors shaped like undici's, so the SDK classifies them as it would on a real network. */
const socketError = (when: "refuse" | "before" | "after") =>
  when === "refuse"
    ? new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" })
    })
    : new TypeError("fetch failed", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) })

const toWebRequestFromClient = (
  request: HttpClientRequest.HttpClientRequest,
  url: URL
): Effect.Effect<Request> => {
  const init = (body: BodyInit | undefined, stream = false): Request =>
    new Request(url, {
      method: request.method,
      headers: request.headers,
      ...(body === undefined ? {} : { body }),
      ...(stream ? { duplex: "half" } : {})
    } as RequestInit)
  switch (request.body._tag) {
    case "Raw":
      return Effect.succeed(init(request.body.body as BodyInit))
    case "Uint8Array":
      return Effect.succeed(init(request.body.body as BodyInit))
    case "FormData":
      return Effect.succeed(init(request.body.formData))
    case "Stream":
      return Effect.map(Stream.toReadableStreamEffect(request.body.stream), (body) => init(body, true))
    case "Empty":
      return Effect.succeed(init(undefined))
  }
}

// ---------------------------------------------------------------------------------------------
// Loopback transport: node:http ⇄ web Request/Response.
// ---------------------------------------------------------------------------------------------

const toWebRequest = (req: Http.IncomingMessage, baseUrl: string): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value !== undefined) headers.set(name, value)
  }
  const method = req.method ?? "GET"
  const hasBody = method !== "GET" && method !== "HEAD"
  return new Request(new URL(req.url ?? "/", baseUrl), {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {})
  } as RequestInit)
}

const writeResult = (
  req: Http.IncomingMessage,
  res: Http.ServerResponse,
  result: RouterResult,
  compress: ServeOptions["compress"]
): void => {
  if (result._tag === "Reset") {
    req.socket.destroy()
    return
  }
  const { response } = result
  const headers = Object.fromEntries(response.headers)
  const encoding = response.body === null
    ? undefined
    : Compression.choose(compress, req.headers["accept-encoding"], response.headers.get("content-length"))
  if (encoding !== undefined) {
    delete headers["content-length"]
    headers["content-encoding"] = encoding
    headers["vary"] = "accept-encoding"
  }
  res.writeHead(response.status, headers)
  if (response.body === null) {
    res.end()
    return
  }
  const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>)
  if (encoding === undefined) {
    body.on("error", () => res.destroy()).pipe(res)
    return
  }
  pipeline(body, Compression.compressor(encoding), res, (error) => {
    if (error !== undefined && error !== null) res.destroy()
  })
}
