/**
 * A sender straight over the runtime's `fetch` (Node 20+, Deno, Bun, browsers, workers): the request core's
 * JSON calls go to `fetch` with one `AbortController` and one timer, and the answer is read in one piece
 * (or counted against the size cap as it arrives when its length is not declared or it is compressed),
 * without the platform client's request and response objects and its byte stream, which cost more per
 * call than `fetch` itself. Uploads and downloads go through the platform client (`fallback`), as over any
 * `HttpClient`: they are few and large, and its streams are what they need.
 *
 * Redirects are not followed (`redirect: "manual"`): in a browser a redirect is an opaque answer (status 0)
 * that the core reports as such.
 *
 * @since 0.2.0
 */
import * as Effect from "effect/Effect"
import { cancellable } from "../internal/cancellable.js"
import { isRequestConstructionError, sendErrorOfCause } from "../internal/transport.js"
import { type OutgoingRequest, SendError, type Sender, type SendLimits, type WholeAnswer } from "./Sender.js"
import { concat, declaredTooLarge, tooLarge } from "./sizeCap.js"

/**
 * The sender over `fetchFn`; what it does not send itself goes to `fallback`.
 *
 * @since 0.2.0
 * @category Constructors
 */
export const make = (fallback: Sender, fetchFn: typeof globalThis.fetch = globalThis.fetch): Sender => ({
  whole: (request, limits, slot) =>
    request.body !== undefined && !(request.body instanceof Uint8Array)
      ? fallback.whole(request, limits, slot)
      : cancellable<WholeAnswer, SendError>((resume) => {
        const controller = new AbortController()
        let timedOut = false
        const timer = setTimeout(() => {
          timedOut = true
          controller.abort()
        }, limits.timeoutMillis)
        exchange(fetchFn, request, limits, controller.signal).then(
          (answer) => {
            clearTimeout(timer)
            resume(Effect.succeed(answer))
          },
          (cause: unknown) => {
            clearTimeout(timer)
            resume(Effect.fail(
              timedOut
                ? new SendError("Timeout", true, `no complete answer within ${limits.timeoutMillis} ms`)
                : cause instanceof SendError
                ? cause
                : isRequestConstructionError(cause)
                ? new SendError("Encode", false, `request: ${String((cause as Error).message)}`)
                : sendErrorOfCause(cause)
            ))
          }
        )
        return () => {
          clearTimeout(timer)
          controller.abort()
        }
      }),
  streamed: fallback.streamed
})

/** One exchange: the request sent, the answer read whole within the cap. */
const exchange = async (
  fetchFn: typeof globalThis.fetch,
  request: OutgoingRequest,
  limits: SendLimits,
  signal: AbortSignal
): Promise<WholeAnswer> => {
  const response = await fetchFn(request.origin + request.path, {
    method: request.method,
    headers: request.headers,
    body: (request.body ?? null) as BodyInit | null,
    redirect: "manual",
    signal
  })
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  if (declaredTooLarge(headers, limits.maxBytes)) {
    await response.body?.cancel()
    throw tooLarge(limits.maxBytes)
  }
  const encoding = headers["content-encoding"]
  if (headers["content-length"] !== undefined && (encoding === undefined || encoding === "identity")) {
    return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) }
  }
  // Compressed (fetch decodes it) or of unknown length: counted as it arrives.
  const chunks: Array<Uint8Array> = []
  let size = 0
  if (response.body !== null) {
    const reader = response.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limits.maxBytes) {
        await reader.cancel()
        throw tooLarge(limits.maxBytes)
      }
      chunks.push(value)
    }
  }
  return { status: response.status, headers, body: concat(chunks, size) }
}
