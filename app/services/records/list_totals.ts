import { createHash } from 'node:crypto'
import cache from '@adonisjs/cache/services/main'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { LucidModel, ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'

const tagOf = (table: string) => `totals:${table}`
const tables = new Set<string>()

/**
 * Exact totals for paginated lists, counted once per distinct query (the
 * viewer's scope and filters are in its SQL) and kept until the next write
 * to the table. Counting 100k incidents under a site scope is a sequential
 * scan, ~25 ms of PostgreSQL time on every page view, while the page
 * itself is an index scan of 25 rows; totals change only when rows do.
 * Writes invalidate after commit (Incident's hooks); the TTL bounds the
 * damage of a write that bypasses the models.
 */
export const ListTotals = {
  async count<Model extends LucidModel>(query: ModelQueryBuilderContract<Model>) {
    const table = query.model.table
    const count = query
      .clone()
      .clearOrder()
      .clearLimit()
      .clearOffset()
      .clearSelect()
      .count('* as total')
      .pojo<{ total: string | number }>()
    tables.add(table)
    const { sql, bindings } = count.toSQL()
    const digest = createHash('sha1').update(sql).update(JSON.stringify(bindings)).digest('hex')
    return cache.getOrSet({
      key: `${tagOf(table)}:${digest}`,
      tags: [tagOf(table)],
      ttl: '10m',
      factory: async () => {
        const [row] = await count
        return Number(row.total)
      },
    })
  },

  /** Forgets the cached totals of every table (tests, whose rows are rolled back). */
  async forgetAll() {
    if (tables.size) await cache.deleteByTag({ tags: [...tables].map(tagOf) })
  },

  /** Forgets every cached total of the model's table, once the write is committed. */
  invalidate(model: LucidModel, trx?: TransactionClientContract | null) {
    const table = model.table
    const forget = async () => {
      await cache.deleteByTag({ tags: [tagOf(table)] })
    }
    if (trx && !trx.isCompleted) {
      trx.after('commit', forget)
      return
    }
    return forget()
  },
}
