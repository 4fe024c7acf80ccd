/**
 * The benchmark's server: a bare `node:http` server on 127.0.0.1, run in its own process by
 * bench/run.ts, answering with precomputed bytes so that it costs as little as possible per request:
 *
 * - `GET /document/get`: the fixed ~3.9 KB `{success: true, doc}` envelope of bench/fixtures.ts;
 * - `GET /20190206/public/config`: the Stax cloud stand-in's public config, handed over by the harness
 *   in `BENCH_CLOUD_PUBLIC_CONFIG` (404 without it), so the SDK reads the pools it logs in to from here;
 * - `GET /20190206/accounts`: the fixed ~4.1 KB `{Accounts}` answer of bench/fixtures.ts. The signature
 *   is not checked (both clients send the same signed request, and a check would cost the server more
 *   than the call it serves); a request without a SigV4 `authorization` header is refused with 403, as
 *   API Gateway does, so a client that stops signing fails its benchmark check;
 * - `GET /__stats`: this process's CPU time (µs) and request count, so the harness can report the
 *   server's CPU per call and tell a saturated server from a slow client.
 *
 * Keep-alive is on (Node's default); no other header is checked. Prints one JSON line `{"port": n}` when
 * listening, then serves until killed.
 */
import { createServer } from "node:http"
import { accountsAnswer, CLOUD_API_PREFIX, documentAnswer } from "./fixtures.js"

const jsonHeaders = (body: Buffer) => ({
  "content-type": "application/json; charset=utf-8",
  "content-length": String(body.byteLength)
})
const body = Buffer.from(documentAnswer())
const headers = jsonHeaders(body)
const accounts = Buffer.from(accountsAnswer())
const accountsHeaders = jsonHeaders(accounts)
const publicConfig = process.env["BENCH_CLOUD_PUBLIC_CONFIG"] === undefined ? undefined : Buffer.from(process.env["BENCH_CLOUD_PUBLIC_CONFIG"])
const accountsPath = `${CLOUD_API_PREFIX}/accounts`
const publicConfigPath = `${CLOUD_API_PREFIX}/public/config`
let requests = 0

const server = createServer((req, res) => {
  requests++
  const url = req.url ?? ""
  if (url.startsWith("/document/get")) {
    res.writeHead(200, headers)
    res.end(body)
  } else if (url === accountsPath || url.startsWith(`${accountsPath}?`)) {
    if (req.headers.authorization?.startsWith("AWS4-HMAC-SHA256 ") === true) {
      res.writeHead(200, accountsHeaders)
      res.end(accounts)
    } else {
      res.writeHead(403, { "content-type": "application/json" })
      res.end(`{"message":"Missing Authentication Token"}`)
    }
  } else if (url === publicConfigPath && publicConfig !== undefined) {
    res.writeHead(200, jsonHeaders(publicConfig))
    res.end(publicConfig)
  } else if (url === "/__stats") {
    const cpu = process.cpuUsage()
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify({ cpuMicros: cpu.user + cpu.system, requests }))
  } else {
    res.writeHead(404, { "content-type": "application/json" })
    res.end(`{"success":false,"error":"not found"}`)
  }
})
server.keepAliveTimeout = 60_000
server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  if (address === null || typeof address === "string") throw new Error("no port")
  console.log(JSON.stringify({ port: address.port, bytes: body.byteLength, accountsBytes: accounts.byteLength }))
})
