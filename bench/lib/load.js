/*
| One load round with autocannon: every response time is kept, so the
| percentiles are exact, and the server's CPU time is read around it.
*/

import autocannon from 'autocannon'
import { cpuMicros } from './processes.js'

export function percentile(sorted, p) {
  if (sorted.length === 0) return null
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

export function median(values) {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Runs `request` against `url` for `seconds` with `connections`, after a
 * short warm-up, and reports req/s, latency percentiles (ms), non-2xx
 * responses and the server's CPU µs per request.
 */
export async function round({ url, pid, seconds, connections, request = {}, warmup = 1 }) {
  const base = { url, connections, ...request }
  await autocannon({ ...base, duration: warmup })

  const latencies = []
  let failures = 0
  const cpuBefore = cpuMicros(pid)
  const instance = autocannon({ ...base, duration: seconds })
  instance.on('response', (_client, status, _bytes, time) => {
    latencies.push(time)
    if (status >= 300) failures += 1
  })
  const result = await instance
  const cpuSpent = cpuMicros(pid) - cpuBefore

  latencies.sort((a, b) => a - b)
  const requests = latencies.length
  return {
    requests,
    rps: requests / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: failures,
    cpuUsPerReq: requests ? cpuSpent / requests : null,
  }
}

/** Medians over rounds of the same scenario. */
export function summarise(rounds) {
  const pick = (key) => median(rounds.map((entry) => entry[key]))
  return {
    rounds: rounds.length,
    rps: pick('rps'),
    p50: pick('p50'),
    p95: pick('p95'),
    p99: pick('p99'),
    cpuUsPerReq: pick('cpuUsPerReq'),
    non2xx: rounds.reduce((sum, entry) => sum + entry.non2xx + entry.errors, 0),
  }
}
