/**
 * The Stax cloud client's side of the hostile properties: a fake Stax cloud whose every route answers a
 * valid canned answer (public/config, the four Cognito calls, ReadAccounts) except the one a case targets,
 * which answers the generated hostile bytes; the secrets the client must never show (the secret key, the SRP
 * values it sent, the tokens and AWS credentials the fake issued); the generators of hostile cloud bodies;
 * and a runtime of the client over any `HttpClient`.
 *
 * No signature is checked and no server-side SRP is run: the canned `PASSWORD_VERIFIER` challenge is
 * fixed, so a case costs the client's own SRP only when it logs in.
 */
import type { HttpClient } from "@effect/platform"
import { type Duration, Layer, ManagedRuntime } from "effect"
import fc from "fast-check"
import { Accounts, RetryPolicy, StaxCloud, StaxCloudConfig } from "stax-effect/cloud"

/** The routes of the login and the API call, as the fake names them. */
export const ROUTES = [
  "GET /20190206/public/config",
  "POST AWSCognitoIdentityProviderService.InitiateAuth",
  "POST AWSCognitoIdentityProviderService.RespondToAuthChallenge",
  "POST AWSCognitoIdentityService.GetId",
  "POST AWSCognitoIdentityService.GetCredentialsForIdentity",
  "GET /20190206/accounts"
] as const

/** A route of the fake. */
export type Route = typeof ROUTES[number]

/** The login's routes. */
export const LOGIN_ROUTES: ReadonlyArray<Route> = ROUTES.filter((r) => r !== "GET /20190206/accounts")

export const ACCESS_KEY = "AKHOSTILEACCESSKEY"
export const SECRET_KEY = "cloud-secret-key-9f8e7d6c5b4a3210zyxw"
const ID_TOKEN = "eyJhostile.idtoken.7c1d9e2f4a6b8c0d1e3f"
const ACCESS_TOKEN = "eyJhostile.accesstoken.5b7d9f1a3c5e7092"
const REFRESH_TOKEN = "eyJhostile.refreshtoken.2468ace013579bdf"
const AWS_SECRET = "awsSecretHostile/4Kp9Qz2Lm7Xv1Rt8Ws3Ny6"
const SESSION_TOKEN = "IQoJb3JpZ2luX2VjEHqW8x0Kz5Rb2Tn7Yc4Lp1Vd9Mf3Gh6"
const SECRET_BLOCK = Buffer.from("hostile-secret-block-3f5a7c9e1b2d4f60").toString("base64")
const SESSION = "AYABeHostileCognitoSession-a1b2c3d4e5f6"

/** The secrets each route's valid answer gives the client. */
const ISSUED: Readonly<Record<string, ReadonlyArray<string>>> = {
  "POST AWSCognitoIdentityProviderService.InitiateAuth": [SECRET_BLOCK, SESSION],
  "POST AWSCognitoIdentityProviderService.RespondToAuthChallenge": [ID_TOKEN, ACCESS_TOKEN, REFRESH_TOKEN],
  "POST AWSCognitoIdentityService.GetCredentialsForIdentity": [AWS_SECRET, SESSION_TOKEN]
}

/**
 * The secrets the client holds when `route` answers in a login (the secret key, and what the routes before
 * it issued); the SRP values it sent are added per case. A server can only echo what the client sent or was
 * given: a token issued later in the login is not the client's to leak yet.
 */
export const secretsBefore = (route: Route): ReadonlyArray<string> => [
  SECRET_KEY,
  ...ROUTES.slice(0, ROUTES.indexOf(route)).flatMap((r) => ISSUED[r] ?? [])
]

/** In a hostile body, `@@SECRET<n>@@` is replaced by the n-th secret of the case (wrapping around). */
const PLACEHOLDER = /@@SECRET(\d+)@@/g

/** The SRP values the client sent (`SRP_A`, the password claim's signature), read from a request's JSON body. */
export const sentSecrets = (body: string): ReadonlyArray<string> => {
  const found: Array<string> = []
  for (const key of ["SRP_A", "PASSWORD_CLAIM_SIGNATURE"]) {
    const match = new RegExp(`"${key}":"([^"]+)"`).exec(body)
    if (match?.[1] !== undefined) found.push(match[1])
  }
  return found
}

