/**
 * One request/response exchange over undici's dispatcher: the dispatch handler (new-style
 * `onRequestStart`/`onResponseStart`/... API of undici 7), the per-request deadline timer, the
 * decoding of a compressed body (`Content-Encoding`), and the buffer between the socket and whoever
 * reads the body (with pause/resume backpressure, through the decoder too).
 *
 * Nothing here is Effect-specific: `UndiciHttpClient` wraps it in `Effect.async`.
 *
 * @internal
 */
import type { Readable } from "node:stream"
import type { Dispatcher } from "undici"
import { DeadlineExceededError } from "../DeadlineExceededError.js"
import { ResponseTooLargeError } from "../ResponseTooLargeError.js"
import { type Coding, codingsOf, Decoder, type UnsupportedContentEncodingError } from "./undiciDecoder.js"

/** How the body is being read: not yet, collected whole, or streamed chunk by chunk. */
const enum Mode {
  Unread = 0,
  Collect = 1,
  Stream = 2
}

/** Where the exchange is: waiting or reading (open), or finished one way or the other. */
const enum State {
  Open = 0,
  Ended = 1,
  Failed = 2
}

/** Thrown into undici (and never surfaced) when a fiber is interrupted mid-exchange. */
export class InterruptedError extends Error {
  readonly code = "UND_ERR_ABORTED"
  override readonly name = "InterruptedError"
  constructor() {
    super("request interrupted")
  }
}

/** An answer to a request that must not be redirected (`redirect: "error"`). */
export class UnexpectedRedirectError extends Error {
  readonly code = "ERR_UNEXPECTED_REDIRECT"
  override readonly name = "UnexpectedRedirectError"
  /** What the request core reads from it: a refused redirect. */
  readonly staxReason = "Redirect"
  constructor(readonly status: number) {
    super(`unexpected redirect (HTTP ${status})`)
  }
}

/** Callbacks for the response head: exactly one of them is called, once. */
export interface HeadCallbacks {
  readonly onHead: (exchange: Exchange, status: number, headers: Record<string, string | Array<string>>) => void
  readonly onFail: (error: Error) => void
}

/** Aborts responses whose body was never read once they are garbage collected (their socket is paused). */
const unreadRegistry = new FinalizationRegistry<Exchange>((exchange) => exchange.abort(new InterruptedError()))

/**
 * The dispatch handler of one request. It owns the deadline timer and the body buffer; it never
 * references the response object built on top of it (so an unread response can be collected).
 */
