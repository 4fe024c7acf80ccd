/** A node:http server on 127.0.0.1 for one test of the Node transport. */
import { Deferred, Effect, Exit, type Scope } from "effect"
import * as http from "node:http"
import type * as net from "node:net"

// A node:http server on 127.0.0.1 for one test; it counts the connections it accepts and knows the
// ones still open. Closed (its sockets destroyed) with the test's scope.
export interface Server {
  readonly url: string
  readonly connections: () => number
  readonly openSockets: () => number
  /** Resolves when a socket the server accepted is closed. */
  readonly socketClosed: Deferred.Deferred<void>
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

export const serve = (handler: Handler): Effect.Effect<Server, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.async<{ server: http.Server; sockets: Set<net.Socket>; info: Server }>((resume) => {
      const sockets = new Set<net.Socket>()
      let connections = 0
      const socketClosed = Deferred.unsafeMake<void>(undefined as never)
      const server = http.createServer(handler)
      server.keepAliveTimeout = 30_000
      server.on("connection", (socket) => {
        connections++
        sockets.add(socket)
        socket.on("close", () => {
          sockets.delete(socket)
          Deferred.unsafeDone(socketClosed, Exit.void)
        })
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as net.AddressInfo
        resume(Effect.succeed({
          server,
          sockets,
          info: {
            url: `http://127.0.0.1:${port}`,
            connections: () => connections,
            openSockets: () => sockets.size,
            socketClosed
          }
        }))
      })
    }),
    ({ server, sockets }) =>
      Effect.async<void>((resume) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(({ info }) => info))

/**
 * Writes `block` `count` times to `out` as fast as it drains (backpressure honoured), then ends it;
 * `onWrite` is told of each write as it is made.
 */
export const writeBlocks = (
  out: NodeJS.WritableStream,
  block: Uint8Array,
  count: number,
  onWrite: (bytes: number) => void = () => {}
): void => {
  let sent = 0
  const pump = (): void => {
    while (sent < count) {
      sent++
      onWrite(block.byteLength)
      if (!out.write(block)) {
        out.once("drain", pump)
        return
      }
    }
    out.end()
  }
  pump()
}
