/**
 * Waiting for something a callback delivers (a mail, an SSE frame):
 * `wake()` on each arrival, `until()` re-checks then and fails after the
 * timeout with the caller's message.
 */
export class Waiters {
  #waiting = new Set<() => void>()

  wake() {
    for (const wake of this.#waiting) wake()
  }

  async until<T>(check: () => T | undefined, timeoutMs: number, failure: () => string) {
    const deadline = Date.now() + timeoutMs
    while (true) {
      const found = check()
      if (found !== undefined) return found
      const left = deadline - Date.now()
      if (left <= 0) throw new Error(failure())
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer)
          this.#waiting.delete(wake)
          resolve()
        }
        const timer = setTimeout(wake, left)
        this.#waiting.add(wake)
      })
    }
  }
}
