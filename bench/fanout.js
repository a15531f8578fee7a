/*
| SSE fan-out: N authenticated streams on dashboard/1, all held by
| instance A and opened by one signed-in manager (like many tabs). The
| server publishes itself, through the administrators' realtime diagnostic
| (POST /api/v1/diagnostics/realtime-ping), which stamps every ping with
| its send time and measures its own event-loop delay during the burst.
|
| 1 instance: N grows (500, 2,000, 5,000), each step measured on A: RSS
|   per stream (RSS delta since A's idle RSS ÷ N) and publish → receive.
| 2 instances: B starts on the same database and Redis, N shrinks back,
|   the pings are published on B and reach A's streams through Redis.
|
| Both instances run with TWO_FACTOR_ENFORCE=false: in production the
| admin role must enrol TOTP before it gets an API token, and the bench has
| no authenticator. Nothing else differs from the throughput instance.
*/

import { BENCH_ADMIN, apiToken, sessionCookie, startApp } from './lib/app.js'
import { percentile } from './lib/load.js'
import { cpuMicros, rssMb, stop } from './lib/processes.js'
import { StreamPool } from './lib/sse.js'

export const FANOUT_PORTS = [4420, 4421]
const SITE_ID = 1
const CHANNEL = `dashboard/${SITE_ID}`
const BUDGET_RSS_MB = 350

/** The ceilings of issue #8 the fan-out is reported against. */
export const FANOUT_BUDGETS = {
  streamsIn350Mb: 2_000,
  p95AtN: 2_000,
  p95Ms: { 1: 250, 2: 500 },
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until a server is idle (under 5 % of a core for 250 ms): opening
 * or closing thousands of streams leaves it busy for a while afterwards.
 */
async function settle(pid, timeoutMs = 15_000) {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    const before = cpuMicros(pid)
    await pause(250)
    if (cpuMicros(pid) - before < 0.05 * 250_000) return
  }
}

export async function fanout({ sizes, burst, layout, log }) {
  const env = { TWO_FACTOR_ENFORCE: 'false' }
  const ascending = [...sizes].sort((a, b) => a - b)
  let a = null
  let b = null
  let pool = null
  try {
    a = await startApp(FANOUT_PORTS[0], layout, { env })
    const cookie = await sessionCookie(a.url)
    const token = await apiToken(a.url, BENCH_ADMIN)
    pool = new StreamPool(a.url, cookie)

    /* A first small round loads the code paths, so A's idle RSS excludes them */
    await pool.growTo(20, CHANNEL)
    await measure(pool, a.url, token, { ...burst, count: 5 })
    pool.closeAll()
    await settle(a.child.pid)
    const idleRssMb = rssMb(a.child.pid)
    log(`fan-out: instance A idle at ${idleRssMb.toFixed(1)} MB RSS after a warm-up round`)

    const rows = []
    for (const n of ascending) {
      const opening = performance.now()
      await pool.growTo(n, CHANNEL)
      const openSeconds = (performance.now() - opening) / 1000
      await settle(a.child.pid)
      const rss = rssMb(a.child.pid)
      log(`fan-out: ${n} streams on A (${rss.toFixed(1)} MB RSS), burst published on A`)
      const row = { n, instances: 1, rssMb: rss, rssPerStreamKb: ((rss - idleRssMb) * 1024) / n }
      rows.push({ ...row, openSeconds, ...(await measure(pool, a.url, token, burst)) })
    }

    b = await startApp(FANOUT_PORTS[1], layout, { env })
    await settle(b.child.pid)
    for (const n of [...ascending].reverse()) {
      pool.shrinkTo(n)
      await settle(a.child.pid)
      log(`fan-out: ${n} streams on A, burst published on B (via Redis)`)
      rows.push({ n, instances: 2, ...(await measure(pool, b.url, token, burst)) })
    }
    return { ...summary(rows, idleRssMb), burst, sizes: ascending, rows }
  } finally {
    pool?.closeAll()
    await stop(b?.child)
    await stop(a?.child)
  }
}

/** One burst published on `publisherUrl`; latencies over every delivery to the pool. */
async function measure(pool, publisherUrl, token, burst) {
  pool.reset()
  const droppedBefore = pool.dropped
  const response = await fetch(`${publisherUrl}/api/v1/diagnostics/realtime-ping`, {
    method: 'POST',
    headers: {
      'authorization': `Bearer ${token}`,
      'content-type': 'application/json',
      'accept': 'application/json',
    },
    body: JSON.stringify({ siteId: SITE_ID, ...burst }),
  })
  const body = await response.json()
  if (response.status !== 200) {
    throw new Error(`realtime-ping answered ${response.status}: ${JSON.stringify(body)}`)
  }
  const expected = pool.size * body.data.sent
  const latencies = (await pool.pingLatencies(expected)).sort((x, y) => x - y)
  return {
    deliveries: latencies.length,
    missing: expected - latencies.length,
    dropped: pool.dropped - droppedBefore,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? null,
    publishMs: body.data.durationMs,
    lag: body.data.eventLoopDelayMs,
  }
}

/** The budget lines: streams that fit in 350 MB, and p95 at 2,000 streams. */
function summary(rows, idleRssMb) {
  const single = rows.filter((row) => row.instances === 1)
  const largest = single.at(-1)
  const p95At = (instances) =>
    rows.find((row) => row.instances === instances && row.n === FANOUT_BUDGETS.p95AtN)?.p95 ?? null
  return {
    idleRssMb,
    rssPerStreamKb: largest?.rssPerStreamKb ?? null,
    streamsIn350Mb:
      largest && largest.rssPerStreamKb > 0
        ? Math.floor(((BUDGET_RSS_MB - idleRssMb) * 1024) / largest.rssPerStreamKb)
        : null,
    p95At2000: { 1: p95At(1), 2: p95At(2) },
  }
}
