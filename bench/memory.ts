/**
 * Memory benchmark of large uploads and downloads: `npx tsx bench/memory.ts`.
 *
 * The stand-in runs in a child process (so its memory is not counted), keeping only each uploaded
 * file's size and SHA-512 (`keepFiles: false`), with a synthetic 1 GiB document generated on the fly.
 * This process:
 * 1. writes 10 files of 100 MB under `os.tmpdir()` (deleted afterwards) and uploads them in one
 *    `Documents.upload` (files from disk: a `FormData` of file-backed Blobs, streamed by `fetch`);
 * 2. downloads the 1 GiB document with `Documents.download`, counting the bytes, keeping none.
 *
 * It samples this process's RSS before and during each step and prints the figures as one JSON line
 * (bench/run.ts runs it in a child process and folds them into results.json under `memory`).
 * Target: growth under 64 MiB for each. `--quick`: 10 files of 10 MB and a 64 MiB download (labelled
 * `quick: true` with the sizes in the output), same keys. `BENCH_GC=1` forces a GC every 200 ms (diagnostics: the
 * growth left is memory really held, not garbage waiting for the collector).
 *
 * The upload also runs once more with every file as a `{ name, stream }` source (the one-shot
 * streamed multipart body), reported as `uploadStream`.
 *
 * Finding (kept fixed in StaxClient): Node's `fetch` clones (tees) a request body unless `redirect`
 * is `"error"`; with `"manual"` the unread copy buffered the whole upload (figure in the CHANGELOG).
 */
import { FetchHttpClient } from "@effect/platform"
import { Effect, Layer, Redacted, Stream } from "effect"
import { spawn } from "node:child_process"
import { createReadStream } from "node:fs"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { createInterface } from "node:readline"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import * as v8 from "node:v8"
import * as vm from "node:vm"
import { Documents, RetryPolicy, StaxClient, StaxConfig } from "stax-effect"
import { StaxLocal } from "stax-effect/testing"

const MiB = 1024 * 1024
const QUICK = process.argv.includes("--quick")
const FILES = 10
const FILE_BYTES = (QUICK ? 10 : 100) * 1000 * 1000
const DOWNLOAD_BYTES = (QUICK ? 64 : 1024) * MiB

interface Server {
  readonly baseUrl: string
  readonly email: string
  readonly apiKey: string
  readonly docId: string
}

// ---------------------------------------------------------------------------------------------
// The child: the stand-in server.
// ---------------------------------------------------------------------------------------------

const serve = () =>
  Effect.runFork(Effect.scoped(Effect.gen(function*() {
    const local = yield* StaxLocal.serve({
      keepFiles: false,
      seed: { documents: [{ name: "synthetic.bin", format: "application/octet-stream", content: { syntheticSize: DOWNLOAD_BYTES } }] }
    })
    const [docId] = [...local.model.documents.keys()]
    const server: Server = { baseUrl: local.baseUrl, email: local.email, apiKey: Redacted.value(local.apiKey), docId: docId! }
    console.log(JSON.stringify(server))
    yield* Effect.never
  })))

// ---------------------------------------------------------------------------------------------
// The parent: the client being measured.
// ---------------------------------------------------------------------------------------------

const startServer = () =>
  new Promise<{ server: Server; stop: () => void }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--server", ...(QUICK ? ["--quick"] : [])], {
      stdio: ["ignore", "pipe", "inherit"]
    })
    child.once("error", reject)
    child.once("exit", (code) => reject(new Error(`the server process exited (${code})`)))
    createInterface({ input: child.stdout! }).once("line", (line) =>
      resolve({ server: JSON.parse(line) as Server, stop: () => child.kill() }))
  })

v8.setFlagsFromString("--expose-gc")
const gc = vm.runInNewContext("gc") as () => void

const rssMiB = () => process.memoryUsage().rss / MiB
const round = (n: number) => Math.round(n * 10) / 10

interface Figures {
  readonly bytes: number
  readonly seconds: number
  readonly rssBeforeMiB: number
  readonly rssPeakMiB: number
  readonly growthMiB: number
}

