import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { LiveViews } from '#services/realtime/live_views'

export type RealtimePingBurst = { siteId: number; count: number; intervalMs: number }

/** The event loop is sampled every millisecond; an idle loop reads about that. */
const RESOLUTION_MS = 1
const toMs = (nanoseconds: number) =>
  Math.round(Math.max(0, nanoseconds / 1e6 - RESOLUTION_MS) * 1000) / 1000

/**
 * The operators' realtime check: `count` timestamped pings on a site's
 * dashboard channel, `intervalMs` apart, with this instance's event-loop
 * delay measured meanwhile. A broadcast is written to the streams this
 * instance holds before it returns, so the delay is what fanning out cost
 * every other request; clients subtract `sentAt` from their receive time
 * for the delivery latency, on this instance or through Redis on another.
 */
export class RealtimePing {
  static async burst({ siteId, count, intervalMs }: RealtimePingBurst) {
    const channel = `dashboard/${siteId}`
    const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
    const started = performance.now()
    delay.enable()
    for (let seq = 1; seq <= count; seq += 1) {
      LiveViews.diagnostic(channel, seq)
      if (seq < count) await sleep(intervalMs)
    }
    /* A few more samples, so the last fan-out's delay is seen too */
    await sleep(10)
    delay.disable()
    return {
      channel,
      sent: count,
      intervalMs,
      durationMs: Math.round((performance.now() - started) * 1000) / 1000,
      eventLoopDelayMs: {
        p50: toMs(delay.percentile(50)),
        p99: toMs(delay.percentile(99)),
        max: toMs(delay.max),
        samples: delay.count,
      },
    }
  }
}
