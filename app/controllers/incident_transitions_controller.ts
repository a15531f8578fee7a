import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import IncidentPolicy from '#policies/incident_policy'
import { actorFrom } from '#services/records/audit_trail'
import { IncidentService } from '#services/incident_service'
import { IncidentQueries } from '#services/incident_queries'
import { transitionIncidentValidator, triageIncidentValidator } from '#validators/incident'

/**
 * Moves an incident through its workflow (web). Triage (→ triaged)
 * carries its own fields; the other steps a reason or lessons learned.
 */
@inject()
export default class IncidentTransitionsController {
  constructor(protected incidents: IncidentService) {}

  async store(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n, auth } = ctx
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    const { to, ...input } = await request.validateUsing(transitionIncidentValidator)
    await bouncer.with(IncidentPolicy).authorize('transition', incident, to)
    if (to === 'triaged') {
      const triage = await request.validateUsing(triageIncidentValidator)
      await this.incidents.triage(incident, triage, actorFrom(ctx))
    } else {
      await this.incidents.transition(incident, to, input, actorFrom(ctx))
    }
    session.flash(
      'success',
      i18n.t('incidents.flash.moved', { status: i18n.t(`incidents.status.${to}`) })
    )
    return response.redirect().toRoute('incidents.show', { id: incident.id })
  }
}
