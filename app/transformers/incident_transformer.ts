import type Incident from '#models/incident'
import { BaseTransformer } from '@adonisjs/core/transformers'
import type { IncidentAbilities } from '#policies/incident_policy'

const named = (row: { id: number; name: string } | null | undefined) =>
  row ? { id: row.id, name: row.name } : null

/**
 * An incident as lists (`toObject`) and the detail page (`forDetail`)
 * show it, with what the viewer may do as `can` booleans. Anonymous
 * reports never carry their reporter; the passcode hash never leaves.
 */
export default class IncidentTransformer extends BaseTransformer<Incident> {
  constructor(
    resource: Incident,
    protected abilities: Map<number, IncidentAbilities>
  ) {
    super(resource)
  }

  toObject() {
    const incident = this.resource
    return {
      ...this.pick(incident, [
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
      psif: incident.psif,
      occurredAt: incident.occurredAt.toISO()!,
      createdAt: incident.createdAt.toISO()!,
      site: named(incident.site),
      location: named(incident.location),
      reporter: incident.isAnonymous ? null : named(incident.reporter),
      investigator: named(incident.investigator),
      can: this.abilities.get(incident.id)!,
    }
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
