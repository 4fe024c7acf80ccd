import { HttpClient, HttpClientRequest, HttpClientResponse } from "@effect/platform"
import { assert, describe, expect, it } from "@effect/vitest"
import { AwsV4Signer } from "aws4fetch"
import { Effect, Either, Fiber, Redacted, Ref, Schedule, Stream, TestClock } from "effect"
import { secretHeaderNames, signer, signRequest, type SigningCredentials } from "../../src/cloud/auth/SigV4.js"
import { type IssuedCredentials, Messages, verify } from "../../src/testing/cloud/SigV4Verifier.js"

const REGION = "ap-southeast-2"
const BASE = "https://api.au1.staxapp.cloud/20190206"
const NOW = Date.UTC(2026, 10, 24, 13, 30, 0)
const issued: IssuedCredentials = {
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  sessionToken: "IQoJb3JpZ2luX2VjEXAMPLETOKEN//session==",
  expiration: NOW + 60 * 60 * 1000
}
const credentials: SigningCredentials = {
  accessKeyId: "ASIAEXAMPLEKEY123456",
  secretAccessKey: Redacted.make(issued.secretAccessKey),
  sessionToken: Redacted.make(issued.sessionToken)
}
const options = (overrides: Partial<IssuedCredentials> = {}, now = NOW) => ({
  lookup: (key: string) => (key === credentials.accessKeyId ? { ...issued, ...overrides } : undefined),
  now: () => now,
  region: REGION
})

const toWeb = (request: HttpClientRequest.HttpClientRequest, body?: string): Request =>
  new Request(request.url, {
    method: request.method,
    headers: request.headers,
    ...(body !== undefined
      ? { body }
      : request.body._tag === "Uint8Array"
      ? { body: new Uint8Array(request.body.body) }
      : {})
  })

const signed = (request: HttpClientRequest.HttpClientRequest, at = NOW) =>
  signRequest(request, credentials, REGION, new Date(at))

const refusal = (result: Either.Either<unknown, Response>) =>
  Effect.gen(function*() {
    assert(Either.isLeft(result))
    return { status: result.left.status, body: (yield* Effect.promise(() => result.left.json())) as { message: string } }
  })

const aws4fetchSign = (request: Request, headers: Record<string, string>, datetime: string) =>
  Effect.promise(async () => {
    const signature = await new AwsV4Signer({
      method: request.method,
      url: request.url,
      headers,
      body: request.method === "GET" ? null : await request.clone().text(),
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      sessionToken: issued.sessionToken,
      service: "execute-api",
      region: REGION,
      datetime
    }).sign()
    return signature
  })

