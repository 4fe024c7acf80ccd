import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { type Node, Running } from "../../src/promise/internal/running.js"

describe("Running", () => {
  it("lists what was added and not yet removed, newest first, whatever the order of removals", () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.constant("add" as const), fc.nat(40)), { maxLength: 60 }),
      (steps) => {
        const running = new Running<{ readonly id: number }>()
        const model: Array<{ readonly id: number; readonly node: Node<{ readonly id: number }> }> = []
        const removed: Array<Node<{ readonly id: number }>> = []
        let id = 0
        for (const step of steps) {
          if (step === "add") {
            const value = { id: id++ }
            model.unshift({ id: value.id, node: running.add(value) })
          } else if (model.length > 0) {
            const [gone] = model.splice(step % model.length, 1)
            running.remove(gone!.node)
            removed.push(gone!.node)
          } else if (removed.length > 0) {
            // Removing a node twice changes nothing.
            running.remove(removed[step % removed.length]!)
          }
        }
        assert.deepStrictEqual(running.values().map((v) => v.id), model.map((m) => m.id))
      }
    ))
  })

  it("empties a removed node, so nothing it held outlives the call", () => {
    const running = new Running<{ readonly answer: string }>()
    const first = running.add({ answer: "a" })
    const second = running.add({ answer: "b" })
    const third = running.add({ answer: "c" })
    running.remove(second)
    assert.isUndefined(second.value)
    assert.isUndefined(second.prev)
    assert.isUndefined(second.next)
    assert.deepStrictEqual(running.values().map((v) => v.answer), ["c", "a"])
    running.remove(third)
    running.remove(first)
    assert.deepStrictEqual(running.values(), [])
  })
})
