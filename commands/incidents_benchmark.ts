import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Fills the database with synthetic incidents for list benchmarks, in
 * one INSERT ... SELECT (100k rows in seconds). Their numbers carry a
 * `B` (`INC-2026-B000001`) so they never collide with real numbering.
 * Refuses to run in production.
 */
export default class IncidentsBenchmark extends BaseCommand {
  static commandName = 'incidents:benchmark'
  static description = 'Insert synthetic incidents for benchmarks (development and test only)'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'How many incidents to add (default 100000)' })
  declare count?: number

  async run() {
    if (this.app.inProduction) {
      this.logger.error('incidents:benchmark never runs in production')
      this.exitCode = 1
      return
    }
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { INCIDENT_STATUSES, INCIDENT_TYPES } = await import('#app/data/incidents')
    const count = this.count ?? 100_000
    const started = Date.now()
    const offset = await db.from('incidents').where('number', 'like', 'INC-%-B%').count('* as n')
    const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`

    await db.rawQuery(
      `INSERT INTO incidents (number, type, title, description, occurred_at, site_id, location_id,
         reporter_id, status, actual_severity, potential_severity, created_at, updated_at)
       SELECT
         'INC-' || extract(year FROM now())::int || '-B' || lpad((? + n)::text, 6, '0'),
         (${list(INCIDENT_TYPES)})[1 + n % ${INCIDENT_TYPES.length}]::text,
         'Benchmark incident ' || n,
         'Synthetic description ' || n || ' ladder corridor spill smoke cable',
         now() - (n % 730) * interval '1 day' - (n % 1440) * interval '1 minute',
         l.site_id, l.id,
         (SELECT id FROM users ORDER BY id LIMIT 1 OFFSET n % GREATEST(1, (SELECT count(*) FROM users))),
         (${list(INCIDENT_STATUSES)})[1 + n % ${INCIDENT_STATUSES.length}]::text,
         CASE WHEN n % 5 = 0 THEN NULL ELSE 1 + n % 5 END,
         CASE WHEN n % 5 = 0 THEN NULL ELSE 1 + (n * 7) % 5 END,
         now(), now()
       FROM generate_series(1, ?) AS n
       CROSS JOIN LATERAL (
         SELECT id, site_id FROM locations ORDER BY id LIMIT 1 OFFSET n % (SELECT count(*) FROM locations)
       ) AS l`,
      [Number(offset[0].n), count]
    )
    await db.rawQuery('ANALYZE incidents')
    const { ListTotals } = await import('#services/records/list_totals')
    const { default: Incident } = await import('#models/incident')
    await ListTotals.invalidate(Incident)
    this.logger.success(`Inserted ${count} incidents in ${Date.now() - started} ms`)
  }
}
