/**
 * A loopback proxy in front of the stand-in (`StaxLocal.serve`), for the faults the stand-in's fault
 * plan lacks: it forwards every request (so writes are applied as usual) and, when a body fault is
 * armed for the route, replaces the answer's body: slow, endless, oversized, a gzip bomb, or an echo
 * of the request's credentials. It also counts requests in flight, so the harness can wait until the
 * stand-in has settled (a delayed write may be applied after the client gave up).
 */
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import { gzipSync } from "node:zlib"

/** A fault on the answer's body, applied after the stand-in answered. */
export type BodyFault = "slow" | "endless" | "endless-binary" | "oversized" | "bomb" | "echo"

export interface Proxy {
  readonly baseUrl: string
  /** Arms `fault` for the next `times` requests of `route` (`METHOD /path`). */
  readonly arm: (route: string, fault: BodyFault, times?: number) => void
  readonly disarm: () => void
  /** Requests forwarded and not yet answered by the stand-in. */
  readonly inFlight: () => number
  /** Resolves when nothing is in flight (or after `maxMillis`). */
  readonly settle: (maxMillis?: number) => Promise<void>
  readonly close: () => Promise<void>
}

const OVERSIZED_BYTES = 48 * 1024 * 1024
const BOMB_INFLATED_BYTES = 128 * 1024 * 1024

let bomb: Buffer | undefined
/** A gzip body that inflates to 128 MiB of a JSON string (built once, ~130 KB compressed). */
const bombBody = (): Buffer => {
  if (bomb === undefined) {
    const inflated = Buffer.alloc(BOMB_INFLATED_BYTES, 0x20)
    Buffer.from(`{"success":true,"pad":"`).copy(inflated, 0)
    Buffer.from(`"}`).copy(inflated, BOMB_INFLATED_BYTES - 2)
    bomb = gzipSync(inflated, { level: 9 })
  }
  return bomb
}

export const startProxy = (upstream: string): Promise<Proxy> => {
  const target = new URL(upstream)
  const armed: Array<{ route: string; fault: BodyFault; left: number }> = []
  let inFlight = 0
  const agent = new Http.Agent({ keepAlive: true, maxSockets: 128 })

  const take = (route: string): BodyFault | undefined => {
    for (const entry of armed) {
      if (entry.left > 0 && (entry.route === route || entry.route === "*")) {
        entry.left -= 1
        return entry.fault
      }
    }
    return undefined
  }

  const server = Http.createServer((req, res) => {
    const route = `${req.method} ${(req.url ?? "/").split("?")[0]}`
    const fault = take(route)
    if (fault === "echo") {
      // Answered by the proxy alone: the stand-in never sees the request.
      req.resume()
      writeFault(fault, req, res)
      return
    }
    inFlight += 1
    let done = false
    const finish = () => {
      if (!done) {
        done = true
        inFlight -= 1
      }
    }
    const up = Http.request({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
      agent
    }, (answer) => {
      if (fault === undefined) {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
        // A client that went away stops the pipe: drain the rest, so the request ends.
        res.on("close", () => answer.resume())
        answer.on("end", finish)
        answer.on("error", finish)
        return
      }
      // The stand-in answered (and applied any write): drain its answer, send the faulty one.
      answer.resume()
      answer.on("end", finish)
      answer.on("error", finish)
      writeFault(fault, req, res)
    })
    // The catch-all: the upstream request is over (answered, failed, or destroyed when the client left).
    up.on("close", finish)
    up.on("error", () => {
      finish()
      res.destroy()
    })
    req.pipe(up)
    req.on("error", () => up.destroy())
  })

  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        arm: (route, fault, times = 1) => armed.push({ route, fault, left: times }),
        disarm: () => {
          armed.length = 0
        },
        inFlight: () => inFlight,
        settle: async (maxMillis = 5_000) => {
          const until = Date.now() + maxMillis
          while (inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections()
            agent.destroy()
            server.close(() => done())
          })
      })
    })
  })
}

const writeFault = (fault: BodyFault, req: Http.IncomingMessage, res: Http.ServerResponse): void => {
  const json = { "content-type": "application/json" }
  switch (fault) {
    case "slow": {
      // A complete, valid answer, a few bytes every 100 ms: 2 seconds in all.
      const body = Buffer.from(`{"success":true,"stack":{"_id":"65a1f0c2000000000000aaaa","path":"slow"}}`)
      res.writeHead(200, { ...json, "content-length": String(body.length) })
      let at = 0
      const step = Math.ceil(body.length / 20)
      const tick = setInterval(() => {
        if (res.destroyed || at >= body.length) {
          clearInterval(tick)
          res.end()
          return
        }
        res.write(body.subarray(at, at + step))
        at += step
      }, 100)
      res.on("close", () => clearInterval(tick))
      return
    }
    case "endless":
    case "endless-binary": {
      res.writeHead(200, fault === "endless" ? json : { "content-type": "application/octet-stream" })
      res.write(`{"success":true,"pad":"`)
      const chunk = Buffer.alloc(16 * 1024, 0x61)
      const tick = setInterval(() => {
        if (res.destroyed) clearInterval(tick)
        else res.write(chunk)
      }, 2)
      res.on("close", () => clearInterval(tick))
      return
    }
    case "oversized": {
      res.writeHead(200, { ...json, "content-length": String(OVERSIZED_BYTES) })
      const head = Buffer.from(`{"success":true,"stack":{"_id":"65a1f0c2000000000000bbbb","path":"big","pad":"`)
      const tail = Buffer.from(`"}}`)
      res.write(head)
      let left = OVERSIZED_BYTES - head.length - tail.length
      const chunk = Buffer.alloc(1024 * 1024, 0x61)
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          const part = left >= chunk.length ? chunk : chunk.subarray(0, left)
          left -= part.length
          if (!res.write(part)) {
            res.once("drain", pump)
            return
          }
        }
        if (!res.destroyed) res.end(tail)
      }
      pump()
      return
    }
    case "bomb": {
      const body = bombBody()
      res.writeHead(200, { ...json, "content-encoding": "gzip", "content-length": String(body.length) })
      res.end(body)
      return
    }
    case "echo": {
      // A hostile server echoing the credentials it received in its error message.
      const echoed = `${req.headers["authorization"] ?? ""} for ${req.headers["email"] ?? ""}`
      const body = JSON.stringify({ success: false, error: `Refused: ${"x".repeat(190)}${echoed}` })
      res.writeHead(400, json)
      res.end(body)
      return
    }
  }
}
