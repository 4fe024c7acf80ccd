/**
 * URL rules both clients share.
 *
 * @since 0.2.0
 */

/**
 * Loopback hosts, for which plain http is allowed (the local stand-ins, tunnels, tests).
 *
 * @example
 * ```ts
 * isLoopbackHost("127.0.0.1") // true
 * isLoopbackHost("api.stax.ai") // false
 * ```
 *
 * @since 0.2.0
 * @category Guards
 */
export const isLoopbackHost = (hostname: string): boolean => {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase()
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host)
}
