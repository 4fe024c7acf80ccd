/**
 * The benchmark's Stax cloud call (`GET /20190206/accounts`, a fixed ~4.1 KB `{Accounts}` answer, SigV4
 * signing included) and how it is served:
 *
 * - the login runs once against the Stax cloud stand-in (`StaxCloudLocal.serve` from `stax-effect/testing`),
 *   served in the benchmark's process and idle after the login (its credentials last 12 hours, longer than
 *   any run, so the credentials stay warm: `cloud.logins` in the results says how many logins ran);
 * - the API calls go to the lean server (bench/lean-server.ts), which answers `GET /20190206/public/config`
 *   with the stand-in's own public config (fetched here, handed to the server when it starts) and
 *   `GET /20190206/accounts` with the fixed answer, without checking the signature.
 *
 * Two clients make the call: `cloud_sdk`, `Accounts.readAccounts({})` set up as the README's Stax cloud
 * example (bench/sdk-setup.ts: the stand-in's keys and Cognito endpoints, the lean server as `baseUrl`),
 * one `ManagedRuntime` built once; and `cloud_undici_sigv4`, `undici.request` of the same GET signed with
 * `@smithy/signature-v4` (one `SignatureV4` built once, hashing with the SDK's own node:crypto `Sha256`)
 * with the temporary credentials and region the SDK got from its login, + `JSON.parse`. Before the
 * benchmark, the baseline's signed request is sent once to the stand-in, which checks the signature.
 */
import { SignatureV4 } from "@smithy/signature-v4"
import { Effect, Exit, ManagedRuntime, Redacted, Scope } from "effect"
import { Accounts, StaxCloudClient } from "stax-effect/cloud"
import { cloudConfigFor, StaxCloudLocal, type StaxCloudLocalService } from "stax-effect/testing"
import { Agent, request } from "undici"
// The hash the SDK's signer uses (SHA-256 and HMAC over node:crypto), which the package does not export:
// the baseline signs with the same one, so both clients do the same signing work.
import { Sha256 } from "../src/cloud/auth/Sha256.js"
import { ACCOUNT_COUNT, ACCOUNT_ID, CLOUD_API_PREFIX } from "./fixtures.js"
import { cloudLayer } from "./sdk-setup.js"

/** The Stax cloud stand-in, served in this process. */
export interface CloudStandIn {
  readonly local: StaxCloudLocalService
  /** Its `GET /20190206/public/config` answer, for the lean server to serve. */
  readonly publicConfig: string
  readonly stop: () => Promise<void>
}

/** Serves the stand-in on 127.0.0.1 and reads its public config. */
export const startCloudStandIn = async (): Promise<CloudStandIn> => {
  const scope = Effect.runSync(Scope.make())
  const local = await Effect.runPromise(Scope.extend(StaxCloudLocal.serve({ credentialsTtl: "12 hours" }), scope))
  const prefix = new URL(local.baseUrl).pathname
  if (prefix !== CLOUD_API_PREFIX) throw new Error(`the stand-in's API prefix is ${prefix}, the lean server's ${CLOUD_API_PREFIX}`)
  const answer = await request(`${local.baseUrl}/public/config`)
  if (answer.statusCode !== 200) throw new Error(`the stand-in's public/config answered ${answer.statusCode}`)
  return { local, publicConfig: await answer.body.text(), stop: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}

/** What both clients' answers must hold: the fixture's accounts, the first one by its id. */
const checkAccounts = (answer: unknown, who: string) => {
  const accounts = (answer as { Accounts?: ReadonlyArray<{ Id?: unknown }> }).Accounts
  if (accounts?.length !== ACCOUNT_COUNT || accounts[0]?.Id !== ACCOUNT_ID) throw new Error(`${who}: the accounts call failed`)
}

/** The baseline: a `GET url` signed by one `SignatureV4` built here, sent with `undici.request`, parsed with `JSON.parse`. */
const signedGet = (
  url: string,
  credentials: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken: string },
  region: string,
  dispatcher: Agent
) => {
  const signer = new SignatureV4({ service: "execute-api", region, credentials, sha256: Sha256 })
  const target = new URL(url)
  const unsigned = {
    method: "GET",
    protocol: target.protocol,
    hostname: target.hostname,
    ...(target.port === "" ? {} : { port: Number(target.port) }),
    path: target.pathname,
    query: {},
    headers: { host: target.host }
  }
  return async (): Promise<{ status: number; body: unknown }> => {
    const signed = await signer.sign(unsigned)
    const response = await request(url, { headers: { ...signed.headers, accept: "application/json" }, dispatcher })
    return { status: response.statusCode, body: JSON.parse(await response.body.text()) }
  }
}

/**
 * The two clients of the Stax cloud call against the lean server at `leanBaseUrl`, logged in once (through
 * the SDK) against `standIn`, each call checked.
 */
export const cloudClients = async (leanBaseUrl: string, standIn: CloudStandIn) => {
  const { local } = standIn
  const runtime = ManagedRuntime.make(cloudLayer({ ...cloudConfigFor(local), baseUrl: `${leanBaseUrl}${CLOUD_API_PREFIX}` }))
  // The first call logs in; it must decode (a date is a Date, tags kept) as well as hold the accounts.
  const first = await runtime.runPromise(Accounts.readAccounts({}))
  checkAccounts(first, "stax-effect")
  if (!(first.Accounts[0]?.CreatedTS instanceof Date) || first.Accounts[0]?.Tags?.["Owner"] !== "platform") {
    throw new Error("stax-effect: the accounts answer was not decoded")
  }
  const [credentials, region] = await runtime.runPromise(Effect.flatMap(StaxCloudClient, (client) => Effect.all([client.auth.credentials, client.auth.region])))
  const plain = {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: Redacted.value(credentials.secretAccessKey),
    sessionToken: Redacted.value(credentials.sessionToken)
  }
  // The baseline signs as the stand-in expects: one request to the stand-in's own SigV4 check.
  const checkAgent = new Agent()
  const verified = await signedGet(`${local.baseUrl}/accounts`, plain, region, checkAgent)()
  await checkAgent.close()
  if (verified.status !== 200 || local.requests.at(-1)?.signed !== true) {
    throw new Error(`undici + SignatureV4: the stand-in refused the signature (HTTP ${verified.status})`)
  }
  const agent = new Agent()
  const baseline = signedGet(`${leanBaseUrl}${CLOUD_API_PREFIX}/accounts`, plain, region, agent)
  return {
    sdk: async () => checkAccounts(await runtime.runPromise(Accounts.readAccounts({})), "stax-effect"),
    baseline: async () => {
      const { body, status } = await baseline()
      if (status !== 200) throw new Error(`undici + SignatureV4: HTTP ${status}`)
      checkAccounts(body, "undici + SignatureV4")
    },
    /** How many logins the stand-in has served (1 when the credentials stayed warm). */
    logins: () => local.cognito.counters().logins,
    dispose: async () => {
      await runtime.dispose()
      await agent.close()
    }
  }
}
