/**
 * How many more times each key will be asked for: what a batch holds per source (a reading, a
 * snapshot) can be let go when the last claim citing it has had it. Keys it was not told of are
 * not counted (`expects` is false for them).
 */
export class Countdown<K> {
  private readonly left = new Map<K, number>()

  constructor(keys: Iterable<K>) {
    for (const k of keys) this.left.set(k, (this.left.get(k) ?? 0) + 1)
  }

  expects(key: K): boolean {
    return this.left.has(key)
  }

  /** Counts one use of `key`; true when it was the last one expected (or the key was never expected). */
  take(key: K): boolean {
    const left = (this.left.get(key) ?? 1) - 1
    if (left > 0) {
      this.left.set(key, left)
      return false
    }
    this.left.delete(key)
    return true
  }
}
