/**
 * The errors a Promise of `stax-effect/promise` rejects with.
 *
 * The SDK's own failures are thrown as they are: `AuthError`, `ApiError`, `TransportError`,
 * `DecodeError`, `InputError`, `ProcessingError` and `ProcessingTimeoutError` are the very classes of
 * the Effect API (`Schema.TaggedError`s, which extend `Error`), so `instanceof AuthError` holds whether
 * `AuthError` was imported from `stax-effect` or from `stax-effect/promise`, `.name` and `._tag` are the
 * tag, and every field (`endpoint`, `status`, `reason`, `maybeSent`, ...) is there. Their `.stack`
 * shows where the SDK failed and, below it, the frames of the call that started the request.
 *
 * Three errors exist only here, for what the Effect API does not express as an error value:
 * {@link ConfigError} (a bad or missing configuration), {@link AbortError} (the call was cancelled by
 * its `signal`) and {@link ClientClosedError} (the client was closed). Defects (bugs) reject with the
 * defect itself.
 *
 * @example
 * ```ts
 * import { ApiError, AuthError, createStaxClient } from "stax-effect/promise"
 *
 * try {
 *   await stax.stacks.get({ stackTag: "invoices" })
 * } catch (e) {
 *   if (e instanceof AuthError) console.error(`check STAX_EMAIL / STAX_API_KEY: ${e.message}`)
 *   else if (e instanceof ApiError && e.status === 404) console.error("no such stack")
 *   else throw e
 * }
 * ```
 *
 * @since 0.2.0
 */
import * as EffectConfigError from "effect/ConfigError"

export { ProcessingError, ProcessingTimeoutError } from "../ai/api/documents/errors.js"
export { ApiError, AuthError, DecodeError, InputError, isStaxError, TransportError } from "../core/StaxError.js"
export type { ApiReason, AuthReason, TransportReason } from "../core/StaxError.js"

const leaves = (error: EffectConfigError.ConfigError): ReadonlyArray<{ readonly path: string; readonly message: string }> => {
  switch (error._op) {
    case "And":
    case "Or":
      return [...leaves(error.left), ...leaves(error.right)]
    default:
      return [{ path: error.path.join("."), message: error.message }]
  }
}

/**
 * The client's configuration is missing or invalid (an email that is not one, an API key with spaces,
 * an http URL to a remote host, a missing `STAX_API_KEY`, missing worker credentials). Every call of a
 * client built from a bad configuration rejects with it; `await client.ready()` checks up front.
 * `paths` names every offending option or environment variable; no secret value is ever part of it.
 * `.cause` is the Effect `ConfigError`.
 *
 * @example
 * ```ts
 * const stax = createStaxClient({ email: "not an email", apiKey })
 * await stax.ready() // rejects: ConfigError, e.paths = ["email"]
 * ```
 *
 * @since 0.2.0
 * @category Errors
 */
export class ConfigError extends Error {
  /** Always `"ConfigError"`. */
  readonly _tag = "ConfigError" as const
  /** The options or environment variables at fault (dotted paths), in the order found. */
  readonly paths: ReadonlyArray<string>

  constructor(cause: EffectConfigError.ConfigError) {
    const found = leaves(cause)
    // A message that already names its path ("STAX_API_KEY is not set") is not prefixed with it again.
    super(found.map((leaf) => leaf.path === "" || leaf.message.startsWith(`${leaf.path} `) ? leaf.message : `${leaf.path}: ${leaf.message}`).join("; "), { cause })
    this.paths = found.map((leaf) => leaf.path)
  }

  /** Whether a value is an Effect `ConfigError` (the kind this class wraps). */
  static isEffectConfigError(u: unknown): u is EffectConfigError.ConfigError {
    return EffectConfigError.isConfigError(u)
  }

  /** The fields, as plain data (the Effect cause is left out). */
  toJSON(): { readonly _tag: "ConfigError"; readonly message: string; readonly paths: ReadonlyArray<string> } {
    return { _tag: this._tag, message: this.message, paths: this.paths }
  }
}
Object.defineProperty(ConfigError.prototype, "name", { value: "ConfigError", writable: true, configurable: true })

/**
 * The call was cancelled through its `signal` (the Effect fiber running it was interrupted, and with
 * it the HTTP request). `.name` is `"AbortError"`, as for an aborted `fetch`; `.cause` is the signal's
 * `reason`.
 *
 * @example
 * ```ts
 * const controller = new AbortController()
 * const pending = stax.documents.waitUntilProcessed(docId, undefined, { signal: controller.signal })
 * controller.abort()
 * await pending // rejects: AbortError
 * ```
 *
 * @since 0.2.0
 * @category Errors
 */
export class AbortError extends Error {
  /** Always `"AbortError"`. */
  readonly _tag = "AbortError" as const

  constructor(reason?: unknown) {
    super("the call was aborted", reason === undefined ? undefined : { cause: reason })
  }

  /** The fields, as plain data. */
  toJSON(): { readonly _tag: "AbortError"; readonly message: string } {
    return { _tag: this._tag, message: this.message }
  }
}
Object.defineProperty(AbortError.prototype, "name", { value: "AbortError", writable: true, configurable: true })

/**
 * The client was closed (`close()`, or the end of its `await using` block): calls made afterwards
 * reject with it, and so do calls and iterations still running when it closed (they are interrupted).
 *
 * @example
 * ```ts
 * await stax.close()
 * await stax.stacks.list() // rejects: ClientClosedError
 * ```
 *
 * @since 0.2.0
 * @category Errors
 */
export class ClientClosedError extends Error {
  /** Always `"ClientClosedError"`. */
  readonly _tag = "ClientClosedError" as const

  constructor() {
    super("the stax-effect client is closed: create a new one with createStaxClient")
  }

  /** The fields, as plain data. */
  toJSON(): { readonly _tag: "ClientClosedError"; readonly message: string } {
    return { _tag: this._tag, message: this.message }
  }
}
Object.defineProperty(ClientClosedError.prototype, "name", {
  value: "ClientClosedError",
  writable: true,
  configurable: true
})
