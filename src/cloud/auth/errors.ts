/**
 * Why a Stax cloud login failed, carried on the SDK's `AuthError`.
 *
 * `AuthError` has no `reason` field yet; {@link authError} attaches one (the single cast of this
 * module) so that switching to a real `reason: Schema.optional(AuthReason)` field on `AuthError`
 * touches only this file.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import { AuthError } from "../../StaxError.js"

/**
 * What the user can do about a failed login:
 * - `UnknownAccessKey`: the user pool does not know the access key (wrong key, deleted API token, or
 *   the wrong Stax region).
 * - `WrongSecretKey`: the user pool refused the secret key.
 * - `NewPasswordRequired`: the user must set a new password first (not possible with an API token).
 * - `UnsupportedChallenge`: the user pool asked for a challenge the SDK does not answer (MFA, ...).
 * - `IdentityPool`: the identity pool refused the ID token (or never verified it within the attempts).
 * - `Refused`: any other refusal (throttling, a bad configuration, an unreadable answer).
 *
 * @since 0.2.0
 * @category Errors
 */
export const AuthReason = Schema.Literal(
  "UnknownAccessKey",
  "WrongSecretKey",
  "NewPasswordRequired",
  "UnsupportedChallenge",
  "IdentityPool",
  "Refused"
)

/**
 * @since 0.2.0
 * @category Errors
 */
export type AuthReason = typeof AuthReason.Type

/**
 * An `AuthError` that says why.
 *
 * @since 0.2.0
 * @category Errors
 */
export type ReasonedAuthError = AuthError & { readonly reason: AuthReason }

/**
 * Builds the `AuthError` of a failed Stax cloud login.
 *
 * @example
 * ```ts
 * authError("StaxCloud.auth.InitiateAuth", "UnknownAccessKey", "check STAX_ACCESS_KEY", 400)
 * ```
 *
 * @since 0.2.0
 * @category Errors
 */
export const authError = (
  endpoint: string,
  reason: AuthReason,
  message: string,
  status?: number
): ReasonedAuthError =>
  // The one cast: until AuthError declares `reason`, the field is attached to the instance.
  Object.assign(new AuthError({ endpoint, message, ...(status === undefined ? {} : { status }) }), { reason })

/**
 * The reason of an `AuthError` built by {@link authError} (`undefined` for other auth errors).
 *
 * @since 0.2.0
 * @category Errors
 */
export const authReason = (error: AuthError): AuthReason | undefined => {
  const reason = (error as { readonly reason?: unknown }).reason
  return Schema.is(AuthReason)(reason) ? reason : undefined
}
