import { HttpTraceContext } from "@effect/platform"
import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc, Option } from "effect"
import type * as Tracer from "effect/Tracer"
import { traceHeaderRecord } from "../../src/core/internal/traceHeaders.js"

const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`))

/** Just what the trace headers read of a span. */
const spanOf = (traceId: string, spanId: string, sampled: boolean, parentSpanId: string | undefined) =>
  ({
    _tag: "Span",
    traceId,
    spanId,
    sampled,
    parent: parentSpanId === undefined ? Option.none() : Option.some({ _tag: "ExternalSpan", traceId, spanId: parentSpanId, sampled })
  }) as unknown as Tracer.Span

describe("traceHeaderRecord", () => {
  it("writes b3 and traceparent exactly as HttpTraceContext.toHeaders does", () => {
    fc.assert(fc.property(hex(32), hex(16), fc.boolean(), fc.option(hex(16), { nil: undefined }), (traceId, spanId, sampled, parent) => {
      const span = spanOf(traceId, spanId, sampled, parent)
      assert.deepStrictEqual({ ...traceHeaderRecord(span) }, { ...HttpTraceContext.toHeaders(span) })
    }))
  })

  it("is a plain record", () => {
    const record = traceHeaderRecord(spanOf("a".repeat(32), "b".repeat(16), true, "c".repeat(16)))
    assert.strictEqual(Object.getPrototypeOf(record), Object.prototype)
    assert.deepStrictEqual(record, {
      b3: `${"a".repeat(32)}-${"b".repeat(16)}-1-${"c".repeat(16)}`,
      traceparent: `00-${"a".repeat(32)}-${"b".repeat(16)}-01`
    })
  })
})
