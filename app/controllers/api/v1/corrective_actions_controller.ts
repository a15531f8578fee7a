import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CorrectiveAction from '#models/corrective_action'
import { CapaService } from '#services/capa/capa_service'
import { CapaQueries } from '#services/capa/capa_queries'
import { abilityFor, capaAbilities } from '#services/capa/capa_abilities'
import { actorFrom } from '#services/records/audit_trail'
import { RecordActivity } from '#services/records/record_activity'
import CorrectiveActionTransformer from '#transformers/corrective_action_transformer'
import AttachmentTransformer from '#transformers/attachment_transformer'
import { apiSerializer } from '#transformers/api_serializer'
import { capaFiltersValidator, capaStepValidator } from '#validators/corrective_action'

/**
 * /api/v1/actions: my actions, one action, lifecycle steps (verify
 * included) and completion evidence. Same services and policy as the web.
 */
@inject()
export default class CorrectiveActionsController {
  constructor(protected capa: CapaService) {}

  async index({ request, auth, containerResolver }: HttpContext) {
    const filters = await capaFiltersValidator.validate(request.qs())
    const page = await CapaQueries.assignedTo(auth.getUserOrFail(), filters)
    return apiSerializer.serialize(
      CorrectiveActionTransformer.paginate(page.all(), page.getMeta()),
      containerResolver
    )
  }

  async show({ params, bouncer, containerResolver }: HttpContext) {
    const action = await CorrectiveAction.findOrFail(params.id)
    await bouncer.with('CorrectiveActionPolicy').authorize('view', action)
    await CapaQueries.load(action)
    const data = await apiSerializer.serialize(
      CorrectiveActionTransformer.transform(action),
      containerResolver
    )
    return { ...data, can: await capaAbilities(bouncer, action) }
  }

  async step(ctx: HttpContext) {
    const { params, request, bouncer, containerResolver } = ctx
    const action = await CorrectiveAction.findOrFail(params.id)
    const { step, ...payload } = await request.validateUsing(capaStepValidator)
    await bouncer.with('CorrectiveActionPolicy').authorize(abilityFor(step), action)
    const updated = await this.capa.step(action, step, payload, actorFrom(ctx))
    await CapaQueries.load(updated)
    return apiSerializer.serialize(
      CorrectiveActionTransformer.transform(updated),
      containerResolver
    )
  }

  async evidence(ctx: HttpContext) {
    const { params, request, response, bouncer, auth, i18n, containerResolver } = ctx
    const action = await CorrectiveAction.findOrFail(params.id)
    await bouncer.with('CorrectiveActionPolicy').authorize('complete', action)
    const stored = await RecordActivity.attach(
      { type: 'capa', id: action.id },
      request.files('files'),
      auth.getUserOrFail(),
      actorFrom(ctx),
      (key, data) => i18n.t(key, data)
    )
    response.status(201)
    return apiSerializer.serialize(AttachmentTransformer.transform(stored), containerResolver)
  }
}