/** Runs `task`, sampling RSS every 10 ms; before: after a full GC. */
const measure = async (task: () => Promise<number>): Promise<Figures> => {
  gc()
  await new Promise((r) => setTimeout(r, 100))
  gc()
  const before = rssMiB()
  let peak = before
  let samples = 0
  const timer = setInterval(() => {
    // BENCH_GC=1: collect garbage every 20th sample, to tell memory held from garbage not yet collected.
    if (process.env["BENCH_GC"] === "1" && ++samples % 20 === 0) gc()
    peak = Math.max(peak, rssMiB())
  }, 10)
  const started = performance.now()
  try {
    const bytes = await task()
    peak = Math.max(peak, rssMiB())
    return {
      bytes,
      seconds: round((performance.now() - started) / 1000),
      rssBeforeMiB: round(before),
      rssPeakMiB: round(peak),
      growthMiB: round(peak - before)
    }
  } finally {
    clearInterval(timer)
  }
}

/** Writes `bytes` to `file` in 1 MiB pieces (never the whole file in memory). */
const writeFile = async (file: string, bytes: number, seed: number) => {
  const piece = Buffer.alloc(MiB)
  for (let i = 0; i < piece.length; i++) piece[i] = (i * 131 + seed) & 0xff
  const handle = await fs.open(file, "w")
  try {
    for (let written = 0; written < bytes;) {
      const n = Math.min(piece.length, bytes - written)
      await handle.write(piece, 0, n)
      written += n
    }
  } finally {
    await handle.close()
  }
}

const main = async () => {
  const { server, stop } = await startServer()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "stax-memory-"))
  try {
    const files = Array.from({ length: FILES }, (_, i) => path.join(dir, `file-${i + 1}.pdf`))
    for (const [i, file] of files.entries()) await writeFile(file, FILE_BYTES, i)

    const layer = Documents.layer.pipe(
      Layer.provide(StaxClient.layer),
      Layer.provide(StaxConfig.layer({
        email: server.email,
        apiKey: server.apiKey,
        baseUrl: server.baseUrl,
        timeout: "150 seconds",
        retry: RetryPolicy.none
      })),
      Layer.provide(FetchHttpClient.layer)
    )
    const run = <A>(effect: Effect.Effect<A, unknown, Documents>) => Effect.runPromise(Effect.provide(effect, layer))

    // Warm up the client (modules, connection) so the first measurement does not count them.
    await run(Documents.upload({ files: [new TextEncoder().encode("warm-up")] }))

    const upload = await measure(async () => {
      const uploads = await run(Documents.upload({ files: files.map((f) => Documents.file(f)) }))
      const sizes = uploads.map((u) => Number(u["size"]))
      if (uploads.length !== FILES || sizes.some((s) => s !== FILE_BYTES)) {
        throw new Error(`unexpected upload answer: ${JSON.stringify(uploads)}`)
      }
      return sizes.reduce((a, b) => a + b, 0)
    })

    const uploadStream = await measure(async () => {
      const uploads = await run(Documents.upload({
        files: files.map((f) => ({
          name: path.basename(f),
          size: FILE_BYTES,
          stream: Stream.fromReadableStream(
            () => Readable.toWeb(createReadStream(f)) as unknown as ReadableStream<Uint8Array>,
            (cause) => cause
          )
        }))
      }))
      const sizes = uploads.map((u) => Number(u["size"]))
      if (uploads.length !== FILES || sizes.some((s) => s !== FILE_BYTES)) {
        throw new Error(`unexpected upload answer: ${JSON.stringify(uploads)}`)
      }
      return sizes.reduce((a, b) => a + b, 0)
    })

    const download = await measure(() =>
      run(Documents.download({ docId: server.docId }).pipe(
        Stream.runFold(0, (n, chunk) => n + chunk.byteLength)
      ))
    )
    if (download.bytes !== DOWNLOAD_BYTES) throw new Error(`downloaded ${download.bytes} bytes`)

    const results = {
      quick: QUICK,
      sizes: QUICK
        ? "quick: upload 10 x 10 MB, download 64 MiB (the full run: 10 x 100 MB, 1 GiB)"
        : "upload 10 x 100 MB, download 1 GiB",
      upload,
      uploadStream,
      download,
      targetGrowthMiB: 64,
      withinTarget: [upload, uploadStream, download].every((f) => f.growthMiB < 64)
    }
    console.log(JSON.stringify(results))
  } finally {
    stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

if (process.argv.includes("--server")) {
  serve()
} else {
  main().then(
    () => process.exit(),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
