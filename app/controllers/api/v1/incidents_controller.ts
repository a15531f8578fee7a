import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type Incident from '#models/incident'
import type User from '#models/user'
import IncidentPolicy from '#policies/incident_policy'
import { actorFrom } from '#services/records/audit_trail'
import { IncidentService } from '#services/incident_service'
import { IncidentQueries } from '#services/incident_queries'
import IncidentTransformer, { IncidentSummaryTransformer } from '#transformers/incident_transformer'
import { apiSerializer } from '#transformers/api_serializer'
import {
  createIncidentValidator,
  incidentFiltersValidator,
  updateIncidentValidator,
} from '#validators/incident'

/**
 * /api/v1/incidents: the same services, rules and transformer as the web pages.
 */
@inject()
export default class IncidentsController {
  constructor(protected incidents: IncidentService) {}

  async index({ request, auth, containerResolver }: HttpContext) {
    const user = auth.getUserOrFail()
    const filters = await incidentFiltersValidator.validate(request.qs())
    const page = await IncidentQueries.list(user, filters)
    const abilities = await new IncidentPolicy().abilitiesFor(user, page.all())
    return apiSerializer.serialize(
      IncidentSummaryTransformer.paginate(page.all(), page.getMeta(), abilities),
      containerResolver
    )
  }

  async show({ params, auth, containerResolver }: HttpContext) {
    const user = auth.getUserOrFail()
    const incident = await IncidentQueries.findReadable(Number(params.id), user)
    return this.detail(incident, user, containerResolver)
  }

  async store(ctx: HttpContext) {
    const { request, response, bouncer, auth, i18n, containerResolver } = ctx
    await bouncer.with(IncidentPolicy).authorize('create')
    const data = await request.validateUsing(createIncidentValidator)
    const incident = await this.incidents.report(data, actorFrom(ctx), {
      files: request.files('photos'),
      translate: (key, values) => i18n.t(key, values),
    })
    response.status(201)
    return this.detail(incident, auth.getUserOrFail(), containerResolver)
  }

  async update(ctx: HttpContext) {
    const { params, request, bouncer, auth, containerResolver } = ctx
    const user = auth.getUserOrFail()
    const incident = await IncidentQueries.findReadable(Number(params.id), user)
    await bouncer.with(IncidentPolicy).authorize('update', incident)
    const data = await request.validateUsing(updateIncidentValidator, {
      meta: { siteId: incident.siteId },
    })
    const updated = await this.incidents.update(incident, data, actorFrom(ctx))
    return this.detail(updated, user, containerResolver)
  }

  protected async detail(
    incident: Incident,
    user: User,
    containerResolver: HttpContext['containerResolver']
  ) {
    await IncidentQueries.loadDetail(incident)
    const abilities = await new IncidentPolicy().abilitiesFor(user, [incident])
    return apiSerializer.serialize(
      IncidentTransformer.transform(incident, abilities).useVariant('forDetail'),
      containerResolver
    )
  }
}
