import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Incident from '#models/incident'

/** A critical incident: catastrophic on the actual or the potential scale. */
export const CRITICAL_SEVERITY = 5

export type ClosureFacts = {
  rootCause: string | null
  /** Numbers of linked actions that are neither done nor verified (cancelled ones do not count) */
  unfinishedActions: string[]
  /** Numbers of a critical incident's actions that are not verified yet */
  unverifiedActions: string[]
}

export function isCritical(incident: Pick<Incident, 'actualSeverity' | 'potentialSeverity'>) {
  return (
    Math.max(incident.actualSeverity ?? 0, incident.potentialSeverity ?? 0) >= CRITICAL_SEVERITY
  )
}

/**
 * What closing an incident depends on beyond its own row: the root cause
 * of its investigation and the state of its corrective actions. Read in
 * the closing transaction, after the incident row is locked.
 */
export async function closureFacts(trx: TransactionClientContract, incident: Incident) {
  const investigation = await trx
    .from('investigations')
    .where('incident_id', incident.id)
    .select('root_cause')
    .first()
  const actions: { number: string; status: string }[] = await trx
    .from('corrective_actions')
    .where({ source_type: 'incident', source_id: incident.id })
    .whereNot('status', 'cancelled')
    .orderBy('id')
    .select('number', 'status')
  const critical = isCritical(incident)
  return {
    rootCause: investigation?.root_cause ?? null,
    unfinishedActions: actions
      .filter((action) => !['done', 'verified'].includes(action.status))
      .map((action) => action.number),
    unverifiedActions: critical
      ? actions.filter((action) => action.status === 'done').map((action) => action.number)
      : [],
  } satisfies ClosureFacts
}
