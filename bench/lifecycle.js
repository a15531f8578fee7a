/*
| Cold start (process start → first 200 on /health and on the login page,
| idle RSS) and the memory ceiling of a 512 MB machine.
*/

import autocannon from 'autocannon'
import { median } from './lib/load.js'
import { rssMb, stop, waitFor } from './lib/processes.js'
import { apiToken, startApp } from './lib/app.js'

export async function coldStarts(runs, port, layout) {
  const health = []
  const login = []
  const idle = []
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now()
    const app = await startApp(port, layout)
    health.push(app.bootMs)
    await waitFor(`${app.url}/login`, { child: app.child })
    login.push(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, 2000))
    idle.push(rssMb(app.child.pid))
    await stop(app.child)
  }
  return { runs, healthMs: median(health), loginMs: median(login), idleRssMb: median(idle) }
}

/**
 * RSS of a server left alone: V8 keeps boot-time garbage until its memory
 * reducer runs, about a minute into idleness, so "2 s after boot" and
 * "idle" differ by tens of MB. Samples every second; reports the first
 * and the lowest sample and when the lowest came.
 */
export async function settledIdle(seconds, port, layout) {
  const app = await startApp(port, layout)
  try {
    const samples = []
    for (let second = 1; second <= seconds; second += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      samples.push(rssMb(app.child.pid))
    }
    const lowest = Math.min(...samples)
    return {
      seconds,
      afterBootMb: samples[0],
      lowestMb: lowest,
      lowestAtSecond: samples.indexOf(lowest) + 1,
    }
  } finally {
    await stop(app.child)
  }
}

/**
 * The list endpoint (or /health/live when the build has no incidents)
 * under load with the heap sized for 512 MB: the process must survive and
 * its RSS must level off instead of climbing.
 */
export async function memoryCeiling(seconds, port, layout, log) {
  const app = await startApp(port, layout, { nodeArgs: ['--max-old-space-size=384'] })
  try {
    const token = await apiToken(app.url)
    const headers = { authorization: `Bearer ${token}`, accept: 'application/json' }
    const probe = await fetch(`${app.url}/api/v1/incidents?page=1`, { headers })
    await probe.arrayBuffer()
    const path = probe.status === 200 ? '/api/v1/incidents?page=1' : '/health/live'
    log(`memory ceiling on ${path}`)
    const samples = []
    const sampler = setInterval(() => samples.push(rssMb(app.child.pid)), 1000)
    const result = await autocannon({
      url: app.url + path,
      connections: 50,
      duration: seconds,
      headers,
    })
    clearInterval(sampler)
    const quarter = Math.max(1, Math.floor(samples.length / 4))
    const avg = (values) => values.reduce((sum, value) => sum + value, 0) / values.length
    const early = avg(samples.slice(0, quarter))
    const late = avg(samples.slice(-quarter))
    return {
      path,
      seconds,
      requests: result.requests.total,
      survived: app.child.exitCode === null,
      maxRssMb: Math.max(...samples),
      earlyRssMb: early,
      lateRssMb: late,
      growthPct: ((late - early) / early) * 100,
    }
  } finally {
    await stop(app.child)
  }
}
