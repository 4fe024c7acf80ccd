/**
 * The stand-in's check of a SigV4-signed request, answering as API Gateway does (docs/stax-cloud.md, "Signing").
 *
 * It parses `Authorization`, looks the access key up, checks the session token, the credentials' expiry and
 * the request date (5 minutes either way), hashes the body itself (a client's `x-amz-content-sha256` is
 * checked against it, never trusted), re-signs with `@smithy/signature-v4` over exactly the signed headers
 * at the request's `x-amz-date`, and compares the signatures in constant time.
 *
 * @since 0.2.0
 */
import { timingSafeEqual } from "node:crypto"
import { SignatureV4 } from "@smithy/signature-v4"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import { SERVICE } from "../../cloud/auth/SigV4.js"
import { Sha256, sha256Hex } from "../../cloud/auth/Sha256.js"

/**
 * What the stand-in knows of an access key: the secret, the session token issued with it, and when both
 * expire (epoch milliseconds).
 *
 * @since 0.2.0
 * @category Models
 */
export interface IssuedCredentials {
  readonly secretAccessKey: string
  readonly sessionToken: string
  readonly expiration: number
}

/**
 * What {@link verify} needs besides the request.
 *
 * @since 0.2.0
 * @category Models
 */
export interface VerifierOptions {
  /** The credentials issued for an access key id, if any. */
  readonly lookup: (accessKeyId: string) => IssuedCredentials | undefined
  /** The stand-in's clock, epoch milliseconds. */
  readonly now: () => number
  /** The AWS region the API lives in (the identity pool's), e.g. `ap-southeast-2`. */
  readonly region: string
}

/**
 * A request whose signature holds.
 *
 * @since 0.2.0
 * @category Models
 */
export interface Verified {
  readonly accessKeyId: string
}

/**
 * How far a request's `x-amz-date` may be from the clock, either way (API Gateway's 5 minutes).
 *
 * @since 0.2.0
 * @category Constants
 */
export const MAX_SKEW_MILLIS = 5 * 60 * 1000

/**
 * API Gateway's messages, word for word where known (docs/stax-cloud.md lists which are confirmed).
 *
 * @since 0.2.0
 * @category Responses
 */
export const Messages = {
  missingToken: "Missing Authentication Token",
  signatureMismatch:
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
  invalidToken: "The security token included in the request is invalid.",
  expiredToken: "The security token included in the request is expired"
} as const

const refuse = (errorType: string, message: string): Either.Either<Verified, Response> =>
  Either.left(
    new Response(JSON.stringify({ message }), {
      status: 403,
      headers: { "content-type": "application/json", "x-amzn-errortype": errorType }
    })
  )

interface ParsedAuthorization {
  readonly credential: string | undefined
  readonly signedHeaders: string | undefined
  readonly signature: string | undefined
}

const ALGORITHM = "AWS4-HMAC-SHA256"

const parseAuthorization = (header: string): ParsedAuthorization => {
  const trimmed = header.trim()
  const rest = trimmed.startsWith(`${ALGORITHM} `) ? trimmed.slice(ALGORITHM.length + 1) : ""
  const fields = new Map<string, string>()
  for (const part of rest.split(",")) {
    const at = part.indexOf("=")
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim())
  }
  return { credential: fields.get("Credential"), signedHeaders: fields.get("SignedHeaders"), signature: fields.get("Signature") }
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/

const parseAmzDate = (text: string): number | undefined => {
  const m = AMZ_DATE.exec(text)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number]
  const millis = Date.UTC(y, mo - 1, d, h, mi, s)
  return Number.isNaN(millis) ? undefined : millis
}

const amzDate = (millis: number) => new Date(millis).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z")

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a, "utf8")
  const right = Buffer.from(b, "utf8")
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Checks a request's SigV4 signature. `Right` when it holds; `Left` with API Gateway's 403 answer otherwise:
 * - no `Authorization`: `Missing Authentication Token`;
 * - a header without `Credential`, `SignedHeaders`, `Signature` or a date: `Authorization header requires ...`;
 * - a scope for another region, service or date: `Credential should be scoped ...`;
 * - an unknown access key or a session token that is not the one issued with it: `The security token included in the request is invalid.`;
 * - expired credentials: `The security token included in the request is expired`;
 * - a date more than 5 minutes off the clock: `Signature expired: ...` / `Signature not yet current: ...`;
 * - anything else that does not match (body, path, query, signed headers, secret): the signature-mismatch message.
 *
 * The request is cloned before its body is read, so a route can still read it.
 *
 * @since 0.2.0
 * @category Verifying
 */
