import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

/**
 * Redis is optional. `redisEnabled` tells the cache, limiter, session and
 * transmit configs whether to use it or fall back to single-process drivers.
 */
const url = env.get('REDIS_URL')
export const redisEnabled = Boolean(url || env.get('REDIS_HOST'))

function fromUrl(value: string) {
  const parsed = new URL(value)
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    family: 0,
  }
}

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      ...(url
        ? fromUrl(url)
        : {
            host: env.get('REDIS_HOST', '127.0.0.1'),
            port: env.get('REDIS_PORT', 6379),
            password: env.get('REDIS_PASSWORD'),
            db: 0,
          }),
      keyPrefix: '',
      lazyConnect: true,
      maxRetriesPerRequest: 3,
      retryStrategy(times) {
        return Math.min(times * 200, 2000)
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
