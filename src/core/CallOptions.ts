/**
 * Per-call options of the request core.
 *
 * @since 0.2.0
 */
import type * as Redacted from "effect/Redacted"

/**
 * Per-call options.
 *
 * @since 0.1.0
 * @category Models
 */
export interface CallOptions {
  /**
   * Credentials headers that replace the API's own authorisation for this call, e.g. a Stax.ai module
   * worker's `Module`, `Team` and `Authorization`. `Redacted` values are kept out of errors and logs;
   * like the configured credentials, they are sent only to the API's own origin.
   */
  readonly credentials?: Readonly<Record<string, string | Redacted.Redacted<string>>> | undefined
}
