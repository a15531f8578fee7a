import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CorrectiveAction from '#models/corrective_action'
import { CapaService } from '#services/capa/capa_service'
import { CapaQueries } from '#services/capa/capa_queries'
import { capaAbilities } from '#services/capa/capa_abilities'
import { actorFrom } from '#services/records/audit_trail'
import { Timeline } from '#services/records/timeline'
import { AttachmentService } from '#services/records/attachment_service'
import CorrectiveActionTransformer from '#transformers/corrective_action_transformer'
import AttachmentTransformer from '#transformers/attachment_transformer'
import { capaFiltersValidator, updateCapaValidator } from '#validators/corrective_action'

/**
 * "My actions" across every module, one action's page, and changes to
 * its plan. Lifecycle steps have their own controller.
 */
@inject()
export default class CorrectiveActionsController {
  constructor(protected capa: CapaService) {}

  async index({ request, inertia, auth }: HttpContext) {
    const [, valid] = await capaFiltersValidator.tryValidate(request.qs())
    const filters = valid ?? {}
    const page = await CapaQueries.assignedTo(auth.getUserOrFail(), filters)
    return inertia.render('corrective_actions/index', {
      actions: CorrectiveActionTransformer.paginate(page.all(), page.getMeta()),
      filters: {
        status: filters.status ?? 'pending',
        priority: filters.priority ?? null,
        sort: filters.sort ?? 'due',
      },
    })
  }

  async show({ params, inertia, bouncer }: HttpContext) {
    const action = await CorrectiveAction.findOrFail(params.id)
    await bouncer.with('CorrectiveActionPolicy').authorize('view', action)
    await CapaQueries.load(action)
    const entries = await Timeline.for('capa', action.id)
    return inertia.render('corrective_actions/show', {
      action: CorrectiveActionTransformer.transform(action),
      timeline: entries.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        body: entry.body,
        data: entry.data,
        author: entry.author ? entry.author.name : null,
        createdAt: entry.createdAt.toISO()!,
      })),
      evidence: AttachmentTransformer.transform(await AttachmentService.for('capa', action.id)),
      can: await capaAbilities(bouncer, action),
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const action = await CorrectiveAction.findOrFail(params.id)
    await bouncer.with('CorrectiveActionPolicy').authorize('update', action)
    const fields = await request.validateUsing(updateCapaValidator)
    await this.capa.update(action, fields, actorFrom(ctx))
    session.flash('success', i18n.t('capa.flash.updated', { number: action.number }))
    return response.redirect().toRoute('corrective_actions.show', { id: action.id })
  }
}