/** A hostile body with its secret placeholders filled in from `secrets`. */
export const withSecrets = (body: Uint8Array, secrets: ReadonlyArray<string>): Uint8Array => {
  const text = Buffer.from(body).toString("latin1")
  if (!text.includes("@@SECRET")) return body
  return Buffer.from(text.replace(PLACEHOLDER, (_, n: string) => secrets[Number(n) % secrets.length] ?? ""), "latin1")
}

/** The route of a request. */
export const routeOf = (method: string, path: string, target: string | undefined): Route | undefined => {
  const name = target === undefined || target === "" ? `${method} ${path.split("?")[0]}` : `${method} ${target}`
  return (ROUTES as ReadonlyArray<string>).includes(name) ? (name as Route) : undefined
}

/** The valid answers, by route (`origin`: where the fake serves the API). */
export const cannedAnswer = (route: Route): unknown => {
  switch (route) {
    case "GET /20190206/public/config":
      return {
        ApiAuth: {
          region: "ap-southeast-2",
          userPoolId: "ap-southeast-2_HoStIlE1",
          userPoolWebClientId: "hostileclientid",
          identityPoolId: "ap-southeast-2:0b0c6a8e-0000-4000-8000-000000000001"
        }
      }
    case "POST AWSCognitoIdentityProviderService.InitiateAuth":
      return {
        ChallengeName: "PASSWORD_VERIFIER",
        ChallengeParameters: {
          SRP_B: "9f".repeat(384),
          SALT: "5a1f",
          SECRET_BLOCK,
          USER_ID_FOR_SRP: "hostile-user-id",
          USERNAME: "hostile-user-id"
        },
        Session: SESSION
      }
    case "POST AWSCognitoIdentityProviderService.RespondToAuthChallenge":
      return {
        AuthenticationResult: { IdToken: ID_TOKEN, AccessToken: ACCESS_TOKEN, RefreshToken: REFRESH_TOKEN, ExpiresIn: 3600 },
        ChallengeParameters: {}
      }
    case "POST AWSCognitoIdentityService.GetId":
      return { IdentityId: "ap-southeast-2:1c2d3e4f-0000-4000-8000-000000000002" }
    case "POST AWSCognitoIdentityService.GetCredentialsForIdentity":
      return {
        IdentityId: "ap-southeast-2:1c2d3e4f-0000-4000-8000-000000000002",
        Credentials: { AccessKeyId: "ASIAHOSTILE0000001", SecretKey: AWS_SECRET, SessionToken: SESSION_TOKEN, Expiration: 4_102_444_800 }
      }
    case "GET /20190206/accounts":
      return { Accounts: [] }
  }
}

/** The client's retries: one more attempt at once, `Retry-After` not waited for (every case stays short). */
const RETRY = RetryPolicy.default.with({ maxAttempts: 2, backoffFactor: 0, jitter: 0, respectRetryAfter: false })

/** A runtime of the Stax cloud client over `http`, the API at `origin`, with short time limits (and `retry`, one retry at once by default). */
export const cloudRuntime = (
  http: Layer.Layer<HttpClient.HttpClient>,
  origin: string,
  timeout: Duration.DurationInput = "300 millis",
  retry: RetryPolicy = RETRY
) =>
  ManagedRuntime.make(
    StaxCloud.layer.pipe(
      Layer.provide(StaxCloudConfig.layer({
        accessKey: ACCESS_KEY,
        secretKey: SECRET_KEY,
        baseUrl: `${origin}/20190206`,
        authEndpoints: { userPool: `${origin}/cognito-idp`, identityPool: `${origin}/cognito-identity` },
        timeout,
        retry
      })),
      Layer.provide(http)
    )
  )

/** The call every case makes: ReadAccounts (the login first, when there are no credentials yet). */
export const readAccounts = Accounts.readAccounts()

// ---------------------------------------------------------------------------------------------
// Generators of hostile cloud bodies
// ---------------------------------------------------------------------------------------------

const encoder = new TextEncoder()

