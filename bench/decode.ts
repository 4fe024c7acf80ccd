/**
 * Decode cost: the SDK's public decode path (`Envelope.interpret`, which parses the body, drops `null`
 * properties, checks the envelope and decodes the payload schema as every call does) against
 * `JSON.parse` alone, on
 * - a 10,000-hit search answer (`Search.search`'s payload schema, `Schemas.SearchResult`), and
 * - the ~3.9 KB document envelope (`Documents.get`'s payload schema: `{doc: Document}` and any other key).
 *
 * Each repeat times `JSON.parse` then the SDK on the same body; the ratio is taken per repeat, and
 * medians are reported. Run alone: `npx tsx bench/decode.ts [--quick]` prints JSON; bench/run.ts runs
 * it in a child process and folds the result into results.json under `decode`.
 */
import { Either, Schema } from "effect"
import { Envelope, Schemas } from "stax-effect"
import { fileURLToPath } from "node:url"
import { documentAnswer, searchAnswer } from "./fixtures.js"
import { median, summary } from "./stats.js"

const SEARCH_HITS = 10_000

/** `Documents.get`'s payload schema (src/api/Documents.ts), rebuilt from the public `Schemas`. */
const DocumentPayload = Schema.Struct({ doc: Schemas.Document }, Schema.Record({ key: Schema.String, value: Schema.Unknown }))

const interpret = <A, I>(body: string, payload: Schema.Schema<A, I>) => {
  const result = Envelope.interpret({ status: 200, headers: {}, body }, {
    endpoint: "bench",
    payload,
    secrets: ["bench-api-key-0123456789"],
    nowMillis: Date.now()
  })
  if (Either.isLeft(result)) throw new Error(`decode failed: ${result.left.message}`)
  return result.right
}

const timeMicros = (f: () => void, times: number): number => {
  const start = process.hrtime.bigint()
  for (let i = 0; i < times; i++) f()
  return Number(process.hrtime.bigint() - start) / 1000 / times
}

const compare = <A, I>(body: string, payload: Schema.Schema<A, I>, repeats: number, perRepeat: number, warmUp: number) => {
  let sink = 0
  // Warm-up: compile the schema's parser and let the JIT see both paths.
  for (let i = 0; i < warmUp; i++) {
    sink += (JSON.parse(body) as { success: boolean }).success ? 1 : 0
    sink += interpret(body, payload) === undefined ? 0 : 1
  }
  const parse: Array<number> = []
  const sdk: Array<number> = []
  const ratio: Array<number> = []
  for (let r = 0; r < repeats; r++) {
    const p = timeMicros(() => { sink += (JSON.parse(body) as { success: boolean }).success ? 1 : 0 }, perRepeat)
    const s = timeMicros(() => { sink += interpret(body, payload) === undefined ? 0 : 1 }, perRepeat)
    parse.push(p)
    sdk.push(s)
    ratio.push(s / p)
  }
  if (sink === 0) throw new Error("unreachable")
  return { parse, sdk, ratio }
}

/** Runs the decode benchmark. */
export const runDecode = (quick: boolean) => {
  // The document first: its 200 warm-up decodes also warm the Document schema the search hits use.
  const doc = documentAnswer()
  const d = compare(doc, DocumentPayload, quick ? 3 : 7, quick ? 300 : 1000, 200)
  const search = searchAnswer(SEARCH_HITS)
  const s = compare(search, Schemas.SearchResult, quick ? 2 : 5, 1, quick ? 0 : 1)
  const ms = (xs: Array<number>) => summary(xs.map((x) => x / 1000), 1)
  const searchRatio = summary(s.ratio, 2)
  return {
    note: "SDK = Envelope.interpret (JSON.parse + drop nulls + envelope + payload Schema decode, onExcessProperty: preserve); ratio per repeat, then min/median/max",
    search: {
      hits: SEARCH_HITS,
      body_bytes: Buffer.byteLength(search),
      repeats: s.ratio.length,
      json_parse_ms: ms(s.parse),
      sdk_decode_ms: ms(s.sdk),
      ratio: searchRatio,
      target_ratio: 2,
      within_target: searchRatio.median <= 2
    },
    document: {
      body_bytes: Buffer.byteLength(doc),
      repeats: d.ratio.length,
      json_parse_us: summary(d.parse, 1),
      sdk_decode_us: summary(d.sdk, 1),
      ratio: summary(d.ratio, 2)
    },
    ratio_vs_json_parse: +median(s.ratio).toFixed(2)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(runDecode(process.argv.includes("--quick"))))
}
