import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * Runs `work` in a transaction holding a transaction-scoped advisory lock
 * named `key`, so scheduled jobs are safe to start twice at once (two
 * machines, a retried tick): the second run gets `null` and does nothing.
 * The lock ends with the transaction, even if the process dies.
 */
export async function withJobLock<T>(
  key: string,
  work: (trx: TransactionClientContract) => Promise<T>
): Promise<T | null> {
  return db.transaction(async (trx) => {
    const lock = await trx.rawQuery('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS got', [key])
    if (!lock.rows[0].got) return null
    return work(trx)
  })
}
