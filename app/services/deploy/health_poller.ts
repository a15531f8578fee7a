import { setTimeout as sleep } from 'node:timers/promises'

export interface PollOptions {
  intervalMs: number
  timeoutMs: number
}

/**
 * Runs `probe` until it reports no problem or the time is up. Returns null on
 * success, else the last problem seen. `onProblem` hears each new problem
 * once, so a long wait prints a line per change rather than per attempt.
 */
export async function pollUntil(
  probe: () => Promise<string | null>,
  options: PollOptions,
  onProblem?: (problem: string) => void
): Promise<string | null> {
  const deadline = Date.now() + options.timeoutMs
  let last: string | null = null
  while (true) {
    const problem = await probe()
    if (problem === null) return null
    if (problem !== last) onProblem?.(problem)
    last = problem
    if (Date.now() + options.intervalMs > deadline) return last
    await sleep(options.intervalMs)
  }
}

/** One GET of the health endpoint: null when it answers 200, else why not. */
export async function probeHealth(url: string, requestTimeoutMs = 10_000): Promise<string | null> {
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(requestTimeoutMs),
    })
    await response.body?.cancel()
    return response.status === 200 ? null : `${url} answered ${response.status}`
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return `${url} is unreachable (${cause ?? (error as Error).name})`
  }
}
