/*
| Thousands of authenticated SSE streams from one process, cheaply: raw
| node:http requests (one socket each, no agent), their source addresses
| spread over 127.0.0.2–50 like clients on many hosts. While a burst is
| measured a chunk costs one clock read and an array push; frames are
| parsed once the burst is over, so parsing never delays a timestamp.
*/

import http from 'node:http'
import { randomUUID } from 'node:crypto'

const ADDRESSES = Array.from({ length: 49 }, (_, index) => `127.0.0.${index + 2}`)
const now = () => performance.timeOrigin + performance.now()
const OPEN_TIMEOUT_MS = 15_000

/** The XSRF token a browser would send back, from a Cookie header. */
export function xsrfFrom(cookie) {
  const pair = cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='))
  return decodeURIComponent(pair?.slice('XSRF-TOKEN='.length) ?? '')
}

/** A frame's `data:` lines joined, or null for comments and heartbeats. */
function frameData(frame) {
  const lines = frame.split('\n').filter((line) => line.startsWith('data:'))
  return lines.length ? lines.map((line) => line.slice(5).trim()).join('\n') : null
}

export class StreamPool {
  /** Open streams, oldest first: { uid, request, chunks: [[receivedAt, Buffer], …] } */
  streams = []
  /** Streams the server ended or that failed after opening */
  dropped = 0
  lastChunkAt = 0
  latencies = []

  constructor(baseUrl, cookie) {
    const url = new URL(baseUrl)
    this.host = url.hostname
    this.port = Number(url.port)
    this.baseUrl = baseUrl
    this.cookie = cookie
    this.xsrf = xsrfFrom(cookie)
  }

  get size() {
    return this.streams.length
  }

  /** Opens streams (`concurrency` at a time) until `total`, each subscribed to `channel`. */
  async growTo(total, channel, concurrency = 50) {
    let next = this.streams.length
    let failure = null
    const worker = async () => {
      while (next < total && !failure) {
        const index = next++
        try {
          const stream = await this.#open(ADDRESSES[index % ADDRESSES.length])
          this.streams.push(stream)
          await this.#subscribe(stream.uid, channel)
        } catch (error) {
          failure ??= error
        }
      }
    }
    /* Every worker finishes first, so no stream opens after a failure is reported */
    await Promise.all(Array.from({ length: concurrency }, worker))
    if (failure) throw failure
  }

  /** Closes the newest streams until `total` remain. */
  shrinkTo(total) {
    for (const stream of this.streams.splice(total)) {
      stream.closing = true
      stream.request.destroy()
    }
  }

  closeAll() {
    this.shrinkTo(0)
  }

  /** Forgets what arrived so far: the next burst is measured alone. */
  reset() {
    this.latencies = []
    for (const stream of this.streams) {
      stream.chunks = []
      stream.parsed = 0
      stream.pending = ''
    }
  }

  /**
   * Publish → receive latencies (ms) of the `ping` frames received since
   * `reset()`, once `expected` arrived or nothing more came. Frames are
   * parsed only while the streams are quiet, so parsing delays no stamp.
   */
  async pingLatencies(expected, { quietMs = 500, timeoutMs = 30_000 } = {}) {
    const deadline = now() + timeoutMs
    while (true) {
      await this.#quiet(quietMs, deadline)
      this.#parse()
      if (this.latencies.length >= expected || now() >= deadline) return this.latencies
      /* Short of the count: the holder may have stalled; give up once nothing more comes */
      const seen = this.lastChunkAt
      await new Promise((resolve) => setTimeout(resolve, 4 * quietMs))
      if (this.lastChunkAt === seen) return this.latencies
    }
  }

  async #quiet(quietMs, deadline) {
    while (now() - this.lastChunkAt < quietMs && now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  #parse() {
    for (const stream of this.streams) {
      for (; stream.parsed < stream.chunks.length; stream.parsed += 1) {
        const [receivedAt, chunk] = stream.chunks[stream.parsed]
        stream.pending += chunk.toString('utf8')
        let end
        while ((end = stream.pending.indexOf('\n\n')) !== -1) {
          const data = frameData(stream.pending.slice(0, end))
          stream.pending = stream.pending.slice(end + 2)
          if (!data) continue
          try {
            const { payload } = JSON.parse(data)
            if (payload?.type === 'ping') this.latencies.push(receivedAt - payload.sentAt)
          } catch {}
        }
      }
    }
  }

  #open(localAddress) {
    const uid = randomUUID()
    return new Promise((resolve, reject) => {
      const request = http.get({
        host: this.host,
        port: this.port,
        path: `/__transmit/events?uid=${uid}`,
        localAddress,
        agent: false,
        headers: { cookie: this.cookie, accept: 'text/event-stream' },
      })
      const stream = { uid, request, chunks: [], parsed: 0, pending: '', closing: false }
      request.setTimeout(OPEN_TIMEOUT_MS, () => request.destroy(new Error('stream open timed out')))
      request.once('error', reject)
      request.once('response', (response) => {
        request.setTimeout(0)
        if (response.statusCode !== 200) {
          response.resume()
          request.destroy()
          return reject(new Error(`stream answered ${response.statusCode}`))
        }
        response.on('data', (chunk) => {
          this.lastChunkAt = now()
          stream.chunks.push([this.lastChunkAt, chunk])
        })
        response.once('close', () => {
          if (!stream.closing) this.dropped += 1
        })
        request.removeListener('error', reject)
        request.on('error', () => {})
        resolve(stream)
      })
    })
  }

  async #subscribe(uid, channel) {
    const response = await fetch(`${this.baseUrl}/__transmit/subscribe`, {
      method: 'POST',
      headers: {
        'cookie': this.cookie,
        'x-xsrf-token': this.xsrf,
        'content-type': 'application/json',
        'accept': 'application/json',
      },
      body: JSON.stringify({ uid, channel }),
      signal: AbortSignal.timeout(OPEN_TIMEOUT_MS),
    })
    await response.arrayBuffer()
    if (response.status !== 204) throw new Error(`subscribe answered ${response.status}`)
  }
}
