/**
 * A query string exactly as `UrlParams.toString` (`URLSearchParams`) writes it, without building a
 * `URLSearchParams` when every key and value is made of characters form encoding leaves as they are
 * (letters, digits, `*`, `-`, `.`, `_`: ids, numbers, booleans), which is most calls' whole query.
 *
 * @internal
 */
import * as UrlParams from "@effect/platform/UrlParams"

const UNCHANGED = /^[\w.*-]*$/

/** `UrlParams.toString(params)`, on a fast path when nothing needs escaping. */
export const queryString = (params: UrlParams.UrlParams): string => {
  let out = ""
  for (const [key, value] of params) {
    if (!UNCHANGED.test(key) || !UNCHANGED.test(value)) return UrlParams.toString(params)
    out += out === "" ? `${key}=${value}` : `&${key}=${value}`
  }
  return out
}
