/**
 * Tracing of `UndiciHttpClient`'s own requests, as the platform's `HttpClient.make` does it: an
 * `http.client` span with the method, the URL and the headers (secret values redacted), propagated to
 * the server. The request core's calls never come here: they have their own span.
 *
 * @internal
 */
import * as Headers from "@effect/platform/Headers"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import { constFalse } from "effect/Function"
import { traceHeaderRecord } from "../../core/internal/traceHeaders.js"

/** The request as tracing sees it: secret header values (`Headers.currentRedactedNames`) replaced. */
const redactedForTracing = (
  request: HttpClientRequest.HttpClientRequest,
  redacted: Record<string, unknown>
): HttpClientRequest.HttpClientRequest => {
  let secrets: Record<string, string> | undefined
  for (const name in redacted) {
    if (typeof redacted[name] !== "string") (secrets ??= {})[name] = String(redacted[name])
  }
  return secrets === undefined ? request : HttpClientRequest.setHeaders(request, secrets)
}

export const traced = (
  send: (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<
    HttpClientResponse.HttpClientResponse,
    HttpClientError.RequestError
  >,
  request: HttpClientRequest.HttpClientRequest,
  url: URL,
  fiber: Fiber.RuntimeFiber<unknown, unknown>
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.RequestError> => {
  const redactedNames = fiber.getFiberRef(Headers.currentRedactedNames)
  const redactedHeaders = Headers.redact(request.headers, redactedNames) as Record<string, unknown>
  const forTracing = redactedForTracing(request, redactedHeaders)
  const nameGenerator = Context.get(fiber.currentContext, HttpClient.SpanNameGenerator)
  return Effect.useSpan(nameGenerator(forTracing), { kind: "client", captureStackTrace: false }, (span) => {
    span.attribute("http.request.method", request.method)
    span.attribute("server.address", url.origin)
    if (url.port !== "") span.attribute("server.port", +url.port)
    span.attribute("url.full", url.toString())
    span.attribute("url.path", url.pathname)
    span.attribute("url.scheme", url.protocol.slice(0, -1))
    const query = url.search.slice(1)
    if (query !== "") span.attribute("url.query", query)
    for (const name in redactedHeaders) {
      span.attribute(`http.request.header.${name}`, String(redactedHeaders[name]))
    }
    const sent = fiber.getFiberRef(HttpClient.currentTracerPropagation)
      ? HttpClientRequest.setHeaders(request, traceHeaderRecord(span))
      : request
    return send(sent).pipe(
      Effect.withParentSpan(span),
      Effect.tap((response) => {
        span.attribute("http.response.status_code", response.status)
        const headers = Headers.redact(response.headers, redactedNames)
        for (const name in headers) {
          span.attribute(`http.response.header.${name}`, String(headers[name]))
        }
      })
    )
  })
}

/** Whether the platform's `currentTracerDisabledWhen` turns tracing off for a request. */
export const isTracerDisabled = (
  predicate: (request: HttpClientRequest.HttpClientRequest) => boolean,
  request: HttpClientRequest.HttpClientRequest
): boolean => predicate !== constFalse && predicate(request)

