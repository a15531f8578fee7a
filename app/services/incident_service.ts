import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Infer } from '@vinejs/vine/types'
import Incident from '#models/incident'
import IncidentPerson from '#models/incident_person'
import type Attachment from '#models/attachment'
import type { IncidentStatus } from '#app/data/incidents'
import AttachmentAdded from '#events/attachment_added'
import IncidentReported from '#events/incident_reported'
import IncidentTriaged from '#events/incident_triaged'
import IncidentStatusChanged from '#events/incident_status_changed'
import IncidentAssigned, { type Assignment } from '#events/incident_assigned'
import { AuditTrail, type AuditActor, type FieldChanges } from '#services/records/audit_trail'
import { AttachmentService } from '#services/records/attachment_service'
import { Numbering } from '#services/records/numbering'
import { Timeline } from '#services/records/timeline'
import { IncidentWorkflow, type TransitionInput } from '#services/incident_workflow'
import { closureFacts } from '#services/incident_closure'
import type {
  createIncidentValidator,
  triageIncidentValidator,
  updateIncidentValidator,
} from '#validators/incident'

export type ReportInput = Infer<typeof createIncidentValidator>
export type UpdateInput = Infer<typeof updateIncidentValidator>
export type TriageInput = Infer<typeof triageIncidentValidator>
type Person = NonNullable<ReportInput['people']>[number]
type Translate = (key: string, data?: Record<string, unknown>) => string

export const SUBJECT = 'incident'
const TITLE_LENGTH = 80
/** Never written to the audit trail or the timeline. */
const PRIVATE_FIELDS = ['updatedAt', 'anonymousPasscodeHash']

const titleFrom = (description: string) => {
  const line = description.split('\n')[0].trim()
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line
}

/**
 * Reporting incidents and moving them through their workflow. Every
 * change is one transaction with its audit entry and timeline entries;
 * events are dispatched once, after the commit.
 */
export class IncidentService {
  /** Quick and full reports; photos are checked before anything is written. */
  async report(
    data: ReportInput,
    actor: AuditActor,
    options: { files?: MultipartFile[]; translate?: Translate; passcodeHash?: string } = {}
  ) {
    const files = options.files ?? []
    const checked = files.length
      ? await AttachmentService.check(files, options.translate!, 'photos')
      : []
    let attachments: Attachment[] = []
    try {
      const incident = await db.transaction(async (trx) => {
        const { number } = await Numbering.next(trx, SUBJECT, {
          date: DateTime.now(),
          type: data.type,
        })
        const { people, occurredAt, ...fields } = data
        const created = await Incident.create(
          {
            ...fields,
            title: data.title ?? titleFrom(data.description),
            number,
            occurredAt: occurredAt ?? DateTime.now(),
            status: 'reported',
            reporterId: options.passcodeHash ? null : actor.userId,
            isAnonymous: Boolean(options.passcodeHash),
            anonymousPasscodeHash: options.passcodeHash ?? null,
            latitude: data.latitude?.toFixed(6) ?? null,
            longitude: data.longitude?.toFixed(6) ?? null,
          },
          { client: trx }
        )
        await created.refresh()
        await this.writePeople(trx, created.id, people ?? [])
        attachments = await AttachmentService.store(trx, this.subject(created), checked, null)
        await this.record(trx, created, 'created', actor, this.snapshot(created), {
          kind: 'created',
          data: { number, attachments: attachments.length, people: people?.length ?? 0 },
        })
        return created
      })
      await IncidentReported.dispatch(incident, actor.userId)
      if (attachments.length) {
        await AttachmentAdded.dispatch(SUBJECT, incident.id, attachments, actor.userId)
      }
      return incident
    } catch (error) {
      await AttachmentService.discard(attachments)
      throw error
    }
  }

  async update(incident: Incident, data: UpdateInput, actor: AuditActor) {
    return db.transaction(async (trx) => {
      const locked = await this.lock(trx, incident.id)
      const { people, latitude, longitude, ...fields } = data
      locked.merge(fields)
      if (latitude !== undefined) locked.latitude = latitude?.toFixed(6) ?? null
      if (longitude !== undefined) locked.longitude = longitude?.toFixed(6) ?? null
      const changes = AuditTrail.diff(locked, PRIVATE_FIELDS)
      if (people !== undefined) {
        const before = await IncidentPerson.query({ client: trx }).where('incident_id', locked.id)
        await IncidentPerson.query({ client: trx }).where('incident_id', locked.id).delete()
        await this.writePeople(trx, locked.id, people)
        changes.people = { old: before.length, new: people.length }
      }
      if (Object.keys(changes).length === 0) return locked
      await locked.save()
      await this.record(trx, locked, 'updated', actor, changes, {
        kind: 'updated',
        data: { fields: Object.keys(changes) },
      })
      return locked
    })
  }

