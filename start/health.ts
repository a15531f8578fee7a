/*
|--------------------------------------------------------------------------
| Health checks
|--------------------------------------------------------------------------
|
| Readiness of this instance: PostgreSQL, Redis (when configured), the disk
| that holds uploads, and memory. Used by GET /health, GET /health/ready and
| `node ace health:check`. GET /health/live never runs these checks.
|
| Results are not cached over time: a probe must see a database that just
| went down (or came back) on its very next call. Concurrent callers share
| one run instead, so a burst of probes costs one `SELECT 1` at a time.
|
*/

import os from 'node:os'
import { statfs } from 'node:fs/promises'
import { dirname } from 'node:path'
import env from '#start/env'
import { redisEnabled } from '#config/redis'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import i18nManager from '@adonisjs/i18n/services/main'
import { DbCheck } from '@adonisjs/lucid/database'
import {
  BaseCheck,
  DiskSpaceCheck,
  HealthChecks,
  MemoryHeapCheck,
  MemoryRSSCheck,
  Result,
} from '@adonisjs/core/health'
import type { HealthCheckContract, HealthCheckReport } from '@adonisjs/core/types/health'

/** A check that has not answered within this time counts as failed. */
export const CHECK_TIMEOUT_MS = 2000

/**
 * Disk thresholds in percent used, measured like `df` (used / (used +
 * available)). Core's defaults (75/80) flap on machines with reserved blocks.
 */
const DISK_WARN_PERCENT = 90
const DISK_FAIL_PERCENT = 97

/** RSS thresholds as a share of the memory this process may use (Fly: 512 MB-1 GB). */
const RSS_WARN_SHARE = 0.8
const RSS_FAIL_SHARE = 0.92

/** Heap thresholds in percent of V8's heap limit (derived from machine memory). */
const HEAP_WARN_PERCENT = 85
const HEAP_FAIL_PERCENT = 95

const t = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale(i18nManager.defaultLocale).t(`health.${key}`, data)

/** The memory this process may use: the cgroup limit when there is one, else RAM. */
function memoryLimit() {
  const total = os.totalmem()
  const constrained = process.constrainedMemory()
  return constrained > 0 && constrained < total ? constrained : total
}

/**
 * Disk usage of the filesystem holding `path` (or its nearest existing
 * parent), read with one statfs call rather than by spawning `df`.
 */
async function diskUsage(path: string): Promise<{ free: number; size: number }> {
  try {
    const stats = await statfs(path)
    const used = (stats.blocks - stats.bfree) * stats.bsize
    const free = stats.bavail * stats.bsize
    return { free, size: used + free }
  } catch (error) {
    const parent = dirname(path)
    if (parent === path || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return diskUsage(parent)
  }
}

/** Pings PostgreSQL through the current default connection. */
class DatabaseCheck extends BaseCheck {
  name = 'database'

  run() {
    return new DbCheck(db.connection()).run()
  }
}

/**
 * Pings Redis. Core's RedisCheck reports a lazy connection that has not
 * been used yet ("wait" status) as down, so we send the PING ourselves.
 */
class RedisPingCheck extends BaseCheck {
  name = 'redis'

  async run() {
    try {
      await redis.connection('main').ping()
      return Result.ok(t('checks.redis_ok'))
    } catch (error) {
      return Result.failed(t('checks.redis_failed'), error as Error)
    }
  }
}

/**
 * Wraps a check to measure its duration (`meta.durationMs`), bound it with
 * CHECK_TIMEOUT_MS and turn a thrown error into a failed result.
 */
export function monitored(check: HealthCheckContract): HealthCheckContract {
  return {
    name: check.name,
    cacheDuration: check.cacheDuration,
    async run() {
      const started = performance.now()
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<Result>((resolve) => {
        timer = setTimeout(
          () => resolve(Result.failed(t('checks.timeout', { ms: CHECK_TIMEOUT_MS }))),
          CHECK_TIMEOUT_MS
        )
        timer.unref()
      })
      const result = await Promise.race([
        check.run().catch((error: Error) => Result.failed(error)),
        timeout,
      ]).finally(() => clearTimeout(timer))
      const durationMs = Math.round((performance.now() - started) * 100) / 100
      return { ...result, meta: { ...result.meta, durationMs } }
    },
  }
}

/** The checks of this application, built fresh (tests restore them with it). */
export function defaultChecks(): HealthCheckContract[] {
  const limit = memoryLimit()
  const checks: HealthCheckContract[] = [
    new DatabaseCheck(),
    new DiskSpaceCheck()
      .as('disk')
      .warnWhenExceeds(DISK_WARN_PERCENT)
      .failWhenExceeds(DISK_FAIL_PERCENT)
      .compute(() => diskUsage(env.get('DRIVE_ROOT') ?? app.tmpPath())),
    new MemoryHeapCheck()
      .as('memory_heap')
      .warnWhenExceedsPercentage(HEAP_WARN_PERCENT)
      .failWhenExceedsPercentage(HEAP_FAIL_PERCENT),
    new MemoryRSSCheck()
      .as('memory_rss')
      .warnWhenExceeds(Math.floor(limit * RSS_WARN_SHARE))
      .failWhenExceeds(Math.floor(limit * RSS_FAIL_SHARE)),
  ]
  if (redisEnabled) checks.splice(1, 0, new RedisPingCheck())
  return checks.map(monitored)
}

export const healthChecks = new HealthChecks().register(defaultChecks())

let inFlight: Promise<HealthCheckReport> | undefined

/** Runs the checks; callers arriving during a run share its report. */
export function runHealthChecks() {
  inFlight ??= healthChecks.run().finally(() => {
    inFlight = undefined
  })
  return inFlight
}

/** What anonymous callers get: the verdict only, 503 when a check failed. */
export function healthVerdict(report: HealthCheckReport) {
  return { statusCode: report.isHealthy ? 200 : 503, body: { status: report.status } }
}

export type CheckDetails = {
  name: string
  status: 'ok' | 'warning' | 'error'
  durationMs: number | null
  message: string
  meta: Record<string, unknown>
}

export type HealthDetails = {
  status: HealthCheckReport['status']
  healthy: boolean
  finishedAt: string
  uptimeSeconds: number
  checks: CheckDetails[]
}

/** Removes credentials from URLs that an error message may quote. */
const scrub = (text: string) => text.replace(/([a-z][\w+.-]*:\/\/)[^/\s@]*@/gi, '$1***@')

/**
 * The detailed report for trusted callers. Built from an allow-list: error
 * objects (stacks, connection settings) never leave the process; only
 * their code does.
 */
export function healthDetails(report: HealthCheckReport): HealthDetails {
  return {
    status: report.status,
    healthy: report.isHealthy,
    finishedAt: report.finishedAt.toISOString(),
    uptimeSeconds: Math.round(report.debugInfo.uptime),
    checks: report.checks.map((check) => {
      const { error, durationMs, ...meta } = (check.meta ?? {}) as Record<string, unknown>
      const code = (error as { code?: unknown } | undefined)?.code
      if (typeof code === 'string') meta.errorCode = code
      return {
        name: check.name,
        status: check.status,
        durationMs: typeof durationMs === 'number' ? durationMs : null,
        message: scrub(check.message),
        meta,
      }
    }),
  }
}
