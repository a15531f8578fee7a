import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import InvestigationPolicy from '#policies/investigation_policy'
import WitnessStatement from '#models/witness_statement'
import { InvestigationService } from '#services/investigation_service'
import { IncidentQueries } from '#services/incident_queries'
import { IncidentChoices } from '#services/incident_choices'
import { AttachmentService } from '#services/records/attachment_service'
import { actorFrom } from '#services/records/audit_trail'
import InvestigationTransformer from '#transformers/investigation_transformer'
import { investigationValidator } from '#validators/investigation'

/**
 * The investigation page of an incident: 5 Whys, root cause, factors,
 * lessons learned, team, witness statements, and the sign-off.
 */
@inject()
export default class InvestigationsController {
  constructor(protected investigations: InvestigationService) {}

  async show({ params, inertia, auth, bouncer }: HttpContext) {
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    const investigation = await this.investigations.for(incident)
    const policy = bouncer.with(InvestigationPolicy)
    const canEdit = await policy.allows('edit', incident)
    return inertia.render('investigations/show', {
      incident: {
        id: incident.id,
        number: incident.number,
        title: incident.title,
        status: incident.status,
        lessonsLearned: incident.lessonsLearned ?? '',
      },
      investigation: InvestigationTransformer.transform(investigation),
      statements: await this.statements(incident.id),
      people: canEdit ? await IncidentChoices.assignees() : [],
      missing: await this.investigations.missingForSignOff(incident, investigation),
      can: { edit: canEdit, signOff: await policy.allows('signOff', incident) },
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, auth, bouncer, session, i18n } = ctx
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    await bouncer.with(InvestigationPolicy).authorize('edit', incident)
    const input = await request.validateUsing(investigationValidator)
    await this.investigations.save(incident, input, actorFrom(ctx))
    session.flash('success', i18n.t('investigations.flash.saved', { number: incident.number }))
    return response.redirect().toRoute('investigations.show', { id: incident.id })
  }

  async signOff(ctx: HttpContext) {
    const { params, response, auth, bouncer, session, i18n } = ctx
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    await bouncer.with(InvestigationPolicy).authorize('signOff', incident)
    await this.investigations.signOff(incident, actorFrom(ctx))
    session.flash('success', i18n.t('investigations.flash.signed_off', { number: incident.number }))
    return response.redirect().toRoute('investigations.show', { id: incident.id })
  }

  protected async statements(incidentId: number) {
    const rows = await WitnessStatement.query().where('incident_id', incidentId).orderBy('id')
    return Promise.all(
      rows.map(async (row) => {
        const files = await AttachmentService.for('witness_statement', row.id)
        return {
          id: row.id,
          witnessName: row.witnessName,
          statement: row.statement,
          takenAt: row.takenAt.toISO()!,
          files: files.map((file) => ({ id: file.id, originalName: file.originalName })),
        }
      })
    )
  }
}
