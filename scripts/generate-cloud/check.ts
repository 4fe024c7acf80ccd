/**
 * `--check`: what a newer model (from a document or a `model.json`) adds, changes or removes compared with
 * the committed one: operations, their paths, parameters, bodies and answers, and the components' fields.
 */
import type { Model, Node, Operation } from "./model.js"

/** One difference. */
export interface Change {
  readonly kind: "added" | "changed" | "removed"
  /** What it is about: `operation networking.ReadVpcs`, `parameter networking.ReadVpcs status`, `schema Account.Status`. */
  readonly subject: string
  readonly detail?: string
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The differences from `before` to `after`, sorted by subject. */
export const compareModels = (before: Model, after: Model): ReadonlyArray<Change> => {
  const changes: Array<Change> = []
  const ops = (m: Model) => new Map(m.operations.map((op) => [op.id, op]))
  const beforeOps = ops(before)
  const afterOps = ops(after)
  for (const [id, op] of afterOps) {
    const old = beforeOps.get(id)
    if (old === undefined) changes.push({ kind: "added", subject: `operation ${id}`, detail: describeRoutes(op) })
    else compareOperations(old, op, changes)
  }
  for (const [id, op] of beforeOps) if (!afterOps.has(id)) changes.push({ kind: "removed", subject: `operation ${id}`, detail: describeRoutes(op) })
  for (const name of Object.keys(after.schemas)) {
    const old = before.schemas[name]
    if (old === undefined) changes.push({ kind: "added", subject: `schema ${name}` })
    else compareNodes(`schema ${name}`, old, after.schemas[name]!, changes)
  }
  for (const name of Object.keys(before.schemas)) if (!(name in after.schemas)) changes.push({ kind: "removed", subject: `schema ${name}` })
  return changes.sort((a, b) => a.subject.localeCompare(b.subject) || a.kind.localeCompare(b.kind))
}

const describeRoutes = (op: Operation): string => op.variants.map((v) => `${op.http} ${v.path}`).join(", ")

const compareOperations = (old: Operation, op: Operation, changes: Array<Change>): void => {
  const subject = `operation ${op.id}`
  const oldPaths = new Set(old.variants.map((v) => v.path))
  const newPaths = new Set(op.variants.map((v) => v.path))
  for (const path of newPaths) if (!oldPaths.has(path)) changes.push({ kind: "added", subject: `path ${op.id} ${path}` })
  for (const path of oldPaths) if (!newPaths.has(path)) changes.push({ kind: "removed", subject: `path ${op.id} ${path}` })
  if (old.http !== op.http) changes.push({ kind: "changed", subject, detail: `method ${old.http} → ${op.http}` })
  for (const variant of op.variants) {
    const before = old.variants.find((v) => v.path === variant.path)
    if (before === undefined) continue
    const params = (v: typeof variant) => new Map(v.parameters.map((p) => [`${p.in} ${p.name}`, p]))
    const a = params(before)
    const b = params(variant)
    const where = op.variants.length > 1 ? ` (${variant.path})` : ""
    for (const [key, p] of b) {
      const q = a.get(key)
      if (q === undefined) changes.push({ kind: "added", subject: `parameter ${op.id} ${key}${where}` })
      else if (!same(q, p)) changes.push({ kind: "changed", subject: `parameter ${op.id} ${key}${where}`, detail: diffKeys(q, p) })
    }
    for (const key of a.keys()) if (!b.has(key)) changes.push({ kind: "removed", subject: `parameter ${op.id} ${key}${where}` })
  }
  for (const part of ["body", "answer", "taskId", "paging"] as const) {
    if (same(old[part], op[part])) continue
    const kind = old[part] === undefined ? "added" : op[part] === undefined ? "removed" : "changed"
    changes.push({ kind, subject: `${part} ${op.id}`, detail: `${JSON.stringify(old[part])} → ${JSON.stringify(op[part])}` })
  }
}

const diffKeys = (a: object, b: object): string => {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) =>
    !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
  )
  return keys.join(", ") + " differ"
}

/** Fields of a schema: property by property, then the rest of the node. */
const compareNodes = (subject: string, old: Node, node: Node, changes: Array<Change>): void => {
  const a = old.properties ?? {}
  const b = node.properties ?? {}
  for (const key of Object.keys(b)) {
    if (!(key in a)) changes.push({ kind: "added", subject: `${subject}.${key}` })
    else if (!same(a[key], b[key])) changes.push({ kind: "changed", subject: `${subject}.${key}`, detail: diffKeys(a[key]!, b[key]!) })
  }
  for (const key of Object.keys(a)) if (!(key in b)) changes.push({ kind: "removed", subject: `${subject}.${key}` })
  const { properties: _a, ...restA } = old
  const { properties: _b, ...restB } = node
  if (!same(restA, restB)) changes.push({ kind: "changed", subject, detail: diffKeys(restA, restB) })
}

/** The changes as text, one per line, and a count. */
export const formatChanges = (changes: ReadonlyArray<Change>): string => {
  if (changes.length === 0) return "no differences with the committed model\n"
  const lines = changes.map((c) => `${c.kind.padEnd(7)} ${c.subject}${c.detail === undefined ? "" : `: ${c.detail}`}`)
  const count = (kind: Change["kind"]) => changes.filter((c) => c.kind === kind).length
  return `${lines.join("\n")}\n${count("added")} added, ${count("changed")} changed, ${count("removed")} removed\n`
}
