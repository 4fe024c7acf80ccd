/**
 * The `HttpClientResponse` of `UndiciHttpClient`: status and headers at once, the body from the
 * exchange's buffer, collected (`text`/`json`/`arrayBuffer`/`formData`/`urlParamsBody`) or streamed.
 *
 * @internal
 */
import * as Cookies from "@effect/platform/Cookies"
import * as Headers from "@effect/platform/Headers"
import * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpIncomingMessage from "@effect/platform/HttpIncomingMessage"
import * as UrlParams from "@effect/platform/UrlParams"
import * as Chunk from "effect/Chunk"
import * as Effect from "effect/Effect"
import * as Inspectable from "effect/Inspectable"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { cancellable } from "../../core/internal/cancellable.js"
import type { Exchange } from "./undiciExchange.js"

const UTF8_BOM_0 = 0xef
const UTF8_BOM_1 = 0xbb
const UTF8_BOM_2 = 0xbf

/** Joins multi-value headers with ", " as the platform's `Headers.fromInput` does; keys are already lower-case. */
const toHeaders = (raw: Record<string, string | Array<string>>): Headers.Headers => {
  for (const key in raw) {
    const value = raw[key]
    if (typeof value !== "string") raw[key] = value!.join(", ")
  }
  return Headers.unsafeFromRecord(raw as Record<string, string>)
}

/** @internal */
export class UndiciResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpIncomingMessage.TypeId]: HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly [HttpClientResponse.TypeId]: HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly headers: Headers.Headers
  private readonly setCookie: ReadonlyArray<string> | undefined
  private textValue: string | undefined = undefined

  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly status: number,
    rawHeaders: Record<string, string | Array<string>>,
    private readonly exchange: Exchange
  ) {
    super()
    const setCookie = rawHeaders["set-cookie"]
    this.setCookie = setCookie === undefined ? undefined : typeof setCookie === "string" ? [setCookie] : [...setCookie]
    this.headers = toHeaders(rawHeaders)
  }

  get remoteAddress(): Option.Option<string> {
    return Option.none()
  }

  private cookiesValue: Cookies.Cookies | undefined = undefined
  get cookies(): Cookies.Cookies {
    return this.cookiesValue ??= this.setCookie === undefined ? Cookies.empty : Cookies.fromSetCookie(this.setCookie)
  }

  private decodeError(cause: unknown): HttpClientError.ResponseError {
    return new HttpClientError.ResponseError({ request: this.request, response: this, reason: "Decode", cause })
  }

  /** The whole body; interrupting the read aborts the request. */
  private get bytes(): Effect.Effect<Buffer, HttpClientError.ResponseError> {
    return cancellable<Buffer, HttpClientError.ResponseError>((resume) =>
      this.exchange.collect((result) => {
        resume(result instanceof Error ? Effect.fail(this.decodeError(result)) : Effect.succeed(result))
      })
    )
  }

  get text(): Effect.Effect<string, HttpClientError.ResponseError> {
    if (this.textValue !== undefined) return Effect.succeed(this.textValue)
    return Effect.map(this.bytes, (buffer) => {
      const start = buffer.length >= 3 && buffer[0] === UTF8_BOM_0 && buffer[1] === UTF8_BOM_1 &&
          buffer[2] === UTF8_BOM_2
        ? 3
        : 0
      return this.textValue = buffer.toString("utf8", start)
    })
  }

  get json(): Effect.Effect<unknown, HttpClientError.ResponseError> {
    return Effect.flatMap(this.text, (text) => {
      try {
        return Effect.succeed(text === "" ? null : JSON.parse(text) as unknown)
      } catch (cause) {
        return Effect.fail(this.decodeError(cause))
      }
    })
  }

  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.ResponseError> {
    return Effect.map(this.bytes, (buffer) =>
      buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
        ? buffer.buffer as ArrayBuffer
        : buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer)
  }

  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.ResponseError> {
    return Effect.flatMap(this.text, (text) => {
      try {
        return Effect.succeed(UrlParams.fromInput(new URLSearchParams(text)))
      } catch (cause) {
        return Effect.fail(this.decodeError(cause))
      }
    })
  }

  get formData(): Effect.Effect<FormData, HttpClientError.ResponseError> {
    return Effect.flatMap(this.bytes, (buffer) =>
      Effect.tryPromise({
        try: () => new Response(buffer as unknown as BodyInit, { headers: { "content-type": this.headers["content-type"] ?? "" } }).formData(),
        catch: (cause) => this.decodeError(cause)
      }))
  }

  /**
   * The body chunk by chunk, as the socket delivers it: at most the exchange's high-water mark is
   * buffered (the socket is paused beyond it). Ending the stream early aborts the request.
   */
  get stream(): Stream.Stream<Uint8Array, HttpClientError.ResponseError> {
    const exchange = this.exchange
    const pull = cancellable<Chunk.Chunk<Uint8Array>, Option.Option<HttpClientError.ResponseError>>((resume) =>
      exchange.pull((result) => {
        if (result === "end") resume(Effect.fail(Option.none()))
        else if (result instanceof Error) resume(Effect.fail(Option.some(this.decodeError(result))))
        else resume(Effect.succeed(Chunk.unsafeFromArray(result)))
      })
    )
    return Stream.suspend(() => {
      exchange.startStreaming()
      return Stream.repeatEffectChunkOption(pull)
    }).pipe(Stream.ensuring(Effect.sync(() => exchange.abort(new Error("response stream closed before its end")))))
  }

  override toJSON(): unknown {
    const that = { _id: "@effect/platform/HttpClientResponse", request: this.request.toJSON(), status: this.status }
    // Inspecting must not start reading a body still on the wire (that would disable backpressure).
    return this.exchange.settled
      ? HttpIncomingMessage.inspect(this, that)
      : { ...that, headers: Inspectable.redact(this.headers), remoteAddress: this.remoteAddress.toJSON() }
  }
}