  /** Sets type, severities and assignees and moves reported → triaged. */
  async triage(incident: Incident, data: TriageInput, actor: AuditActor) {
    const { locked, assignments } = await db.transaction(async (trx) => {
      const row = await this.lock(trx, incident.id)
      row.merge(data)
      IncidentWorkflow.assert(row, 'triaged')
      row.status = 'triaged'
      const changes = AuditTrail.diff(row, PRIVATE_FIELDS)
      const assigned = this.assignmentsIn(changes)
      await row.save()
      await this.record(trx, row, 'triaged', actor, changes, {
        kind: 'status_changed',
        data: { from: 'reported', to: 'triaged' },
      })
      if (assigned.length) {
        await Timeline.add(trx, {
          ...this.timelineSubject(row),
          kind: 'assigned',
          authorId: actor.userId,
          data: { assignments: assigned },
        })
      }
      return { locked: row, assignments: assigned }
    })
    await IncidentTriaged.dispatch(locked, actor.userId)
    await IncidentStatusChanged.dispatch(locked, 'reported', 'triaged', actor.userId)
    if (assignments.length) await IncidentAssigned.dispatch(locked, assignments, actor.userId)
    return locked
  }

  /** Any other workflow step; triage has its own method because it needs its fields. */
  async transition(
    incident: Incident,
    to: IncidentStatus,
    input: TransitionInput,
    actor: AuditActor
  ) {
    const { locked, from } = await db.transaction(async (trx) => {
      const row = await this.lock(trx, incident.id)
      const previous = row.status
      const closure = to === 'closed' ? await closureFacts(trx, row) : undefined
      IncidentWorkflow.assert({ ...this.subjectOf(row), closure }, to, input)
      row.status = to
      if (to === 'closed') {
        row.closedAt = DateTime.now()
        if (input.lessonsLearned) row.lessonsLearned = input.lessonsLearned
      }
      if (IncidentWorkflow.isReopen(previous, to)) {
        row.reopenedReason = input.reason ?? null
        row.closedAt = null
      }
      const changes = AuditTrail.diff(row, PRIVATE_FIELDS)
      await row.save()
      await this.record(trx, row, 'status_changed', actor, changes, {
        kind: 'status_changed',
        data: { from: previous, to, reason: input.reason ?? null },
      })
      return { locked: row, from: previous }
    })
    await IncidentStatusChanged.dispatch(locked, from, to, actor.userId)
    return locked
  }

  protected subjectOf(row: Incident) {
    return {
      status: row.status,
      type: row.type,
      actualSeverity: row.actualSeverity,
      potentialSeverity: row.potentialSeverity,
      responsibleManagerId: row.responsibleManagerId,
      investigatorId: row.investigatorId,
      lessonsLearned: row.lessonsLearned,
    }
  }

  protected lock(trx: TransactionClientContract, id: number) {
    return Incident.query({ client: trx }).where('id', id).forUpdate().firstOrFail()
  }

  protected async writePeople(
    trx: TransactionClientContract,
    incidentId: number,
    people: Person[]
  ) {
    if (!people.length) return
    await IncidentPerson.createMany(
      people.map((person) => ({ ...person, personType: person.personType ?? 'staff', incidentId })),
      { client: trx }
    )
  }

  /** The audit entry and the timeline entry of one change, in its transaction. */
  protected async record(
    trx: TransactionClientContract,
    incident: Incident,
    action: string,
    actor: AuditActor,
    changes: FieldChanges,
    timeline: { kind: 'created' | 'updated' | 'status_changed'; data: Record<string, unknown> }
  ) {
    await AuditTrail.record(trx, { ...this.timelineSubject(incident), action, actor, changes })
    await Timeline.add(trx, {
      ...this.timelineSubject(incident),
      kind: timeline.kind,
      authorId: incident.isAnonymous && action === 'created' ? null : actor.userId,
      data: timeline.data,
    })
  }

  protected assignmentsIn(changes: FieldChanges): Assignment[] {
    const assignments: Assignment[] = []
    if (changes.responsibleManagerId) {
      assignments.push({
        role: 'responsible_manager',
        userId: changes.responsibleManagerId.new as number,
      })
    }
    if (changes.investigatorId) {
      assignments.push({ role: 'investigator', userId: changes.investigatorId.new as number })
    }
    return assignments
  }

  /** Every field of a new incident, as old (null) → new. */
  protected snapshot(incident: Incident): FieldChanges {
    const changes: FieldChanges = {}
    for (const [field, value] of Object.entries(incident.$attributes)) {
      if (PRIVATE_FIELDS.includes(field) || value === null || field === 'createdAt') continue
      changes[field] = { old: null, new: value }
    }
    return changes
  }

  protected subject(incident: Incident) {
    return { type: SUBJECT, id: incident.id }
  }

  protected timelineSubject(incident: Incident) {
    return { subjectType: SUBJECT, subjectId: incident.id }
  }
}
