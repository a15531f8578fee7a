import { redisEnabled } from '#config/redis'
import { defineConfig, stores } from '@adonisjs/limiter'

/**
 * Redis keeps limits consistent across instances; a single process falls
 * back to memory.
 */
const limiterConfig = defineConfig({
  default: redisEnabled ? 'redis' : 'memory',
  stores: {
    redis: stores.redis({ connectionName: 'main' }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
