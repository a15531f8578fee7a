import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import CorrectiveAction from '#models/corrective_action'
import { CapaService } from '#services/capa/capa_service'
import { abilityFor } from '#services/capa/capa_abilities'
import { actorFrom } from '#services/records/audit_trail'
import { capaStepValidator } from '#validators/corrective_action'

/**
 * Moves an action along its lifecycle: start, complete (with evidence),
 * verify (with the effectiveness review), send back, cancel.
 */
@inject()
export default class CorrectiveActionStepsController {
  constructor(protected capa: CapaService) {}

  async store(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const action = await CorrectiveAction.findOrFail(params.id)
    const { step, ...payload } = await request.validateUsing(capaStepValidator)
    await bouncer.with('CorrectiveActionPolicy').authorize(abilityFor(step), action)
    await this.capa.step(action, step, payload, actorFrom(ctx))
    session.flash('success', i18n.t(`capa.flash.${step}`, { number: action.number }))
    return response.redirect().toRoute('corrective_actions.show', { id: action.id })
  }
}
