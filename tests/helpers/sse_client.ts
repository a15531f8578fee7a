import { randomUUID } from 'node:crypto'
import { Waiters } from '#tests/helpers/waiters'

export type SseMessage = { channel: string; payload: any; receivedAt: number }

/**
 * A Transmit client for tests, speaking the same HTTP as
 * @adonisjs/transmit-client: GET /__transmit/events?uid= for the stream,
 * POST /__transmit/subscribe with the XSRF header. Parses `data:` frames
 * and keeps them (pings aside) for assertions.
 */
export class SseClient {
  readonly uid = randomUUID()
  readonly messages: SseMessage[] = []
  headers: Headers | null = null
  /** Everything the stream sent, frames and comments included */
  raw = ''
  status = 0
  #abort?: AbortController
  #waiters = new Waiters()
  #closed: Promise<void> = Promise.resolve()

  constructor(
    private baseUrl: string,
    private cookies: () => string,
    private xsrf: () => string
  ) {}

  /** Opens the stream and resolves once its first frame (`:ok`) arrived. */
  async open() {
    this.#abort = new AbortController()
    const response = await fetch(`${this.baseUrl}/__transmit/events?uid=${this.uid}`, {
      headers: {
        'cookie': this.cookies(),
        'accept': 'text/event-stream',
        'accept-encoding': 'gzip, br',
      },
      signal: this.#abort.signal,
      redirect: 'manual',
    })
    this.status = response.status
    this.headers = response.headers
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel()
      return response.status
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    let opened: () => void = () => {}
    const first = new Promise<void>((resolve) => (opened = resolve))
    this.#closed = (async () => {
      let buffer = ''
      try {
        while (true) {
          const { value, done } = await reader.read()
          if (done) break
          buffer += value
          this.raw += value
          opened()
          let end: number
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            this.#frame(buffer.slice(0, end))
            buffer = buffer.slice(end + 2)
          }
        }
      } catch {
        // aborted
      }
      opened()
    })()
    await first
    return response.status
  }

  #frame(frame: string) {
    const data = frame
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trim())
      .join('\n')
    if (!data) return
    const parsed = JSON.parse(data) as { channel: string; payload: unknown }
    if (parsed.channel === '$$transmit/ping') return
    this.messages.push({ ...parsed, receivedAt: performance.now() })
    this.#waiters.wake()
  }

  async #post(path: string, channel: string) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'cookie': this.cookies(),
        'content-type': 'application/json',
        'accept': 'application/json',
        'x-xsrf-token': this.xsrf(),
      },
      body: JSON.stringify({ uid: this.uid, channel }),
      redirect: 'manual',
    })
    await response.body?.cancel()
    return response.status
  }

  subscribe(channel: string) {
    return this.#post('/__transmit/subscribe', channel)
  }

  unsubscribe(channel: string) {
    return this.#post('/__transmit/unsubscribe', channel)
  }

  async close() {
    this.#abort?.abort()
    await this.#closed
  }

  /** Resolves once the server ended the stream. */
  ended() {
    return this.#closed
  }

  /** Resolves with the first message matching, or fails after `timeoutMs`. */
  waitFor(predicate: (message: SseMessage) => boolean, timeoutMs = 10_000) {
    return this.#waiters.until(
      () => this.messages.find(predicate),
      timeoutMs,
      () => `No matching SSE message within ${timeoutMs} ms`
    )
  }
}

/** p50 and p95 of a list of durations (ms), rounded to 0.1 ms. */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  const round = (value: number) => Math.round(value * 10) / 10
  return { p50: round(at(0.5)), p95: round(at(0.95)), n: sorted.length }
}