describe("SigV4.signRequest", () => {
  it.effect("signs host, x-amz-date, the session token and the body hash, and nothing else", () =>
    Effect.gen(function*() {
      const request = yield* signed(
        HttpClientRequest.post(`${BASE}/accounts`).pipe(HttpClientRequest.bodyUnsafeJson({ Name: "bakery" }), HttpClientRequest.setHeader("user-agent", "x"))
      )
      expect(request.headers["authorization"]).toMatch(
        /^AWS4-HMAC-SHA256 Credential=ASIAEXAMPLEKEY123456\/20261124\/ap-southeast-2\/execute-api\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/
      )
      expect(request.headers["x-amz-date"]).toBe("20261124T133000Z")
      expect(request.headers["x-amz-security-token"]).toBe(issued.sessionToken)
      expect(request.headers["user-agent"]).toBe("x")
    }))

  it.effect("a signed GET passes the stand-in's verifier", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`, { urlParams: { filter: "ACTIVE,SUSPENDED", include_tags: "true" } }))
      const result = yield* verify(toWeb(request), options())
      assert(Either.isRight(result))
      expect(result.right.accessKeyId).toBe(credentials.accessKeyId)
    }))

  it.effect("a signed POST with a body passes the verifier", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.post(`${BASE}/accounts`).pipe(HttpClientRequest.bodyUnsafeJson({ Name: "bakery" })))
      expect(Either.isRight(yield* verify(toWeb(request), options()))).toBe(true)
    }))

  it.effect("sends the query with %20, never +, so what is sent is what was signed", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`, { urlParams: { name_filter: "my bakery+co", filter: "ACTIVE" } }))
      expect(new URL(request.url).search).toBe("?name_filter=my%20bakery%2Bco&filter=ACTIVE")
      expect(request.urlParams).toEqual([])
      expect(Either.isRight(yield* verify(toWeb(request), options()))).toBe(true)
    }))

  it.effect("a path with characters that need encoding verifies, and equals aws4fetch's signature", () =>
    Effect.gen(function*() {
      const id = "a b:ü(1)*'!%"
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts/${encodeURIComponent(id)}`))
      expect(Either.isRight(yield* verify(toWeb(request), options()))).toBe(true)
      const web = toWeb(request)
      const theirs = yield* aws4fetchSign(web, { "x-amz-content-sha256": request.headers["x-amz-content-sha256"]! }, request.headers["x-amz-date"]!)
      expect(theirs.headers.get("authorization")).toBe(request.headers["authorization"])
    }))

  it.effect("a POST signed by aws4fetch passes the verifier", () =>
    Effect.gen(function*() {
      const web = new Request(`${BASE}/accounts?filter=ACTIVE`, { method: "POST", body: JSON.stringify({ Name: "bakery" }) })
      const theirs = yield* aws4fetchSign(web, { "content-type": "application/json" }, "20261124T132900Z")
      const request = new Request(theirs.url, { method: "POST", headers: theirs.headers, body: JSON.stringify({ Name: "bakery" }) })
      expect(Either.isRight(yield* verify(request, options()))).toBe(true)
    }))

  it.effect("a tampered body is refused, even with a matching x-amz-content-sha256", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.post(`${BASE}/accounts`).pipe(HttpClientRequest.bodyUnsafeJson({ Name: "bakery" })))
      const tampered = toWeb(request, JSON.stringify({ Name: "evil" }))
      const { body, status } = yield* refusal(yield* verify(tampered, options()))
      expect(status).toBe(403)
      expect(body.message).toBe(Messages.signatureMismatch)
    }))

  it.effect("a tampered query is refused", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`, { urlParams: { filter: "ACTIVE" } }))
      const web = toWeb(request)
      const tampered = new Request(web.url.replace("ACTIVE", "CLOSED"), { headers: web.headers })
      expect((yield* refusal(yield* verify(tampered, options()))).body.message).toBe(Messages.signatureMismatch)
    }))

  it.effect("a signature made with the wrong secret is refused", () =>
    Effect.gen(function*() {
      const request = yield* signRequest(
        HttpClientRequest.get(`${BASE}/accounts`),
        { ...credentials, secretAccessKey: Redacted.make("not-the-secret") },
        REGION,
        new Date(NOW)
      )
      expect((yield* refusal(yield* verify(toWeb(request), options()))).body.message).toBe(Messages.signatureMismatch)
    }))

  it.effect("a date more than 5 minutes old is refused as expired", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`), NOW - 6 * 60 * 1000)
      const { body, status } = yield* refusal(yield* verify(toWeb(request), options()))
      expect(status).toBe(403)
      expect(body.message).toBe(
        "Signature expired: 20261124T132400Z is now earlier than 20261124T132500Z (20261124T133000Z - 5 min.)"
      )
    }))

  it.effect("a date more than 5 minutes ahead is refused as not yet current", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`), NOW + 6 * 60 * 1000)
      expect((yield* refusal(yield* verify(toWeb(request), options()))).body.message).toMatch(/^Signature not yet current: 20261124T133600Z/)
    }))

  it.effect("a date 4 minutes off is accepted", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`), NOW - 4 * 60 * 1000)
      expect(Either.isRight(yield* verify(toWeb(request), options()))).toBe(true)
    }))

  it.effect("a request without Authorization gets Missing Authentication Token", () =>
    Effect.gen(function*() {
      const { body, status } = yield* refusal(yield* verify(new Request(`${BASE}/accounts`), options()))
      expect(status).toBe(403)
      expect(body).toEqual({ message: "Missing Authentication Token" })
    }))

  it.effect("a request without x-amz-date is refused as an incomplete signature", () =>
    Effect.gen(function*() {
      const web = toWeb(yield* signed(HttpClientRequest.get(`${BASE}/accounts`)))
      web.headers.delete("x-amz-date")
      expect((yield* refusal(yield* verify(web, options()))).body.message).toBe(
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
      )
    }))

  it.effect("a bearer token is refused with the parameters SigV4 requires", () =>
    Effect.gen(function*() {
      const web = new Request(`${BASE}/accounts`, { headers: { authorization: "Bearer abc", "x-amz-date": "20261124T133000Z" } })
      expect((yield* refusal(yield* verify(web, options()))).body.message).toBe(
        "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter."
      )
    }))

  it.effect("expired credentials are refused", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`))
      const { body } = yield* refusal(yield* verify(toWeb(request), options({ expiration: NOW - 1 })))
      expect(body.message).toBe("The security token included in the request is expired")
    }))

  it.effect("an unknown access key or another session token is refused as an invalid token", () =>
    Effect.gen(function*() {
      const request = yield* signed(HttpClientRequest.get(`${BASE}/accounts`))
      const other = yield* refusal(yield* verify(toWeb(request), options({ sessionToken: "another-token" })))
      expect(other.body.message).toBe(Messages.invalidToken)
      const unknown = yield* refusal(yield* verify(toWeb(request), { ...options(), lookup: () => undefined }))
      expect(unknown.body.message).toBe(Messages.invalidToken)
    }))

  it.effect("a scope for another region is refused", () =>
    Effect.gen(function*() {
      const request = yield* signRequest(HttpClientRequest.get(`${BASE}/accounts`), credentials, "us-east-1", new Date(NOW))
      expect((yield* refusal(yield* verify(toWeb(request), options()))).body.message).toBe(
        "Credential should be scoped to a valid region. "
      )
    }))

  it.effect("a stream body cannot be signed: TransportError Encode", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        signed(HttpClientRequest.post(`${BASE}/accounts`).pipe(HttpClientRequest.bodyStream(Stream.make(new Uint8Array([1])))))
      )
      expect(error._tag).toBe("TransportError")
      expect(error.reason).toBe("Encode")
      expect(error.maybeSent).toBe(false)
    }))

  it.effect("each attempt of a retried request is signed afresh at the clock's time", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(NOW)
      const seen = yield* Ref.make<ReadonlyArray<HttpClientRequest.HttpClientRequest>>([])
      const fake = HttpClient.make((request) =>
        Ref.updateAndGet(seen, (all) => [...all, request]).pipe(
          Effect.map((all) => HttpClientResponse.fromWeb(request, new Response("{}", { status: all.length === 1 ? 503 : 200 })))
        )
      )
      const client = fake.pipe(
        HttpClient.mapRequestEffect(signer(Effect.succeed(credentials), REGION)),
        HttpClient.filterStatusOk,
        HttpClient.retry({ times: 1, schedule: Schedule.spaced("10 seconds") })
      )
      const fiber = yield* Effect.fork(client.get(`${BASE}/accounts`))
      yield* TestClock.adjust("10 seconds")
      yield* Fiber.join(fiber)
      const [first, second] = yield* Ref.get(seen)
      expect(first?.headers["x-amz-date"]).toBe("20261124T133000Z")
      expect(second?.headers["x-amz-date"]).toBe("20261124T133010Z")
      expect(second?.headers["authorization"]).not.toBe(first?.headers["authorization"])
    }))

  it("names the secret headers for redaction", () => {
    expect([...secretHeaderNames].sort()).toEqual(["authorization", "x-amz-security-token"])
  })
})
