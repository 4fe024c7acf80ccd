/**
 * Why a Stax cloud login failed, carried on the SDK's `AuthError` as its `reason`.
 *
 * @since 0.2.0
 */
import { AuthError, type AuthReason } from "../../core/StaxError.js"

export { AuthReason } from "../../core/StaxError.js"

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
  new AuthError({ endpoint, reason, message, ...(status === undefined ? {} : { status }) }) as ReasonedAuthError

/**
 * The reason of an `AuthError`, where the API said (`undefined` otherwise).
 *
 * @since 0.2.0
 * @category Errors
 */
export const authReason = (error: AuthError): AuthReason | undefined => error.reason