export const verify = (request: Request, options: VerifierOptions): Effect.Effect<Either.Either<Verified, Response>> =>
  Effect.gen(function*() {
    const authorization = request.headers.get("authorization")
    if (authorization === null) return refuse("MissingAuthenticationTokenException", Messages.missingToken)

    const parsed = parseAuthorization(authorization)
    const dateHeader = request.headers.get("x-amz-date")
    const missing = [
      ...(parsed.credential === undefined ? ["Authorization header requires 'Credential' parameter."] : []),
      ...(parsed.signature === undefined ? ["Authorization header requires 'Signature' parameter."] : []),
      ...(parsed.signedHeaders === undefined ? ["Authorization header requires 'SignedHeaders' parameter."] : []),
      ...(dateHeader === null
        ? ["Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."]
        : [])
    ]
    if (
      missing.length > 0 || parsed.credential === undefined || parsed.signature === undefined ||
      parsed.signedHeaders === undefined || dateHeader === null
    ) {
      return refuse("IncompleteSignatureException", missing.join(" "))
    }

    const requestTime = parseAmzDate(dateHeader)
    if (requestTime === undefined) {
      return refuse(
        "IncompleteSignatureException",
        `Date must be in ISO-8601 'basic format'. Got '${dateHeader}'. See http://en.wikipedia.org/wiki/ISO_8601`
      )
    }
    const [accessKeyId = "", scopeDate = "", scopeRegion = "", scopeService = "", terminator = "", ...extra] =
      parsed.credential.split("/")
    if (extra.length > 0 || accessKeyId === "") {
      return refuse("IncompleteSignatureException", `Credential should be scoped to a valid region. `)
    }
    if (scopeDate !== dateHeader.slice(0, 8)) {
      return refuse(
        "InvalidSignatureException",
        `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${dateHeader.slice(0, 8)}', from '${dateHeader}'.`
      )
    }
    if (scopeRegion !== options.region) {
      return refuse("InvalidSignatureException", "Credential should be scoped to a valid region. ")
    }
    if (scopeService !== SERVICE) {
      return refuse("InvalidSignatureException", `Credential should be scoped to correct service: '${SERVICE}'. `)
    }
    if (terminator !== "aws4_request") {
      return refuse(
        "InvalidSignatureException",
        `Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'. `
      )
    }
    const signedHeaders = parsed.signedHeaders.split(";").map((name) => name.trim().toLowerCase())
    if (!signedHeaders.includes("host")) {
      return refuse("InvalidSignatureException", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.")
    }

    const issued = options.lookup(accessKeyId)
    const token = request.headers.get("x-amz-security-token")
    if (issued === undefined || token === null || !sameText(token, issued.sessionToken)) {
      return refuse("UnrecognizedClientException", Messages.invalidToken)
    }
    const now = options.now()
    if (issued.expiration <= now) return refuse("ExpiredTokenException", Messages.expiredToken)
    if (requestTime < now - MAX_SKEW_MILLIS) {
      return refuse(
        "InvalidSignatureException",
        `Signature expired: ${dateHeader} is now earlier than ${amzDate(now - MAX_SKEW_MILLIS)} (${amzDate(now)} - 5 min.)`
      )
    }
    if (requestTime > now + MAX_SKEW_MILLIS) {
      return refuse(
        "InvalidSignatureException",
        `Signature not yet current: ${dateHeader} is still later than ${amzDate(now + MAX_SKEW_MILLIS)} (${amzDate(now)} + 5 min.)`
      )
    }

    const body = new Uint8Array(yield* Effect.promise(() => request.clone().arrayBuffer()))
    const claimedHash = request.headers.get("x-amz-content-sha256")
    if (claimedHash !== null && claimedHash !== sha256Hex(body)) {
      return refuse("InvalidSignatureException", Messages.signatureMismatch)
    }

    const url = new URL(request.url)
    const headers: Record<string, string> = {}
    for (const name of signedHeaders) {
      const value = name === "host" ? request.headers.get("host") ?? url.host : request.headers.get(name)
      if (value === null) return refuse("InvalidSignatureException", Messages.signatureMismatch)
      headers[name] = value
    }
    const query: Record<string, string | Array<string>> = {}
    for (const [key, value] of url.searchParams) {
      const seen = query[key]
      query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value]
    }
    // The session token goes in only as a signed header (it was checked above), never added by the signer.
    const resigner = new SignatureV4({
      service: SERVICE,
      region: options.region,
      credentials: { accessKeyId, secretAccessKey: issued.secretAccessKey },
      sha256: Sha256,
      applyChecksum: false
    })
    const expected = yield* Effect.tryPromise(() =>
      resigner.sign(
        {
          method: request.method,
          protocol: url.protocol,
          hostname: url.hostname,
          path: url.pathname,
          query,
          headers,
          body: body.byteLength === 0 ? undefined : body
        },
        { signingDate: new Date(requestTime) }
      )
    ).pipe(Effect.orElseSucceed(() => undefined))
    const expectedSignature = /Signature=([0-9a-f]+)/.exec(expected?.headers["authorization"] ?? "")?.[1] ?? ""
    if (expectedSignature === "" || !sameText(expectedSignature, parsed.signature)) {
      return refuse("InvalidSignatureException", Messages.signatureMismatch)
    }
    return Either.right({ accessKeyId })
  })
