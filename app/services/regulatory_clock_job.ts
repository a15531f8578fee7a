import { DateTime } from 'luxon'
import RegulatoryReport from '#models/regulatory_report'
import RegulatoryDeadlineApproaching from '#events/regulatory_deadline_approaching'
import { withJobLock } from '#services/jobs/job_lock'

/**
 * Dispatches RegulatoryDeadlineApproaching once per unreported severe
 * outcome whose half-time has passed: the reminder mark is set by the
 * statement that finds it, under the job lock.
 */
export class RegulatoryClockJob {
  static LOCK_KEY = 'incidents:regulatory-clocks'

  async run(now: DateTime = DateTime.now()) {
    const ids = await withJobLock(RegulatoryClockJob.LOCK_KEY, async (trx) => {
      const marked = await trx.rawQuery(
        `UPDATE regulatory_reports SET reminder_sent_at = ?
         WHERE reported_at IS NULL AND reminder_sent_at IS NULL AND reminder_at <= ?
         RETURNING id`,
        [now.toJSDate(), now.toJSDate()]
      )
      return marked.rows.map((row: { id: number }) => Number(row.id))
    })
    if (ids === null) return { locked: true as const }
    const reports = ids.length
      ? await RegulatoryReport.query().whereIn('id', ids).orderBy('id')
      : []
    for (const report of reports) await RegulatoryDeadlineApproaching.dispatch(report)
    return { locked: false as const, reminded: reports }
  }
}
