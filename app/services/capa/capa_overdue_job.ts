import { DateTime } from 'luxon'
import CorrectiveAction from '#models/corrective_action'
import CapaOverdue from '#events/capa_overdue'
import CapaEscalated from '#events/capa_escalated'
import { CapaSources } from '#services/capa/capa_source'
import { withJobLock } from '#services/jobs/job_lock'

/** Days overdue after which an action goes to the manager. */
export const ESCALATE_AFTER_DAYS = 7

export type OverdueRun =
  { locked: true } | { locked: false; overdue: CorrectiveAction[]; escalated: CorrectiveAction[] }

/**
 * Marks overdue and escalated actions and dispatches their events, once
 * per action: the marks are set in the same statement that finds the
 * actions, under the job lock (withJobLock), so two runs at once (or a
 * run retried after a crash) never repeat an event.
 */
export class CapaOverdueJob {
  static LOCK_KEY = 'capa:overdue'

  async run(now = DateTime.now()): Promise<OverdueRun> {
    const today = now.toISODate()!
    const escalateBefore = now.minus({ days: ESCALATE_AFTER_DAYS }).toISODate()!
    const result = await withJobLock(CapaOverdueJob.LOCK_KEY, async (trx) => {
      const mark = (column: 'overdue_at' | 'escalated_at', dueBefore: string) =>
        trx.rawQuery(
          `UPDATE corrective_actions SET ${column} = ?
           WHERE status IN ('open', 'in_progress') AND due_on < ? AND ${column} IS NULL
           RETURNING id`,
          [now.toJSDate(), dueBefore]
        )
      const overdue = await mark('overdue_at', today)
      const escalated = await mark('escalated_at', escalateBefore)
      const ids = (rows: { id: number }[]) => rows.map((row) => Number(row.id))
      return { overdue: ids(overdue.rows), escalated: ids(escalated.rows) }
    })
    if (!result) return { locked: true }

    const load = (ids: number[]) =>
      ids.length ? CorrectiveAction.query().whereIn('id', ids).orderBy('id') : Promise.resolve([])
    const overdue = await load(result.overdue)
    const escalated = await load(result.escalated)
    for (const action of overdue) await CapaOverdue.dispatch(action)
    for (const action of escalated) {
      const source = await CapaSources.of(action)
      await CapaEscalated.dispatch(action, source?.summary.managerId ?? null)
    }
    return { locked: false, overdue, escalated }
  }
}
