import type Incident from '#models/incident'
import { BaseTransformer } from '@adonisjs/core/transformers'
import type { IncidentAbilities } from '#policies/incident_policy'
import { isPsif } from '#app/data/incidents'
import { IncidentQueries, type IncidentSummaryRow } from '#services/incident_queries'

const named = (row: { id: number; name: string } | null | undefined) =>
  row ? { id: row.id, name: row.name } : null

const namedBy = (id: number | null, name: string | null) =>
  id === null || name === null ? null : { id, name }

/**
 * An incident as lists show it, from the plain rows of IncidentQueries.list,
 * with what the viewer may do as `can` booleans. Anonymous reports never
 * carry their reporter.
 */
export class IncidentSummaryTransformer extends BaseTransformer<IncidentSummaryRow> {
  constructor(
    resource: IncidentSummaryRow,
    protected abilities: Map<number, IncidentAbilities>
  ) {
    super(resource)
  }

  toObject() {
    const row = this.resource
    return {
      ...this.pick(row, [
        'id',
        'number',
        'type',
        'title',
        'status',
        'actualSeverity',
        'potentialSeverity',
        'isAnonymous',
        'siteId',
        'locationId',
      ]),
      psif: isPsif(row.potentialSeverity),
      occurredAt: row.occurredAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
      site: { id: row.siteId, name: row.siteName },
      location: namedBy(row.locationId, row.locationName),
      reporter: row.isAnonymous ? null : namedBy(row.reporterId, row.reporterName),
      investigator: namedBy(row.investigatorId, row.investigatorName),
      can: this.abilities.get(row.id)!,
    }
  }
}

/**
 * One incident: its summary (`toObject`, as in lists) and the detail page
 * (`forDetail`). The passcode hash never leaves.
 */
export default class IncidentTransformer extends BaseTransformer<Incident> {
  constructor(
    resource: Incident,
    protected abilities: Map<number, IncidentAbilities>
  ) {
    super(resource)
  }

  toObject() {
    return new IncidentSummaryTransformer(
      IncidentQueries.summaryOf(this.resource),
      this.abilities
    ).toObject()
  }

  forDetail() {
    const incident = this.resource
    return {
      ...this.toObject(),
      ...this.pick(incident, [
        'description',
        'immediateActions',
        'departmentId',
        'lessonsLearned',
        'reopenedReason',
        'responsibleManagerId',
        'investigatorId',
      ]),
      latitude: incident.latitude === null ? null : Number(incident.latitude),
      longitude: incident.longitude === null ? null : Number(incident.longitude),
      closedAt: incident.closedAt?.toISO() ?? null,
      department: named(incident.department),
      responsibleManager: named(incident.responsibleManager),
      people: (incident.people ?? []).map((person) => ({
        ...this.pick(person, [
          'id',
          'role',
          'userId',
          'personType',
          'bodyPart',
          'natureOfInjury',
          'treatment',
          'daysAway',
          'daysRestricted',
        ]),
        name: person.user?.name ?? person.name ?? '',
      })),
    }
  }
}
