/**
 * The trace headers of a span, `b3` and W3C `traceparent`, written exactly as `@effect/platform`'s
 * `HttpTraceContext.toHeaders` writes them, but as a plain record: the platform's helper turns its record
 * into a `Headers` with `Object.setPrototypeOf`, which moves the object to V8's slow path, a measurable
 * share of every call's CPU (see the CHANGELOG). A test checks both agree.
 *
 * @internal
 */
import type * as Tracer from "effect/Tracer"

/** A span's trace headers (a type alias, not an interface: it is also passed where a header record goes). */
export type TraceHeaders = { readonly b3: string; readonly traceparent: string }

/** `b3` and `traceparent` for `span`, as a plain record. */
export const traceHeaderRecord = (span: Tracer.Span): TraceHeaders => ({
  b3: `${span.traceId}-${span.spanId}-${span.sampled ? "1" : "0"}${span.parent._tag === "Some" ? `-${span.parent.value.spanId}` : ""}`,
  traceparent: `00-${span.traceId}-${span.spanId}-${span.sampled ? "01" : "00"}`
})
