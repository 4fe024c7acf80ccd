/**
 * The benchmark's server: a bare `node:http` server on 127.0.0.1, run in its own process by
 * bench/run.ts, answering with precomputed bytes so that it costs as little as possible per request:
 *
 * - `GET /document/get`: the fixed ~3.9 KB `{success: true, doc}` envelope of bench/fixtures.ts;
 * - `GET /__stats`: this process's CPU time (µs) and request count, so the harness can report the
 *   server's CPU per call and tell a saturated server from a slow client.
 *
 * Keep-alive is on (Node's default); no header is checked. Prints one JSON line `{"port": n}` when
 * listening, then serves until killed.
 */
import { createServer } from "node:http"
import { documentAnswer } from "./fixtures.js"

const body = Buffer.from(documentAnswer())
const headers = {
  "content-type": "application/json; charset=utf-8",
  "content-length": String(body.byteLength)
}
let requests = 0

const server = createServer((req, res) => {
  requests++
  if (req.url !== undefined && req.url.startsWith("/document/get")) {
    res.writeHead(200, headers)
    res.end(body)
  } else if (req.url === "/__stats") {
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
  console.log(JSON.stringify({ port: address.port, bytes: body.byteLength }))
})
