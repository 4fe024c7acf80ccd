/**
 * Multipart probe (prints only): the stand-in's own streaming parser (`readMultipart`,
 * src/testing/ai/multipart.ts) against `@effect/platform`'s (`Multipart.makeChannel`, on multipasta),
 * reading the same multipart body from a file stream: two text fields and `FILES` file parts of
 * `MB` MB each. Each file part is hashed (SHA-512) and counted chunk by chunk, never kept: what the
 * stand-in's upload route does with `keepFiles: false`.
 *
 * Every run is a fresh child process (so one parser's heap does not colour the other's RSS); runs
 * alternate between the parsers for `ROUNDS` rounds. Each prints wall time, throughput and RSS growth
 * (peak sampled every 10 ms, minus RSS after a GC before reading), and checks the hashes against the
 * ones computed when the body was written.
 *
 * Then it reads one small body built by `FormData` (what the SDK and browsers send) whose file names
 * hold characters beyond Latin-1, quotes and a newline, with each parser, and prints the (field, file
 * name) pairs each one saw.
 *
 * Run: `npx tsx bench/probes/multipart-probe.ts` (optionally `FILES=3 MB=100 ROUNDS=3`; `PROBE_GC=1` forces a
 * GC every 50 ms, to tell memory held from garbage not yet collected). The body file is
 * written under `os.tmpdir()` and deleted afterwards. What it found: bench/probes/README.md (and why the
 * stand-in keeps its parser: src/testing/ai/multipart.ts).
 */
import { Multipart } from "@effect/platform"
import { Effect, Stream } from "effect"
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { createReadStream } from "node:fs"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import * as v8 from "node:v8"
import * as vm from "node:vm"
import { readMultipart } from "../../src/testing/ai/multipart.js"

const MiB = 1024 * 1024
const FILES = Number(process.env["FILES"] ?? 3)
const FILE_BYTES = Number(process.env["MB"] ?? 100) * 1000 * 1000
const ROUNDS = Number(process.env["ROUNDS"] ?? 3)
const BOUNDARY = "----stax-probe-7d2c1f0e9b"
const CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`

interface Received {
  readonly fields: Record<string, string>
  readonly files: Array<{ readonly name: string; readonly size: number; readonly sha512: string }>
}

// ---------------------------------------------------------------------------------------------
// The body
// ---------------------------------------------------------------------------------------------

/** Writes the body file and answers the SHA-512 of each file part. */
const writeBody = async (file: string): Promise<Array<string>> => {
  const handle = await fs.open(file, "w")
  const hashes: Array<string> = []
  try {
    const text = (s: string) => handle.write(Buffer.from(s, "utf8"))
    await text(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="stackId"\r\n\r\nstack-1\r\n`)
    await text(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n[{"key":"k","value":"v"}]\r\n`)
    const block = Buffer.alloc(MiB)
    for (let f = 0; f < FILES; f++) {
      await text(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="file-${f}.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n`)
      const hash = createHash("sha512")
      for (let written = 0; written < FILE_BYTES; written += block.length) {
        // Bytes that vary with the file and offset; now and then a run that starts like the boundary.
        for (let i = 0; i < block.length; i++) block[i] = (i * 31 + written + f * 7) & 0xff
        block.write(`\r\n--${BOUNDARY.slice(0, 10)}`, (written / MiB) % 1000, "latin1")
        const n = Math.min(block.length, FILE_BYTES - written)
        hash.update(block.subarray(0, n))
        await handle.write(block.subarray(0, n))
      }
      hashes.push(hash.digest("hex"))
      await text("\r\n")
    }
    await text(`--${BOUNDARY}--\r\n`)
  } finally {
    await handle.close()
  }
  return hashes
}

// ---------------------------------------------------------------------------------------------
// The two parsers, each reading the file as a stream of 64 KiB chunks
// ---------------------------------------------------------------------------------------------

const viaOurs = async (file: string): Promise<Received> => {
  const received: Received = { fields: {}, files: [] }
  await readMultipart(createReadStream(file), BOUNDARY, (info) => {
    const chunks: Array<Uint8Array> = []
    if (info.filename === undefined) {
      return {
        write: (chunk) => chunks.push(chunk),
        end: () => (received.fields[info.name] = Buffer.concat(chunks).toString("utf8"))
      }
    }
    const hash = createHash("sha512")
    let size = 0
    return {
      write: (chunk) => {
        size += chunk.byteLength
        hash.update(chunk)
      },
      end: () => received.files.push({ name: info.filename!, size, sha512: hash.digest("hex") })
    }
  })
  return received
}

const viaPlatform = (file: string): Promise<Received> =>
  Effect.runPromise(Effect.gen(function*() {
    const received: Received = { fields: {}, files: [] }
    yield* Stream.fromAsyncIterable(createReadStream(file) as AsyncIterable<Uint8Array>, (cause) => new Error(String(cause))).pipe(
      Stream.pipeThroughChannel(Multipart.makeChannel<Error>({ "content-type": CONTENT_TYPE })),
      Stream.runForEach((part) => {
        if (part._tag === "Field") {
          return Effect.sync(() => {
            received.fields[part.key] = part.value
          })
        }
        const hash = createHash("sha512")
        let size = 0
        return part.content.pipe(
          Stream.runForEachChunk((chunk) =>
            Effect.sync(() => {
              for (const c of chunk) {
                size += c.byteLength
                hash.update(c)
              }
            })
          ),
          Effect.andThen(() => {
            received.files.push({ name: part.name, size, sha512: hash.digest("hex") })
          })
        )
      })
    )
    return received
  }))

