import { redisEnabled } from '#config/redis'
import { defineConfig, store, drivers } from '@adonisjs/cache'

/**
 * Memory L1 everywhere; Redis L2 (shared across instances, with bus-driven
 * L1 invalidation) when Redis is configured.
 */
const cacheConfig = defineConfig({
  default: 'default',
  stores: {
    default: redisEnabled
      ? store()
          .useL1Layer(drivers.memory({ maxSize: '32mb' }))
          .useL2Layer(drivers.redis({ connectionName: 'main' }))
          .useBus(drivers.redisBus({ connectionName: 'main' }))
      : store().useL1Layer(drivers.memory({ maxSize: '32mb' })),
  },
})

export default cacheConfig

declare module '@adonisjs/cache/types' {
  interface CacheStores extends InferStores<typeof cacheConfig> {}
}
