/**
 * AWS Signature Version 4 for `execute-api`, computed synchronously over `node:crypto`: the same canonical
 * request, string to sign and signature as `@smithy/signature-v4` (which the stand-in's verifier uses to
 * check every request the tests send), without a Promise per request. The signing key is kept per
 * credentials, day and region, as smithy keeps it.
 *
 * What is signed: `host`, `x-amz-content-sha256` (the body's hash), `x-amz-date` and, with a session
 * token, `x-amz-security-token`; the path double-encoded (segments `.`/`..` resolved), the query sorted
 * and RFC 3986-encoded.
 *
 * @since 0.2.0
 */
import { createHash, createHmac } from "node:crypto"

/**
 * The credentials a request is signed with, in plain text (the caller unwraps its `Redacted` values).
 *
 * @since 0.2.0
 * @category Models
 */
export interface PlainCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken: string | undefined
}

/**
 * What a signature adds to a request.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Signed {
  readonly "x-amz-date": string
  readonly "x-amz-content-sha256": string
  readonly "x-amz-security-token"?: string
  readonly authorization: string
}

const SERVICE = "execute-api"
const EMPTY_HASH = createHash("sha256").update("").digest("hex")

/** RFC 3986 encoding, as SigV4 escapes (and as smithy's `escapeUri` does). */
const escape = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** The path as `execute-api` signs it: `.` and `..` resolved, then encoded again (`%2F` kept as `/`). */
const canonicalPath = (path: string): string => {
  const segments: Array<string> = []
  for (const segment of path.split("/")) {
    if (segment.length === 0 || segment === ".") continue
    if (segment === "..") segments.pop()
    else segments.push(segment)
  }
  const normalized = `${path.startsWith("/") ? "/" : ""}${segments.join("/")}${segments.length > 0 && path.endsWith("/") ? "/" : ""}`
  return escape(normalized).replace(/%2F/g, "/")
}

/** The query sorted by encoded key, then by encoded pair. */
const canonicalQuery = (query: URLSearchParams): string => {
  const byKey = new Map<string, Array<string>>()
  for (const [key, value] of query) {
    const encodedKey = escape(key)
    const pairs = byKey.get(encodedKey)
    const pair = `${encodedKey}=${escape(value)}`
    if (pairs === undefined) byKey.set(encodedKey, [pair])
    else pairs.push(pair)
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!.sort().join("&")).join("&")
}

const keys = new WeakMap<PlainCredentials, Map<string, Buffer>>()

/** The signing key of a day and region: four HMACs, once per credentials, day and region. */
const signingKey = (credentials: PlainCredentials, shortDate: string, region: string): Buffer => {
  let byScope = keys.get(credentials)
  if (byScope === undefined) keys.set(credentials, byScope = new Map())
  const scope = `${shortDate}/${region}`
  let key = byScope.get(scope)
  if (key === undefined) {
    const date = createHmac("sha256", `AWS4${credentials.secretAccessKey}`).update(shortDate).digest()
    const inRegion = createHmac("sha256", date).update(region).digest()
    const inService = createHmac("sha256", inRegion).update(SERVICE).digest()
    key = createHmac("sha256", inService).update("aws4_request").digest()
    // One day's keys are enough: a new day starts the map again.
    if (byScope.size > 8) byScope.clear()
    byScope.set(scope, key)
  }
  return key
}

/** `20261208T004600Z` of a date. */
const longDateOf = (now: Date): string => now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "")

/**
 * Signs a request: `url` as it will be sent, `payload` its body (`undefined`: none).
 *
 * @since 0.2.0
 * @category Signing
 */
export const sign = (
  method: string,
  url: URL,
  payload: Uint8Array | string | undefined,
  credentials: PlainCredentials,
  region: string,
  now: Date
): Signed => {
  const longDate = longDateOf(now)
  const shortDate = longDate.slice(0, 8)
  const payloadHash = payload === undefined || payload.length === 0
    ? EMPTY_HASH
    : createHash("sha256").update(payload).digest("hex")
  const token = credentials.sessionToken
  const signedHeaders = token === undefined
    ? "host;x-amz-content-sha256;x-amz-date"
    : "host;x-amz-content-sha256;x-amz-date;x-amz-security-token"
  const canonicalHeaders = `host:${url.host}\nx-amz-content-sha256:${payloadHash}\nx-amz-date:${longDate}\n` +
    (token === undefined ? "" : `x-amz-security-token:${token.replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").trim()}\n`)
  const canonicalRequest =
    `${method}\n${canonicalPath(url.pathname)}\n${canonicalQuery(url.searchParams)}\n${canonicalHeaders}\n${signedHeaders}\n${payloadHash}`
  const scope = `${shortDate}/${region}/${SERVICE}/aws4_request`
  const stringToSign = `AWS4-HMAC-SHA256\n${longDate}\n${scope}\n${createHash("sha256").update(canonicalRequest).digest("hex")}`
  const signature = createHmac("sha256", signingKey(credentials, shortDate, region)).update(stringToSign).digest("hex")
  const authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
  return token === undefined
    ? { "x-amz-date": longDate, "x-amz-content-sha256": payloadHash, authorization }
    : { "x-amz-date": longDate, "x-amz-content-sha256": payloadHash, "x-amz-security-token": token, authorization }
}
