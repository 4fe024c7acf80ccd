/**
 * What a runner has under way, for `close()` to stop: a doubly linked list rather than a `Set`.
 *
 * A long-lived `Set` (or `Map`) that gains and loses an entry per call keeps every entry it ever held
 * alive through young collections once V8 has moved its backing table to the old generation (any full
 * collection does): each rehash leaves the replaced table, entries still in it, linked to its successor,
 * so an old table reaches every later one until the next full collection. Here each entry held a fiber
 * and, through it, the call's answer, and every answer was copied and promoted. A removed node of this
 * list is emptied: nothing it pointed at outlives the call.
 *
 * @internal
 */

/** One entry; emptied when removed. */
export class Node<A> {
  prev: Node<A> | undefined = undefined
  next: Node<A> | undefined = undefined
  constructor(public value: A | undefined) {}
}

/** The entries under way, newest first (values are never `undefined`: that marks a removed node). */
export class Running<A extends NonNullable<unknown>> {
  private head: Node<A> | undefined = undefined

  /** Adds `value`; the node returned removes it. */
  add(value: A): Node<A> {
    const node = new Node(value)
    node.next = this.head
    if (this.head !== undefined) this.head.prev = node
    this.head = node
    return node
  }

  /** Removes a node added here (once; a second removal does nothing) and empties it. */
  remove(node: Node<A>): void {
    if (node.value === undefined) return
    if (node.prev !== undefined) node.prev.next = node.next
    else this.head = node.next
    if (node.next !== undefined) node.next.prev = node.prev
    node.prev = undefined
    node.next = undefined
    node.value = undefined
  }

  /** The entries, newest first. */
  values(): Array<A> {
    const out: Array<A> = []
    for (let node = this.head; node !== undefined; node = node.next) out.push(node.value as A)
    return out
  }
}
