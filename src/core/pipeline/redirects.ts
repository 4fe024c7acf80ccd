/**
 * Redirects, followed by the core (a sender never follows one). A GET follows up to five; a JSON call
 * only within the API's origin (another origin's answer is not the API's); a download also to another
 * origin (a presigned storage URL), without any of the call's headers. Never from https to http except on
 * loopback, never to another scheme. Any other request answered with a redirect keeps it as its answer,
 * except an upload, whose body cannot be sent again: that is a refused redirect.
 *
 * @since 0.2.0
 */
import * as Either from "effect/Either"
import { isLoopbackHost } from "../Url.js"
import type { OutgoingRequest } from "./Sender.js"

/** The most redirects a call follows. */
export const MAX_REDIRECTS = 5

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/**
 * Whether an answer is a redirect to follow: a GET's 3xx with a `Location`.
 *
 * @since 0.2.0
 * @category Guards
 */
export const isFollowed = (method: string, status: number, location: string | undefined): location is string =>
  method === "GET" && REDIRECT_STATUSES.has(status) && location !== undefined

/**
 * Whether an answer to an upload is a redirect (refused: the body is gone).
 *
 * @since 0.2.0
 * @category Guards
 */
export const isUploadRedirect = (status: number): boolean => status >= 300 && status < 400 && status !== 304

/**
 * Where a redirect leads, or why it is refused (the message of a `Redirect` transport error). The next
 * request keeps the call's headers within the API's origin (`sameOrigin: true`, to be authorised
 * again) and has none elsewhere.
 *
 * @since 0.2.0
 * @category Redirects
 */
export const nextHop = (
  apiOrigin: string,
  current: OutgoingRequest,
  status: number,
  location: string,
  hop: number,
  crossOrigin: boolean
): Either.Either<{ readonly request: OutgoingRequest; readonly sameOrigin: boolean }, string> => {
  if (hop >= MAX_REDIRECTS) return Either.left(`more than ${MAX_REDIRECTS} redirects`)
  let from: URL
  let to: URL
  try {
    from = new URL(current.path, current.origin)
    to = new URL(location, from)
  } catch {
    return Either.left(`HTTP ${status} with a Location that is not a URL`)
  }
  if (to.protocol !== "https:" && to.protocol !== "http:") {
    return Either.left(`refused a redirect to a ${to.protocol.slice(0, 20)} URL`)
  }
  if (to.protocol === "http:" && from.protocol === "https:" && !isLoopbackHost(to.hostname)) {
    return Either.left(`refused a redirect from https to http (${to.origin})`)
  }
  const sameOrigin = to.origin === apiOrigin
  if (!crossOrigin && !sameOrigin) {
    return Either.left(`refused a redirect to another origin (${to.origin}): its answer would not be the API's`)
  }
  return Either.right({
    request: {
      method: "GET",
      origin: to.origin,
      path: to.pathname + to.search,
      headers: sameOrigin ? current.headers : {},
      body: undefined
    },
    sameOrigin
  })
}
