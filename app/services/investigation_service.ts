import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { Infer } from '@vinejs/vine/types'
import Incident from '#models/incident'
import Investigation from '#models/investigation'
import InvestigationWhy from '#models/investigation_why'
import WitnessStatement from '#models/witness_statement'
import type Attachment from '#models/attachment'
import InvestigationCompleted from '#events/investigation_completed'
import AttachmentAdded from '#events/attachment_added'
import { MissingPrerequisitesException } from '#exceptions/missing_prerequisites_exception'
import { AuditTrail, type AuditActor, type FieldChanges } from '#services/records/audit_trail'
import { AttachmentService } from '#services/records/attachment_service'
import { Timeline } from '#services/records/timeline'
import type { investigationValidator, witnessStatementValidator } from '#validators/investigation'

export type InvestigationInput = Infer<typeof investigationValidator>
export type StatementInput = Infer<typeof witnessStatementValidator>
type Translate = (key: string, data?: Record<string, unknown>) => string

const filled = (value: string | null | undefined) => Boolean(value && value.trim())
const summariseWhys = (whys: { why: string; because: string; category?: string | null }[]) =>
  whys.map((step, index) => `${index + 1}. ${step.why} → ${step.because}`).join('\n')

/**
 * The investigation of an incident: the 5 Whys, root cause, factors,
 * lessons learned (kept on the incident, which closing reads), team,
 * witness statements and the investigator's sign-off. Changes are audited
 * on the incident in the same transaction.
 */
export class InvestigationService {
  /** The investigation of an incident, with its whys; created empty on first use. */
  async for(incident: Incident, client?: TransactionClientContract) {
    const existing = await Investigation.query({ client })
      .where('incident_id', incident.id)
      .preload('whys')
      .preload('signer', (query) => query.select('id', 'name'))
      .first()
    if (existing) return existing
    const created = new Investigation()
    created.fill({ incidentId: incident.id, teamIds: [] })
    created.$setRelated('whys', [])
    return created
  }

  async save(incident: Incident, input: InvestigationInput, actor: AuditActor) {
    return db.transaction(async (trx) => {
      const row = await Incident.query({ client: trx })
        .where('id', incident.id)
        .forUpdate()
        .firstOrFail()
      const investigation = await this.for(row, trx)
      const before = summariseWhys(investigation.whys)
      investigation.useTransaction(trx)
      investigation.merge({
        rootCause: input.rootCause !== undefined ? input.rootCause : investigation.rootCause,
        contributingFactors:
          input.contributingFactors !== undefined
            ? input.contributingFactors
            : investigation.contributingFactors,
        teamIds: input.teamIds ?? investigation.teamIds,
      })
      const changes: FieldChanges = AuditTrail.diff(investigation, ['updatedAt', 'createdAt'])
      delete changes.incidentId
      await investigation.save()

      if (input.whys) {
        await InvestigationWhy.query({ client: trx })
          .where('investigation_id', investigation.id)
          .delete()
        await InvestigationWhy.createMany(
          input.whys.map((step, index) => ({
            investigationId: investigation.id,
            position: index + 1,
            why: step.why,
            because: step.because,
            category: step.category ?? null,
          })),
          { client: trx }
        )
        const after = summariseWhys(input.whys)
        if (after !== before) changes.whys = { old: before || null, new: after || null }
      }
      if (input.lessonsLearned !== undefined && input.lessonsLearned !== row.lessonsLearned) {
        changes.lessonsLearned = { old: row.lessonsLearned, new: input.lessonsLearned }
        row.lessonsLearned = input.lessonsLearned
        await row.save()
      }
      if (Object.keys(changes).length > 0) {
        await AuditTrail.record(trx, {
          subjectType: 'incident',
          subjectId: row.id,
          action: 'investigation_updated',
          actor,
          changes,
        })
      }
      return investigation
    })
  }

  /** What signing off still needs, as translation keys under investigations.missing. */
  async missingForSignOff(incident: Incident, investigation: Investigation) {
    const missing: string[] = []
    if (investigation.whys.length === 0) missing.push('whys')
    if (!filled(investigation.rootCause)) missing.push('root_cause')
    if (!filled(incident.lessonsLearned)) missing.push('lessons_learned')
    return missing
  }

  async signOff(incident: Incident, actor: AuditActor) {
    const { row, investigation } = await db.transaction(async (trx) => {
      const locked = await Incident.query({ client: trx })
        .where('id', incident.id)
        .forUpdate()
        .firstOrFail()
      const current = await this.for(locked, trx)
      const missing = await this.missingForSignOff(locked, current)
      if (missing.length) {
        throw new MissingPrerequisitesException(
          'investigations.errors.sign_off_requires',
          'investigations.missing',
          missing.map((key) => ({ key }))
        )
      }
      current.useTransaction(trx)
      current.merge({ completedAt: DateTime.now(), signedOffBy: actor.userId })
      await current.save()
      await AuditTrail.record(trx, {
        subjectType: 'incident',
        subjectId: locked.id,
        action: 'investigation_completed',
        actor,
        changes: { investigationCompletedAt: { old: null, new: current.completedAt!.toISO() } },
      })
      await Timeline.add(trx, {
        subjectType: 'incident',
        subjectId: locked.id,
        kind: 'note',
        authorId: actor.userId,
        body: current.rootCause,
        data: { event: 'investigation_completed' },
      })
      return { row: locked, investigation: current }
    })
    await InvestigationCompleted.dispatch(row, investigation, actor.userId)
    return investigation
  }

  /** A witness statement with its files, checked before anything is written. */
  async addStatement(
    incident: Incident,
    input: StatementInput,
    files: MultipartFile[],
    actor: AuditActor,
    translate: Translate
  ) {
    const checked = files.length ? await AttachmentService.check(files, translate) : []
    let stored: Attachment[] = []
    const statement = await db
      .transaction(async (trx) => {
        const created = await WitnessStatement.create(
          {
            incidentId: incident.id,
            witnessName: input.witnessName,
            witnessUserId: input.witnessUserId ?? null,
            statement: input.statement,
            takenAt: input.takenAt ?? DateTime.now(),
            recordedBy: actor.userId,
          },
          { client: trx }
        )
        stored = checked.length
          ? await AttachmentService.store(
              trx,
              { type: 'witness_statement', id: created.id },
              checked,
              actor.userId
            )
          : []
        await AuditTrail.record(trx, {
          subjectType: 'incident',
          subjectId: incident.id,
          action: 'witness_statement_added',
          actor,
          changes: {
            witnessStatement: {
              old: null,
              new: { witness: input.witnessName, files: stored.length },
            },
          },
        })
        return created
      })
      .catch(async (error) => {
        await AttachmentService.discard(stored)
        throw error
      })
    if (stored.length) {
      await AttachmentAdded.dispatch('witness_statement', statement.id, stored, actor.userId)
    }
    return statement
  }
}