// ---------------------------------------------------------------------------------------------
// One measured run (in a child process)
// ---------------------------------------------------------------------------------------------

const runOne = async (parser: "ours" | "platform", file: string) => {
  v8.setFlagsFromString("--expose-gc")
  const gc = vm.runInNewContext("gc") as () => void
  gc()
  gc()
  const before = process.memoryUsage().rss
  let peak = before
  let samples = 0
  const timer = setInterval(() => {
    // PROBE_GC=1: collect garbage every 5th sample, to tell memory held from garbage not yet collected.
    if (process.env["PROBE_GC"] === "1" && ++samples % 5 === 0) gc()
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 10)
  const start = performance.now()
  const received = await (parser === "ours" ? viaOurs(file) : viaPlatform(file))
  const ms = performance.now() - start
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  console.log(JSON.stringify({ parser, ms, rssBeforeMiB: before / MiB, rssGrowthMiB: (peak - before) / MiB, received }))
}

const main = async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "multipart-probe-"))
  const file = path.join(dir, "body.bin")
  try {
    const hashes = await writeBody(file)
    const bytes = (await fs.stat(file)).size
    console.log(`body: ${FILES} files x ${FILE_BYTES / 1e6} MB (${(bytes / MiB).toFixed(1)} MiB), ${ROUNDS} rounds`)
    const rows: Record<string, Array<{ ms: number; growth: number }>> = { ours: [], platform: [] }
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (["ours", "platform"] as const) : (["platform", "ours"] as const)
      for (const parser of order) {
        const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--one", parser, file], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "inherit"],
          maxBuffer: 16 * MiB
        })
        const result = JSON.parse(child.stdout.trim().split("\n").pop()!) as {
          ms: number
          rssBeforeMiB: number
          rssGrowthMiB: number
          received: Received
        }
        const ok = result.received.files.length === FILES &&
          result.received.files.every((f, i) => f.size === FILE_BYTES && f.sha512 === hashes[i]) &&
          result.received.fields["stackId"] === "stack-1" && result.received.fields["metadata"] !== undefined
        rows[parser]!.push({ ms: result.ms, growth: result.rssGrowthMiB })
        console.log(
          `round ${round + 1} ${parser.padEnd(8)} ${(result.ms / 1000).toFixed(2)} s ` +
            `${(bytes / MiB / (result.ms / 1000)).toFixed(0)} MiB/s  RSS ${result.rssBeforeMiB.toFixed(0)} MiB ` +
            `+${result.rssGrowthMiB.toFixed(1)} MiB  ${ok ? "hashes ok" : "MISMATCH"}`
        )
      }
    }
    const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
    for (const parser of ["ours", "platform"] as const) {
      const r = rows[parser]!
      console.log(
        `median ${parser.padEnd(8)} ${(median(r.map((x) => x.ms)) / 1000).toFixed(2)} s, ` +
          `RSS growth ${median(r.map((x) => x.growth)).toFixed(1)} MiB (max ${Math.max(...r.map((x) => x.growth)).toFixed(1)})`
      )
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
  await fileNames()
}

// ---------------------------------------------------------------------------------------------
// File names as FormData sends them
// ---------------------------------------------------------------------------------------------

const NAMES = ["発票 2024.pdf", "résumé.pdf", "say \"hi\".pdf", "two\nlines.pdf"]

const fileNames = async () => {
  const form = new FormData()
  for (const name of NAMES) form.append("files", new Blob(["%PDF-1.4"], { type: "application/pdf" }), name)
  const request = new Request("http://127.0.0.1/", { method: "POST", body: form })
  const contentType = request.headers.get("content-type")!
  const body = new Uint8Array(await request.arrayBuffer())
  const ours: Array<string> = []
  await readMultipart(Readable.from([body]), /boundary=(.+)$/.exec(contentType)![1]!, (info) => {
    ours.push(`${info.name}:${JSON.stringify(info.filename)}`)
    return { write: () => undefined, end: () => undefined }
  })
  const platform: Array<string> = []
  await Effect.runPromise(Stream.make(body).pipe(
    Stream.pipeThroughChannel(Multipart.makeChannel<never>({ "content-type": contentType })),
    Stream.runForEach((part) =>
      part._tag === "Field"
        ? Effect.sync(() => {
          platform.push(`(text field) ${JSON.stringify(part.key)}`)
        })
        : Stream.runDrain(part.content).pipe(Effect.andThen(() => {
          platform.push(`${part.key}:${JSON.stringify(part.name)}`)
        }))
    )
  ))
  console.log(`file names sent: ${JSON.stringify(NAMES)}`)
  console.log(`  ours     saw ${ours.join(", ")}`)
  console.log(`  platform saw ${platform.join(", ")}`)
}

const one = process.argv.indexOf("--one")
if (one >= 0) {
  await runOne(process.argv[one + 1] as "ours" | "platform", process.argv[one + 2]!)
} else {
  await main()
}
