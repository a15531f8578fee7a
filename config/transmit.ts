import env from '#start/env'
import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'

/**
 * With Redis, broadcasts reach streams held by every instance. A heartbeat
 * keeps proxies (Fly's included) from closing idle streams.
 */
const url = env.get('REDIS_URL')

/**
 * Redis pub/sub ignores the database number, so apps sharing one Redis
 * server (staging and production, parallel test runs) would hear each
 * other's broadcasts. Bus channels carry the database number.
 */
const database = url && new URL(url).pathname.length > 1 ? new URL(url).pathname.slice(1) : '0'
export const realtimeBusPrefix = `harmoni360:${database}`

export default defineConfig({
  pingInterval: '20s',
  transport:
    url || env.get('REDIS_HOST')
      ? {
          driver: redis(
            url
              ? {
                  host: new URL(url).hostname,
                  port: Number(new URL(url).port || 6379),
                  password: decodeURIComponent(new URL(url).password) || undefined,
                }
              : {
                  host: env.get('REDIS_HOST')!,
                  port: env.get('REDIS_PORT', 6379),
                  password: env.get('REDIS_PASSWORD'),
                }
          ),
          channel: `${realtimeBusPrefix}:transmit`,
        }
      : null,
})
