import type { Test } from '@japa/runner/core'

/**
 * Redis-only tests call this first. Without REDIS_URL they are reported as
 * skipped with the reason, except in CI, where a missing Redis is a failure.
 */
export function requireRedis(t: Test) {
  if (process.env.REDIS_URL) return
  if (process.env.CI) {
    throw new Error('REDIS_URL is not set: CI must run the Redis tests')
  }
  t.skip(true, 'Redis is not configured: set REDIS_URL to run this test')
}
