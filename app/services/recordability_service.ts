import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Incident from '#models/incident'
import IncidentPerson from '#models/incident_person'
import RecordabilityAssessment from '#models/recordability_assessment'
import RegulatoryReport from '#models/regulatory_report'
import RecordabilityDecided from '#events/recordability_decided'
import { RuleException } from '#exceptions/rule_exception'
import { AuditTrail, type AuditActor } from '#services/records/audit_trail'
import { assessRecordability, capDays, classify } from '#services/osha/recordability'
import { regulatoryClock } from '#services/osha/regulatory_clock'
import type {
  recordabilityAnswersValidator,
  recordabilityDecisionValidator,
  regulatoryReportValidator,
} from '#validators/recordability'

export type AnswersInput = Infer<typeof recordabilityAnswersValidator>
export type DecisionInput = Infer<typeof recordabilityDecisionValidator>
export type ReportInput = Infer<typeof regulatoryReportValidator>

/**
 * OSHA recordability of an injury/illness incident: the system proposes
 * from the answers (with the rule that decided), a manager confirms or
 * overrides with a reason, both audited. A severe outcome starts the
 * clock for reporting to the authority.
 */
export class RecordabilityService {
  async assess(incident: Incident, input: AnswersInput, actor: AuditActor) {
    if (incident.type !== 'injury_illness') throw new RuleException('osha.errors.not_injury')
    const { severeOutcome, ...answers } = input
    const proposal = assessRecordability(answers)
    return db.transaction(async (trx) => {
      const assessment =
        (await RecordabilityAssessment.query({ client: trx })
          .where('incident_id', incident.id)
          .forUpdate()
          .first()) ?? new RecordabilityAssessment()
      assessment.useTransaction(trx)
      const before = assessment.$isPersisted
        ? { recordable: assessment.proposedRecordable, rule: assessment.proposedRule }
        : null
      assessment.merge({
        incidentId: incident.id,
        answers,
        proposedRecordable: proposal.recordable,
        proposedRule: proposal.rule,
        proposedReason: proposal.reason,
        daysAway: capDays(answers.daysAway),
        daysRestricted: capDays(answers.daysRestricted),
        /* New answers need a new decision */
        recordable: null,
        classification: null,
        overrideReason: null,
        decidedBy: null,
        decidedAt: null,
      })
      await assessment.save()
      await this.startClock(trx, incident, severeOutcome ?? null)
      await AuditTrail.record(trx, {
        subjectType: 'incident',
        subjectId: incident.id,
        action: 'recordability_assessed',
        actor,
        changes: {
          proposal: { old: before, new: { recordable: proposal.recordable, rule: proposal.rule } },
        },
      })
      return assessment
    })
  }

  async decide(incident: Incident, input: DecisionInput, actor: AuditActor) {
    const assessment = await db.transaction(async (trx) => {
      const row = await RecordabilityAssessment.query({ client: trx })
        .where('incident_id', incident.id)
        .forUpdate()
        .first()
      if (!row) throw new RuleException('osha.errors.assess_first')
      const recordable =
        input.decision === 'confirm' ? row.proposedRecordable : !row.proposedRecordable
      row.useTransaction(trx)
      row.merge({
        recordable,
        classification: recordable ? classify(row.answers) : null,
        overrideReason: input.decision === 'override' ? (input.reason ?? null) : null,
        illnessType: input.illnessType,
        privacyCase: input.privacyCase,
        employeeName: input.employeeName || (await this.injuredName(incident)),
        decidedBy: actor.userId,
        decidedAt: DateTime.now(),
      })
      await row.save()
      await AuditTrail.record(trx, {
        subjectType: 'incident',
        subjectId: incident.id,
        action: 'recordability_decided',
        actor,
        changes: {
          recordable: { old: row.proposedRecordable, new: recordable },
          ...(row.overrideReason ? { overrideReason: { old: null, new: row.overrideReason } } : {}),
        },
      })
      return row
    })
    await RecordabilityDecided.dispatch(incident, assessment, actor.userId)
    return assessment
  }

  async markReported(incident: Incident, input: ReportInput, actor: AuditActor) {
    return db.transaction(async (trx) => {
      const report = await RegulatoryReport.query({ client: trx })
        .where('incident_id', incident.id)
        .forUpdate()
        .first()
      if (!report) throw new RuleException('osha.errors.no_clock')
      report.useTransaction(trx)
      report.merge({
        reportedAt: input.reportedAt,
        reference: input.reference,
        reportedBy: actor.userId,
      })
      await report.save()
      await AuditTrail.record(trx, {
        subjectType: 'incident',
        subjectId: incident.id,
        action: 'reported_to_authority',
        actor,
        changes: { reference: { old: null, new: input.reference } },
      })
      return report
    })
  }

  /** Starts, moves or stops the reporting clock; a report already made is kept. */
  protected async startClock(
    trx: TransactionClientContract,
    incident: Incident,
    outcome: RegulatoryReport['outcome'] | null
  ) {
    const existing = await RegulatoryReport.query({ client: trx })
      .where('incident_id', incident.id)
      .first()
    if (existing?.reportedAt) return
    const clock = outcome ? regulatoryClock(incident.occurredAt.toJSDate(), [outcome]) : null
    if (!clock) {
      await existing?.useTransaction(trx).delete()
      return
    }
    const report = existing ?? new RegulatoryReport()
    report.useTransaction(trx)
    report.merge({
      incidentId: incident.id,
      outcome: clock.outcome,
      deadlineAt: DateTime.fromJSDate(clock.deadline),
      reminderAt: DateTime.fromJSDate(clock.halfTime),
      reminderSentAt: existing?.outcome === clock.outcome ? existing.reminderSentAt : null,
    })
    await report.save()
  }

  protected async injuredName(incident: Incident) {
    const person = await IncidentPerson.query()
      .where({ incident_id: incident.id, role: 'injured' })
      .preload('user', (query) => query.select('id', 'name'))
      .orderBy('id')
      .first()
    return person?.name ?? person?.user?.name ?? null
  }
}
