/**
 * Decode probe (prints only): `JSON.parse` alone against `JSON.parse` + the compiled validator
 * (`FastDecode`) and against `JSON.parse` + the Schema decode the SDK runs today
 * (`onExcessProperty: "preserve"`, after `dropNullProperties`), for
 * - the ~3.9 KB `GET /document/get` answer (`{ success, doc }`), with the payload schemas `{ doc: Document }`
 *   and the endpoint's `{ doc: Document } & Record<string, unknown>`, plus the envelope union check;
 * - a 10,000-hit search answer shaped per `src/ai/schema/Search.ts` (each hit a document with metadata).
 *
 * Every timed run parses afresh (decoding writes into the parsed value). Medians over repeats, ratios to
 * `JSON.parse`. Run: `npx tsx bench/probes/decode-probe.ts` (optionally `HITS=10000 ROUNDS=7`).
 * What it found: bench/probes/README.md.
 */
import { Either, Schema } from "effect"
import { dropNullProperties, Envelope, payloadParseOptions } from "../../src/ai/Envelope.js"
import { Document } from "../../src/ai/schema/Document.js"
import { SearchResult } from "../../src/ai/schema/Search.js"
import * as FastDecode from "../../src/core/decode/FastDecode.js"

const hex = (n: number, seed: number) => {
  let out = ""
  for (let i = 0; i < n; i++) out += "0123456789abcdef"[(seed * 7 + i * 13) % 16]
  return out
}

/** A document as the API sends it: known fields, `null` for unset ones, and fields the SDK does not know. */
const document = (i: number, metadataCount: number) => ({
  _id: hex(24, i),
  team: hex(24, 1),
  stack: hex(24, 2 + (i % 5)),
  name: `Invoice ${i} - ACME Corporation.pdf`,
  originalName: `invoice-${i}.pdf`,
  format: "pdf",
  download: `https://files.stax.ai/documents/${hex(24, i)}/original.pdf`,
  thumbnail: `https://files.stax.ai/documents/${hex(24, i)}/thumb.png`,
  source: "email",
  sourceUrl: null,
  provider: { name: "gmail", account: "inbox@example.com" },
  importKey: null,
  pages: [`${hex(24, i)}/p1.png`, `${hex(24, i)}/p2.png`],
  rotations: { "0": 0, "1": 90 },
  job: {
    working: false,
    success: true,
    error: null,
    status: "done",
    read: { operationUrls: ["https://ocr.example.com/op/1"], fetchTime: "2026-11-20T10:15:00.000Z" },
    rc: { preproc: true, sort: null, postproc: "ok" }
  },
  urgent: false,
  deadline: null,
  flagged: i % 7 === 0,
  pinned: false,
  flags: i % 7 === 0 ? [{ timestamp: "2026-11-21T08:00:00.000Z", title: "Total mismatch", level: "warning", pages: [1] }] : [],
  reviewed: true,
  archived: false,
  assignee: "user-42",
  sharing: { public: false, access: [{ email: "a@example.com", usage: 3 }] },
  checksum: hex(64, i),
  metadata: Array.from({ length: metadataCount }, (_, j) => ({
    key: `Field ${j}`,
    value: `Value ${j} of document ${i}`,
    class: "text",
    pages: [1],
    confidence: 0.97,
    ref: null,
    extractor: "v2" // unknown to the SDK: kept
  })),
  keywords: ["invoice", "acme"],
  receivedOn: "2026-11-20T10:14:59.000Z",
  lastModified: "2026-11-21T09:30:00.000Z",
  statement: null,
  customFlagsV3: { reviewedBy: "user-7", score: 0.5 } // unknown to the SDK: kept
})

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** Median µs per call of `run`, over `rounds` rounds of `perRound` calls, after one warm-up round. */
const time = (run: () => unknown, rounds: number, perRound: number): number => {
  const samples: Array<number> = []
  for (let r = 0; r <= rounds; r++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < perRound; i++) run()
    const micros = Number(process.hrtime.bigint() - start) / 1000 / perRound
    if (r > 0) samples.push(micros)
  }
  return median(samples)
}

const must = <A>(result: Either.Either<A, unknown>): A => {
  if (Either.isLeft(result)) throw new Error(`decode failed: ${String(result.left)}`)
  return result.right
}

const report = (title: string, rows: Array<readonly [string, number]>) => {
  const base = rows[0]![1]
  console.log(`\n${title}`)
  for (const [name, micros] of rows) {
    const value = micros >= 10_000 ? `${(micros / 1000).toFixed(1)} ms` : `${micros.toFixed(1)} µs`
    console.log(`  ${name.padEnd(64)} ${value.padStart(10)}  ${(micros / base).toFixed(2)}x`)
  }
}

