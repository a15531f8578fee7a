import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import InvestigationPolicy from '#policies/investigation_policy'
import { InvestigationService } from '#services/investigation_service'
import { IncidentQueries } from '#services/incident_queries'
import { actorFrom } from '#services/records/audit_trail'
import { witnessStatementValidator } from '#validators/investigation'

/** Adds a witness statement (text plus files) to an incident under investigation. */
@inject()
export default class WitnessStatementsController {
  constructor(protected investigations: InvestigationService) {}

  async store(ctx: HttpContext) {
    const { params, request, response, auth, bouncer, session, i18n } = ctx
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    await bouncer.with(InvestigationPolicy).authorize('edit', incident)
    const input = await request.validateUsing(witnessStatementValidator)
    await this.investigations.addStatement(
      incident,
      input,
      request.files('files'),
      actorFrom(ctx),
      (key, data) => i18n.t(key, data)
    )
    session.flash('success', i18n.t('investigations.flash.statement_added'))
    return response.redirect().toRoute('investigations.show', { id: incident.id })
  }
}
