import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import RecordabilityAssessment from '#models/recordability_assessment'
import RegulatoryReport from '#models/regulatory_report'
import RecordabilityPolicy from '#policies/recordability_policy'
import { IncidentQueries } from '#services/incident_queries'
import { RecordabilityService } from '#services/recordability_service'
import { actorFrom } from '#services/records/audit_trail'
import {
  FIRST_AID_TREATMENTS,
  MEDICAL_TREATMENTS,
  SIGNIFICANT_DIAGNOSES,
} from '#services/osha/recordability'
import { ILLNESS_TYPES, SEVERE_OUTCOMES } from '#app/data/osha'
import {
  recordabilityAnswersValidator,
  recordabilityDecisionValidator,
  regulatoryReportValidator,
} from '#validators/recordability'

/**
 * The guided OSHA recordability assessment of an injury/illness incident,
 * the manager's decision, and the report to the authority.
 */
@inject()
export default class RecordabilityController {
  constructor(protected recordability: RecordabilityService) {}

  async show({ params, inertia, auth, bouncer }: HttpContext) {
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    const assessment = await RecordabilityAssessment.findBy('incident_id', incident.id)
    const report = await RegulatoryReport.findBy('incident_id', incident.id)
    const policy = bouncer.with(RecordabilityPolicy)
    return inertia.render('recordability/show', {
      incident: {
        id: incident.id,
        number: incident.number,
        title: incident.title,
        type: incident.type,
        occurredAt: incident.occurredAt.toISO()!,
      },
      assessment: assessment && {
        answers: { jobTransfer: false, diagnosis: null, ...assessment.answers },
        proposedRecordable: assessment.proposedRecordable,
        proposedRule: assessment.proposedRule,
        proposedReason: assessment.proposedReason,
        recordable: assessment.recordable,
        classification: assessment.classification,
        overrideReason: assessment.overrideReason,
        illnessType: assessment.illnessType,
        daysAway: assessment.daysAway,
        daysRestricted: assessment.daysRestricted,
        privacyCase: assessment.privacyCase,
        decidedAt: assessment.decidedAt?.toISO() ?? null,
      },
      report: report && {
        outcome: report.outcome,
        deadlineAt: report.deadlineAt.toISO()!,
        reportedAt: report.reportedAt?.toISO() ?? null,
        reference: report.reference,
      },
      choices: {
        firstAid: [...FIRST_AID_TREATMENTS],
        medical: [...MEDICAL_TREATMENTS],
        diagnoses: [...SIGNIFICANT_DIAGNOSES],
        illnessTypes: [...ILLNESS_TYPES],
        severeOutcomes: [...SEVERE_OUTCOMES],
      },
      can: {
        assess: await policy.allows('assess', incident),
        decide: await policy.allows('decide', incident),
        report: await policy.allows('report', incident),
      },
    })
  }

  async update(ctx: HttpContext) {
    const incident = await this.authorized(ctx, 'assess')
    const input = await ctx.request.validateUsing(recordabilityAnswersValidator)
    await this.recordability.assess(incident, input, actorFrom(ctx))
    ctx.session.flash('success', ctx.i18n.t('osha.flash.assessed'))
    return ctx.response.redirect().toRoute('recordability.show', { id: incident.id })
  }

  async decide(ctx: HttpContext) {
    const incident = await this.authorized(ctx, 'decide')
    const input = await ctx.request.validateUsing(recordabilityDecisionValidator)
    await this.recordability.decide(incident, input, actorFrom(ctx))
    ctx.session.flash('success', ctx.i18n.t('osha.flash.decided'))
    return ctx.response.redirect().toRoute('recordability.show', { id: incident.id })
  }

  async report(ctx: HttpContext) {
    const incident = await this.authorized(ctx, 'report')
    const input = await ctx.request.validateUsing(regulatoryReportValidator)
    await this.recordability.markReported(incident, input, actorFrom(ctx))
    ctx.session.flash('success', ctx.i18n.t('osha.flash.reported'))
    return ctx.response.redirect().toRoute('recordability.show', { id: incident.id })
  }

  protected async authorized(ctx: HttpContext, ability: 'assess' | 'decide' | 'report') {
    const incident = await IncidentQueries.findReadable(
      Number(ctx.params.id),
      ctx.auth.getUserOrFail()
    )
    await ctx.bouncer.with(RecordabilityPolicy).authorize(ability, incident)
    return incident
  }
}
