/**
 * `withTaskId`: the task id of a long-running write's answer, whatever of the four documented places
 * holds it, as a non-enumerable `taskId` that leaves the answer's JSON as the API sent it.
 */
import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { findTaskId, withTaskId } from "../../../src/cloud/tasks/taskId.js"

/** The four places the document puts a task id, in the order a generated entry lists them. */
const ALL: ReadonlyArray<ReadonlyArray<string>> = [
  ["TaskId"],
  ["Detail", "TaskId"],
  ["Detail", "Message", "TaskId"],
  ["Detail", "Workload", "TaskId"]
]

/** Builds an answer with `value` at `path`, over `base` (other fields kept). */
const put = (base: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): Record<string, unknown> => {
  const [head, ...rest] = path
  if (head === undefined) return base
  const inner = base[head]
  const child = typeof inner === "object" && inner !== null && !Array.isArray(inner) ? { ...(inner as Record<string, unknown>) } : {}
  return { ...base, [head]: rest.length === 0 ? value : put(child, rest, value) }
}

const taskIdArb = fc.string({ minLength: 1, maxLength: 40 })
/** What may sit at a location besides a task id: nothing usable. */
const notAnId = fc.oneof(fc.constant(""), fc.constant(null), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }), fc.constant({}))
/** Unrelated answer fields (never the documented ones). */
const extras = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== "TaskId" && k !== "Detail" && k !== "taskId" && k !== "__proto__"), fc.jsonValue(), { maxKeys: 4 })

/** For each location: a task id there, or a non-id, or nothing. */
const slots = fc.array(fc.oneof(
  fc.record({ kind: fc.constant("id" as const), value: taskIdArb }),
  fc.record({ kind: fc.constant("junk" as const), value: notAnId }),
  fc.record({ kind: fc.constant("absent" as const) })
), { minLength: ALL.length, maxLength: ALL.length })

describe("withTaskId", () => {
  it("finds the id in each of the four documented places", () => {
    const add = withTaskId(ALL)
    expect(add({ TaskId: "a" }).taskId).toBe("a")
    expect(add({ Detail: { TaskId: "b" } }).taskId).toBe("b")
    expect(add({ Detail: { Message: { TaskId: "c" } } }).taskId).toBe("c")
    expect(add({ Detail: { Workload: { TaskId: "d" } } }).taskId).toBe("d")
    expect(add({ Detail: { Message: "Workload queued" } }).taskId).toBeUndefined()
    expect(add({ Detail: {} }).taskId).toBeUndefined()
  })

  it("reads a string Message as holding no id, and goes on to the next location", () => {
    const add = withTaskId([["Detail", "Message", "TaskId"], ["Detail", "Workload", "TaskId"]])
    const result = add({ Detail: { Message: "Creating workload", Workload: { TaskId: "w-1" } } })
    expect(result.taskId).toBe("w-1")
  })

  it("the first location holding a non-empty string wins, over any answer shape", () => {
    fc.assert(fc.property(extras, slots, (base, chosen) => {
      let answer: Record<string, unknown> = base
      chosen.forEach((slot, i) => {
        if (slot.kind !== "absent") answer = put(answer, ALL[i]!, slot.value)
      })
      // What the answer holds at each location after every write (a later write may replace an object on
      // the way, `Detail.Message` being set to a string, say).
      const expected = ALL.map((path) => path.reduce<unknown>((v, k) =>
        typeof v === "object" && v !== null && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined, answer))
        .find((v): v is string => typeof v === "string" && v.length > 0)
      const json = JSON.stringify(answer)
      const result = withTaskId(ALL)(answer)
      expect(result.taskId).toBe(expected)
      // The answer as the API sent it: same JSON, same keys; taskId is there but not enumerable.
      expect(JSON.stringify(result)).toBe(json)
      expect(Object.keys(result)).not.toContain("taskId")
      expect(Object.getOwnPropertyDescriptor(result, "taskId")?.enumerable).toBe(false)
      expect(Object.hasOwn(result, "taskId")).toBe(true)
    }), { numRuns: 300 })
  })

  it("never takes an id from the prototype chain", () => {
    const inherited = Object.create({ TaskId: "inherited" }) as Record<string, unknown>
    expect(withTaskId(ALL)(inherited).taskId).toBeUndefined()
    expect(withTaskId([["Detail", "TaskId"]])({ Detail: Object.create({ TaskId: "inherited" }) }).taskId).toBeUndefined()
    expect(findTaskId([["toString"]])({})).toBeUndefined()
  })

  it("is read-only, and a frozen answer is copied with its prototype", () => {
    const result = withTaskId(ALL)({ TaskId: "t-1" })
    expect(() => {
      ;(result as { taskId: string | undefined }).taskId = "other"
    }).toThrow(TypeError)
    class Answer {
      constructor(readonly TaskId: string) {}
    }
    const frozen = Object.freeze(new Answer("t-2"))
    const copy = withTaskId(ALL)(frozen)
    expect(copy.taskId).toBe("t-2")
    expect(copy).toBeInstanceOf(Answer)
    expect(copy.TaskId).toBe("t-2")
    expect(Object.hasOwn(frozen, "taskId")).toBe(false)
  })

  it("leaves a value that is not an object as it is", () => {
    expect(withTaskId(ALL)("done" as unknown)).toBe("done")
    expect(withTaskId(ALL)(null as unknown)).toBeNull()
  })
})
