import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import IncidentPolicy from '#policies/incident_policy'
import { actorFrom } from '#services/records/audit_trail'
import { IncidentService } from '#services/incident_service'
import { IncidentQueries } from '#services/incident_queries'
import IncidentTransformer from '#transformers/incident_transformer'
import { apiSerializer } from '#transformers/api_serializer'
import { transitionIncidentValidator, triageIncidentValidator } from '#validators/incident'

/**
 * POST /api/v1/incidents/:id/transitions `{ to, reason?, lessonsLearned? }`;
 * `to: 'triaged'` also takes the triage fields.
 */
@inject()
export default class IncidentTransitionsController {
  constructor(protected incidents: IncidentService) {}

  async store(ctx: HttpContext) {
    const { params, request, bouncer, auth, containerResolver } = ctx
    const user = auth.getUserOrFail()
    const incident = await IncidentQueries.findReadable(Number(params.id), user)
    const { to, ...input } = await request.validateUsing(transitionIncidentValidator)
    await bouncer.with(IncidentPolicy).authorize('transition', incident, to)
    const moved =
      to === 'triaged'
        ? await this.incidents.triage(
            incident,
            await request.validateUsing(triageIncidentValidator),
            actorFrom(ctx)
          )
        : await this.incidents.transition(incident, to, input, actorFrom(ctx))
    await IncidentQueries.loadSummary(moved)
    const abilities = await new IncidentPolicy().abilitiesFor(user, [moved])
    return apiSerializer.serialize(
      IncidentTransformer.transform(moved, abilities),
      containerResolver
    )
  }
}
