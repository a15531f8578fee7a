import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { CapaService } from '#services/capa/capa_service'
import { CapaSources } from '#services/capa/capa_source'
import { actorFrom } from '#services/records/audit_trail'
import { createCapaValidator } from '#validators/corrective_action'

/**
 * Adds a corrective or preventive action to any registered record (web).
 * A record the user cannot read answers 404, like the other mechanisms.
 */
@inject()
export default class RecordCorrectiveActionsController {
  constructor(protected capa: CapaService) {}

  async store(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n, auth } = ctx
    const source = await CapaSources.readable(params.type, Number(params.id), auth.getUserOrFail())
    await bouncer.with('CorrectiveActionPolicy').authorize('create', source)
    const fields = await request.validateUsing(createCapaValidator)
    const action = await this.capa.create(source, fields, actorFrom(ctx))
    session.flash('success', i18n.t('capa.flash.created', { number: action.number }))
    return response.redirect().back()
  }
}
