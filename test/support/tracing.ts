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