// --- the document answer -------------------------------------------------------------------------
{
  const body = JSON.stringify({ success: true, doc: document(1, 22) })
  const DocPayload = Schema.Struct({ doc: Document })
  const GetPayload = Schema.Struct({ doc: Document }, Schema.Record({ key: Schema.String, value: Schema.Unknown }))
  const envelope = Schema.decodeUnknownEither(Envelope)
  const slowDoc = Schema.decodeUnknownEither(DocPayload, payloadParseOptions)
  const slowGet = Schema.decodeUnknownEither(GetPayload, payloadParseOptions)
  const fastDoc = FastDecode.get(DocPayload)
  const fastGet = FastDecode.get(GetPayload)
  const fastDocNulls = FastDecode.get(DocPayload, { dropNulls: true })
  const fastGetNulls = FastDecode.get(GetPayload, { dropNulls: true })
  // Same answers (the probe measures equivalent work).
  const a = must(slowDoc(dropNullProperties(JSON.parse(body))))
  const b = must(fastDocNulls(JSON.parse(body)))
  if (JSON.stringify(a.doc) !== JSON.stringify(b.doc) && Object.keys(a.doc).length !== Object.keys(b.doc).length) {
    throw new Error("fast and Schema decodes differ")
  }
  const rounds = Number(process.env["ROUNDS"] ?? 15)
  const per = 2000
  report(`Document answer: ${body.length} bytes (${rounds} rounds of ${per}; medians, µs per answer)`, [
    ["JSON.parse", time(() => JSON.parse(body), rounds, per)],
    ["JSON.parse + dropNullProperties", time(() => dropNullProperties(JSON.parse(body)), rounds, per)],
    ["JSON.parse + dropNulls + envelope union (today's first step)", time(() => envelope(dropNullProperties(JSON.parse(body))), rounds, per)],
    ["JSON.parse + dropNulls + Schema preserve {doc}", time(() => must(slowDoc(dropNullProperties(JSON.parse(body)))), rounds, per)],
    ["JSON.parse + dropNulls + Schema preserve {doc}&Record", time(() => must(slowGet(dropNullProperties(JSON.parse(body)))), rounds, per)],
    ["JSON.parse + dropNulls + FastDecode {doc}", time(() => must(fastDoc(dropNullProperties(JSON.parse(body)))), rounds, per)],
    ["JSON.parse + FastDecode {doc} dropNulls", time(() => must(fastDocNulls(JSON.parse(body))), rounds, per)],
    ["JSON.parse + FastDecode {doc}&Record dropNulls", time(() => must(fastGetNulls(JSON.parse(body))), rounds, per)],
    ["JSON.parse + dropNulls + FastDecode {doc}&Record", time(() => must(fastGet(dropNullProperties(JSON.parse(body)))), rounds, per)]
  ])
}

// --- the search answer ---------------------------------------------------------------------------
{
  const hits = Number(process.env["HITS"] ?? 10_000)
  const body = JSON.stringify({
    success: true,
    total: hits * 3,
    hits: Array.from({ length: hits }, (_, i) => ({ _id: hex(24, i), _score: 12.5 - i / hits, _index: "documents", _source: document(i, 8) }))
  })
  const slow = Schema.decodeUnknownEither(SearchResult, payloadParseOptions)
  const fast = FastDecode.get(SearchResult)
  const fastNulls = FastDecode.get(SearchResult, { dropNulls: true })
  const rounds = Math.max(3, Math.floor(Number(process.env["ROUNDS"] ?? 15) / 2))
  report(`Search answer: ${hits} hits, ${(body.length / 1e6).toFixed(1)} MB (${rounds} rounds of 1; medians, per answer)`, [
    ["JSON.parse", time(() => JSON.parse(body), rounds, 1)],
    ["JSON.parse + dropNullProperties", time(() => dropNullProperties(JSON.parse(body)), rounds, 1)],
    ["JSON.parse + dropNulls + Schema preserve", time(() => must(slow(dropNullProperties(JSON.parse(body)))), rounds, 1)],
    ["JSON.parse + dropNulls + FastDecode", time(() => must(fast(dropNullProperties(JSON.parse(body)))), rounds, 1)],
    ["JSON.parse + FastDecode dropNulls", time(() => must(fastNulls(JSON.parse(body))), rounds, 1)]
  ])
  // The same answer with the unset fields omitted instead of sent as null: validation alone.
  const lean = JSON.stringify(dropNullProperties(JSON.parse(body)))
  report(`Search answer without nulls: ${hits} hits, ${(lean.length / 1e6).toFixed(1)} MB (${rounds} rounds of 1)`, [
    ["JSON.parse", time(() => JSON.parse(lean), rounds, 1)],
    ["JSON.parse + Schema preserve", time(() => must(slow(JSON.parse(lean))), rounds, 1)],
    ["JSON.parse + FastDecode", time(() => must(fast(JSON.parse(lean))), rounds, 1)],
    ["JSON.parse + FastDecode dropNulls (finds none)", time(() => must(fastNulls(JSON.parse(lean))), rounds, 1)]
  ])
}
