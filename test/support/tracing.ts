import { Effect, Tracer } from "effect"

/**
 * A tracer that records every span the fiber's current tracer makes (the spans stay the base
 * tracer's own). Run the code under test with `Effect.withTracer(tracer)`, then read `spans`.
 */
export const recordingTracer: Effect.Effect<{ readonly spans: Array<Tracer.Span>; readonly tracer: Tracer.Tracer }> =
  Effect.map(Effect.tracer, (base) => {
    const spans: Array<Tracer.Span> = []
    const tracer = Tracer.make({
      span: (...args) => {
        const span = base.span(...args)
        spans.push(span)
        return span
      },
      context: (f, fiber) => base.context(f, fiber)
    })
    return { spans, tracer }
  })

/** What `keepingTracer` keeps of one span: its name, attributes, events and exit. */
export interface KeptSpan {
  readonly name: string
  readonly attributes: Map<string, unknown>
  readonly events: Array<unknown>
  readonly exits: Array<unknown>
}

/**
 * A tracer of its own (no base tracer) that keeps every span with its attributes, events and exit, for
 * tests that look into everything a span was given (no secret may be in any of it).
 */
export const keepingTracer = (): { readonly spans: Array<KeptSpan>; readonly tracer: Tracer.Tracer } => {
  const spans: Array<KeptSpan> = []
  const tracer = Tracer.make({
    span: (name, parent, context, links, startTime, kind) => {
      const record: KeptSpan = { name, attributes: new Map(), events: [], exits: [] }
      spans.push(record)
      return {
        _tag: "Span",
        name,
        spanId: `s${spans.length}`,
        traceId: "t",
        parent,
        context,
        links,
        sampled: true,
        kind,
        status: { _tag: "Started", startTime },
        attributes: record.attributes,
        end: (_, exit) => void record.exits.push(exit),
        attribute: (key, value) => void record.attributes.set(key, value),
        event: (eventName, _, attributes) => void record.events.push({ eventName, attributes }),
        addLinks: () => {}
      }
    },
    context: (f) => f()
  })
  return { spans, tracer }
}
