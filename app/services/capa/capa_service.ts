import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import CorrectiveAction from '#models/corrective_action'
import CapaAssigned from '#events/capa_assigned'
import CapaStatusChanged from '#events/capa_status_changed'
import CapaVerified from '#events/capa_verified'
import { Numbering } from '#services/records/numbering'
import { AuditTrail, type AuditActor } from '#services/records/audit_trail'
import { Timeline } from '#services/records/timeline'
import type { CapaSource } from '#services/capa/capa_source'
import { CapaWorkflow, type CapaStep } from '#services/capa/capa_workflow'

export const CAPA_SUBJECT = 'capa'

export type CapaFields = {
  title: string
  description?: string | null
  type: CorrectiveAction['type']
  controlLevel: CorrectiveAction['controlLevel']
  priority: CorrectiveAction['priority']
  assigneeId: number
  departmentId?: number | null
  dueOn: DateTime
}

export type StepPayload = {
  note?: string | null
  effectiveness?: CorrectiveAction['effectiveness']
}

/**
 * Creating corrective actions on any source record and moving them along
 * their lifecycle. Each change is one transaction with its audit entry and
 * timeline entry; events are dispatched after commit.
 */
export class CapaService {
  async create(source: CapaSource, fields: CapaFields, actor: AuditActor) {
    const action = await db.transaction(async (trx) => {
      const { number } = await Numbering.next(trx, 'capa', { date: DateTime.now() })
      const created = await CorrectiveAction.create(
        {
          ...fields,
          description: fields.description ?? null,
          departmentId: fields.departmentId ?? null,
          number,
          sourceType: source.type,
          sourceId: source.id,
          siteId: source.summary.siteId,
          sourceLabel: source.summary.label,
          status: 'open',
          createdBy: actor.userId,
        },
        { client: trx }
      )
      await AuditTrail.record(trx, {
        subjectType: CAPA_SUBJECT,
        subjectId: created.id,
        action: 'created',
        actor,
        changes: {
          number: { old: null, new: number },
          assigneeId: { old: null, new: fields.assigneeId },
        },
      })
      await Timeline.add(trx, {
        subjectType: source.type,
        subjectId: source.id,
        kind: 'note',
        authorId: actor.userId,
        data: { event: 'capa_created', capaId: created.id, number, title: fields.title },
      })
      return created
    })
    await CapaAssigned.dispatch(action, actor.userId)
    return action
  }

  /** Edits the plan of an unfinished action; a new due date re-arms the overdue job. */
  async update(action: CorrectiveAction, fields: Partial<CapaFields>, actor: AuditActor) {
    const previousAssignee = action.assigneeId
    await db.transaction(async (trx) => {
      action.useTransaction(trx)
      action.merge(fields)
      if (action.$dirty.dueOn) {
        action.overdueAt = null
        action.escalatedAt = null
      }
      const changes = AuditTrail.diff(action, ['updatedAt', 'overdueAt', 'escalatedAt'])
      await action.save()
      if (Object.keys(changes).length > 0) {
        await AuditTrail.record(trx, {
          subjectType: CAPA_SUBJECT,
          subjectId: action.id,
          action: 'updated',
          actor,
          changes,
        })
      }
    })
    if (action.assigneeId !== previousAssignee) await CapaAssigned.dispatch(action, actor.userId)
    return action
  }

  /** Takes one lifecycle step; the row is locked so concurrent steps queue. */
  async step(action: CorrectiveAction, step: CapaStep, payload: StepPayload, actor: AuditActor) {
    const from = action.status
    const updated = await db.transaction(async (trx) => {
      const row = await CorrectiveAction.query({ client: trx })
        .where('id', action.id)
        .forUpdate()
        .firstOrFail()
      row.status = CapaWorkflow.target(row.status, step)
      this.applyPayload(row, step, payload, actor)
      const changes = AuditTrail.diff(row)
      await row.save()
      await AuditTrail.record(trx, {
        subjectType: CAPA_SUBJECT,
        subjectId: row.id,
        action: step,
        actor,
        changes,
      })
      await Timeline.add(trx, {
        subjectType: CAPA_SUBJECT,
        subjectId: row.id,
        kind: 'status_changed',
        authorId: actor.userId,
        body: payload.note ?? null,
        data: { from, to: row.status, step },
      })
      return row
    })
    await CapaStatusChanged.dispatch(updated, from, updated.status, actor.userId)
    if (step === 'verify') await CapaVerified.dispatch(updated, actor.userId)
    return updated
  }

  protected applyPayload(
    row: CorrectiveAction,
    step: CapaStep,
    payload: StepPayload,
    actor: AuditActor
  ) {
    const now = DateTime.now()
    if (step === 'complete') {
      row.completionNote = payload.note ?? null
      row.completedAt = now
    } else if (step === 'verify') {
      row.effectiveness = payload.effectiveness ?? null
      row.effectivenessNote = payload.note ?? null
      row.verifiedBy = actor.userId
      row.verifiedAt = now
    } else if (step === 'send_back') {
      row.completedAt = null
    } else if (step === 'cancel') {
      row.cancelReason = payload.note ?? null
    }
  }
}