export class Exchange implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined = undefined
  private head: HeadCallbacks | undefined
  private timer: ReturnType<typeof setTimeout> | undefined = undefined
  private state: State = State.Open
  /** The body is complete; the exchange ends (`State.Ended`) one loop turn later. */
  private completing = false
  private mode: Mode = Mode.Unread
  private chunks: Array<Uint8Array> = []
  private buffered = 0
  /** Body bytes received in all (decoded: the size cap counts what the body decodes to). */
  private received = 0
  /** The codings of a compressed body (or the one not understood), its decoder once bytes come. */
  private codings: ReadonlyArray<Coding> | UnsupportedContentEncodingError | undefined = undefined
  private decoder: Decoder | undefined = undefined
  /** undici delivered the whole (still encoded) body; the decoder may still be at work. */
  private wireEnded = false
  private whole: Buffer | undefined = undefined
  private waiters: Array<() => void> = []
  /** The error that ended the exchange, when it failed. */
  failure: Error | undefined = undefined
  /** A request body stream to destroy if the exchange ends early. */
  body: Readable | undefined = undefined

  constructor(
    head: HeadCallbacks,
    private readonly deadlineMillis: number | undefined,
    private readonly highWaterMark: number,
    private readonly refuseRedirects: boolean,
    /**
     * The most body bytes accepted, after decoding (and the declared `content-length` of a body that is
     * not compressed); more aborts the exchange.
     */
    private readonly maxBodyBytes: number | undefined = undefined
  ) {
    this.head = head
    if (deadlineMillis !== undefined) this.timer = setTimeout(this.onDeadline, deadlineMillis)
  }

  // -- undici handler ---------------------------------------------------------------------------

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller
    // Interrupted (or out of time) while queued or connecting: abort now that undici allows it.
    if (this.state !== State.Open) controller.abort(this.failure ?? new InterruptedError())
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | Array<string> | undefined>
  ): void {
    this.controller = controller
    if (statusCode < 200 || this.state !== State.Open) return
    if (this.refuseRedirects && statusCode >= 300 && statusCode < 400 && statusCode !== 304) {
      this.abort(new UnexpectedRedirectError(statusCode))
      return
    }
    this.codings = codingsOf(headers["content-encoding"])
    // A compressed body's declared length is not what it decodes to: the decoded bytes are counted instead.
    if (this.maxBodyBytes !== undefined && this.codings === undefined) {
      const declared = Number(headers["content-length"])
      if (Number.isFinite(declared) && declared > this.maxBodyBytes) {
        this.abort(new ResponseTooLargeError(this.maxBodyBytes))
        return
      }
    }
    const head = this.head
    this.head = undefined
    if (head !== undefined) head.onHead(this, statusCode, headers as Record<string, string | Array<string>>)
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.state !== State.Open) return
    if (this.codings !== undefined) {
      this.decode(controller, chunk)
      return
    }
    if (!this.accept(chunk)) return
    if (this.mode !== Mode.Collect && this.buffered >= this.highWaterMark && !controller.paused) {
      controller.pause()
      // A paused stream waits on its reader, not on the server: the idle timer stops meanwhile.
      if (this.mode === Mode.Stream) this.clearTimer()
    }
    this.wake()
  }

  /** Buffers body bytes (decoded) for the reader; `false` if they break the size cap (the exchange is aborted). */
  private accept(chunk: Buffer): boolean {
    this.received += chunk.byteLength
    if (this.maxBodyBytes !== undefined && this.received > this.maxBodyBytes) {
      this.abort(new ResponseTooLargeError(this.maxBodyBytes))
      return false
    }
    this.chunks.push(chunk)
    this.buffered += chunk.byteLength
    if (this.mode === Mode.Stream && this.timer !== undefined) this.timer.refresh()
    return true
  }

  /** Compressed bytes go through the decoder; the socket is paused while it has enough input. */
  private decode(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    const codings = this.codings!
    if (codings instanceof Error) {
      this.abort(codings)
      return
    }
    if (this.mode === Mode.Stream && this.timer !== undefined) this.timer.refresh()
    this.decoder ??= new Decoder(codings, this, this.highWaterMark)
    if (!this.decoder.write(chunk) && !controller.paused) controller.pause()
  }

  /** @internal decoded bytes, from the decoder. */
  readonly onDecoded = (chunk: Buffer): void => {
    if (this.state !== State.Open || !this.accept(chunk)) return
    if (this.mode !== Mode.Collect && this.buffered >= this.highWaterMark) {
      this.decoder!.pause()
      if (this.mode === Mode.Stream) this.clearTimer()
    }
    this.wake()
  }

  /** @internal the decoder wants input again. */
  readonly onDecoderDrain = (): void => {
    if (this.state === State.Open && !this.wireEnded && this.controller?.paused === true) this.controller.resume()
  }

  /** @internal the decoded body is complete. */
  readonly onDecodedEnd = (): void => this.complete()

  /** @internal the body could not be decoded (corrupt, or cut short). */
  readonly onDecodeError = (error: Error): void => this.abort(error)

  onResponseEnd(): void {
    if (this.state !== State.Open || this.completing) return
    this.wireEnded = true
    if (this.decoder !== undefined) this.decoder.end()
    else this.complete()
  }

  /** The body is complete (decoded, when it was compressed). */
  private complete(): void {
    if (this.state !== State.Open || this.completing) return
    this.completing = true
    this.clearTimer()
    unreadRegistry.unregister(this)
    // undici frees the socket for the next request one loop turn after this callback (it schedules a
    // setImmediate once we return). Declaring the body complete after that turn lets a sequential
    // next request reuse this keep-alive socket instead of opening another one.
    queueMicrotask(this.endLater)
  }

  private readonly endLater = (): void => {
    setImmediate(this.endNow)
  }

  private readonly endNow = (): void => {
    this.state = State.Ended
    this.clearTimer()
    // The answer is complete: an upload the server did not read to its end is not needed any more, and
    // destroying it releases what it holds (open files).
    if (this.body !== undefined && !this.body.destroyed && !this.body.readableEnded) this.body.destroy()
    this.wake()
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    this.fail(error)
  }

  // -- control ----------------------------------------------------------------------------------

  private readonly onDeadline = (): void => {
    this.timer = undefined
    this.abort(new DeadlineExceededError(this.deadlineMillis ?? 0, this.mode === Mode.Stream ? "idle" : "response"))
  }

  /** Aborts the exchange (destroying its socket if it has one); a no-op once it has ended. */
  abort(reason: Error): void {
    if (this.state !== State.Open || this.completing) return
    const controller = this.controller
    // undici reports the abort through onResponseError (synchronously); fail() covers the case
    // where no socket was assigned yet, or the wire was done and the decoder was not, and is
    // idempotent otherwise.
    if (controller !== undefined && !this.wireEnded) controller.abort(reason)
    this.fail(reason)
  }

  /** Interruption of the fiber waiting for the head: forget it, abort the request. */
  cancel(): void {
    this.head = undefined
    this.abort(new InterruptedError())
  }

  private fail(error: Error): void {
    if (this.state !== State.Open || this.completing) return
    this.state = State.Failed
    this.failure = error
    this.clearTimer()
    unreadRegistry.unregister(this)
    if (this.decoder !== undefined) this.decoder.destroy()
    if (this.body !== undefined && !this.body.destroyed) this.body.destroy()
    const head = this.head
    this.head = undefined
    if (head !== undefined) head.onFail(error)
    else this.wake()
  }

  /**
   * Arms the deadline timer anew, only while the body may still come: never once it is complete
   * (`completing`, or ended) or failed, so no timer outlives its call.
   */
  private armTimer(): void {
    if (
      this.deadlineMillis === undefined || this.timer !== undefined || this.state !== State.Open || this.completing ||
      this.wireEnded
    ) {
      return
    }
    this.timer = setTimeout(this.onDeadline, this.deadlineMillis)
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer)
      this.timer = undefined
    }
  }

  private wake(): void {
    if (this.waiters.length === 0) return
    const waiters = this.waiters
    this.waiters = []
    for (const waiter of waiters) waiter()
  }

  private forget(waiter: () => void): void {
    const index = this.waiters.indexOf(waiter)
    if (index >= 0) this.waiters.splice(index, 1)
  }

  private resumeFlow(): void {
    if (this.decoder !== undefined && this.state === State.Open) {
      // The socket follows when the decoder drains its input (onDecoderDrain).
      if (this.mode === Mode.Stream) this.armTimer()
      this.decoder.resume()
      return
    }
    const controller = this.controller
    if (controller !== undefined && controller.paused && this.state === State.Open) {
      if (this.mode === Mode.Stream) this.armTimer()
      controller.resume()
    }
  }

  // -- body readers -----------------------------------------------------------------------------

  /** Watches the response built on this exchange: if it is dropped unread, the request is aborted. */
  track(response: object): void {
    unreadRegistry.register(response, this, this)
  }

  /** Whether the exchange is finished (body complete, or failed). */
  get settled(): boolean {
    return this.state !== State.Open
  }

  /**
   * Reads the whole body: calls `done` with the bytes, or with the error that ended the exchange.
   * Returns a cancel function (for interruption), which aborts the request.
   */
  collect(done: (result: Buffer | Error) => void): () => void {
    this.mode = Mode.Collect
    const check = (): void => {
      if (this.state === State.Ended) {
        done(this.wholeBody())
      } else if (this.state === State.Failed) {
        done(this.failure!)
      } else {
        this.waiters.push(check)
      }
    }
    this.resumeFlow()
    check()
    return () => {
      this.forget(check)
      this.abort(new InterruptedError())
    }
  }

  private wholeBody(): Buffer {
    if (this.whole === undefined) {
      const chunks = this.chunks
      this.whole = chunks.length === 1
        ? Buffer.from(chunks[0]!.buffer, chunks[0]!.byteOffset, chunks[0]!.byteLength)
        : Buffer.concat(chunks, this.buffered)
      this.chunks = [this.whole]
    }
    return this.whole
  }

  /** Switches to streaming: from now on the deadline is an idle timeout between chunks. */
  startStreaming(): void {
    if (this.mode === Mode.Stream) return
    this.mode = Mode.Stream
    this.clearTimer()
    if (!(this.controller?.paused ?? false)) this.armTimer()
  }

  /**
   * Takes the chunks buffered so far: calls `done` with them (non-empty), with `"end"`, or with the
   * error that ended the exchange. Returns a cancel function that forgets the waiting reader.
   */
  pull(done: (result: Array<Uint8Array> | "end" | Error) => void): () => void {
    const check = (): void => {
      if (this.chunks.length > 0) {
        const taken = this.chunks
        this.chunks = []
        this.buffered = 0
        this.resumeFlow()
        done(taken)
      } else if (this.state === State.Ended) {
        done("end")
      } else if (this.state === State.Failed) {
        done(this.failure!)
      } else {
        this.resumeFlow()
        this.waiters.push(check)
      }
    }
    check()
    return () => {
      this.forget(check)
    }
  }
}