/** A valid answer with some values replaced by any JSON, some fields dropped: wrong types, missing fields. */
const perturbed = (template: unknown, depth = 0): fc.Arbitrary<unknown> => {
  const any = fc.jsonValue({ maxDepth: 2 })
  if (typeof template === "object" && template !== null && !Array.isArray(template)) {
    const entries = Object.entries(template).map(([key, value]) =>
      fc.oneof(
        { weight: 5, arbitrary: perturbed(value, depth + 1).map((v) => [key, v] as const) },
        { weight: 1, arbitrary: any.map((v) => [key, v] as const) },
        { weight: 1, arbitrary: fc.constant(undefined) }
      )
    )
    return fc.tuple(...entries).map((kept) => Object.fromEntries(kept.filter((e) => e !== undefined)))
  }
  return fc.oneof({ weight: 4, arbitrary: fc.constant(template) }, { weight: 1, arbitrary: any })
}

/** A failure body in the words of the route's server (Cognito's `__type`, the API's `{Error, Cause}`, a StaxEvent, API Gateway's `{message}`). */
const failureBody = fc.oneof(
  fc.record({
    __type: fc.constantFrom(
      "NotAuthorizedException",
      "com.amazonaws.cognito#UserNotFoundException",
      "TooManyRequestsException",
      "InternalErrorException",
      "ResourceNotFoundException"
    ),
    message: fc.constantFrom("Incorrect username or password.", "Couldn't verify signed token.", "x", "@@SECRET0@@", "see @@SECRET3@@ and @@SECRET9@@")
  }),
  fc.record({ Error: fc.string({ maxLength: 40 }), Cause: fc.constantFrom("fault", "@@SECRET1@@", "") }),
  fc.record({ DetailType: fc.string({ maxLength: 20 }), Detail: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ message: fc.constantFrom("Missing Authentication Token", "Internal server error", "@@SECRET2@@") })
).map((v) => JSON.stringify(v))

/** A secret echoed at any offset of a long message, as Cognito or the API would write it, or in HTML. */
const secretEcho = fc.record({
  before: fc.nat({ max: 1_200 }),
  which: fc.nat({ max: 20 }),
  shape: fc.constantFrom("cognito", "stax", "gateway", "html", "success")
}).map(({ before, shape, which }) => {
  const text = `${"m".repeat(before)}@@SECRET${which}@@tail`
  switch (shape) {
    case "cognito":
      return JSON.stringify({ __type: "NotAuthorizedException", message: text })
    case "stax":
      return JSON.stringify({ Error: text, Cause: text })
    case "gateway":
      return JSON.stringify({ message: text })
    case "success":
      return JSON.stringify({ IdentityId: 7, Accounts: text, ApiAuth: { region: text } })
    default:
      return `<html><body>${text}</body></html>`
  }
})

const deep = fc.record({ depth: fc.integer({ min: 300, max: 50_000 }), open: fc.constantFrom("[", `{"a":`) }).map(({ depth, open }) =>
  open.repeat(depth) + (open === "[" ? "" : "1") + (open === "[" ? "]" : "}").repeat(depth)
)

/** Bodies for `route`: its valid answer perturbed or cut short, failures, echoes, HTML, garbage, deep and huge. */
export const hostileBody = (route: Route): fc.Arbitrary<Uint8Array> => {
  const valid = JSON.stringify(cannedAnswer(route))
  return fc.oneof(
    { weight: 6, arbitrary: perturbed(cannedAnswer(route)).map((v) => encoder.encode(JSON.stringify(v))) },
    { weight: 2, arbitrary: fc.nat({ max: valid.length }).map((n) => encoder.encode(valid.slice(0, n))) },
    { weight: 3, arbitrary: failureBody.map((s) => encoder.encode(s)) },
    { weight: 3, arbitrary: secretEcho.map((s) => encoder.encode(s)) },
    { weight: 1, arbitrary: fc.constant(encoder.encode("<html><body><h1>502 Bad Gateway</h1></body></html>")) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => encoder.encode(JSON.stringify(v))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => encoder.encode(s)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }) },
    { weight: 1, arbitrary: deep.map((s) => encoder.encode(s)) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1, max: 3 }).map((mb) => encoder.encode(`{"message":"${"e".repeat(mb * 1024 * 1024)}@@SECRET0@@"}`))
    }
  )
}

/** Statuses a hostile server answers. */
export const hostileStatus = fc.oneof(
  fc.integer({ min: 200, max: 599 }),
  fc.constantFrom(200, 200, 200, 204, 302, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504)
)
