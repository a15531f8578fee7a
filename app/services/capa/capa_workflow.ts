import type CorrectiveAction from '#models/corrective_action'
import { RuleException } from '#exceptions/rule_exception'
import type { I18n } from '@adonisjs/i18n'

export type CapaStatus = CorrectiveAction['status']
export type CapaStep = 'start' | 'complete' | 'verify' | 'send_back' | 'cancel'

/**
 * The corrective action lifecycle: open → in_progress → done → verified,
 * or cancelled (with a reason) from any unfinished state. A verifier who
 * is not satisfied sends a done action back to in_progress.
 */
export const CAPA_STEPS: Record<CapaStep, { from: CapaStatus[]; to: CapaStatus }> = {
  start: { from: ['open'], to: 'in_progress' },
  complete: { from: ['open', 'in_progress'], to: 'done' },
  verify: { from: ['done'], to: 'verified' },
  send_back: { from: ['done'], to: 'in_progress' },
  cancel: { from: ['open', 'in_progress', 'done'], to: 'cancelled' },
}

/** The step cannot be taken from the action's status (422, translated). */
export class CapaTransitionException extends RuleException {
  constructor(step: CapaStep, from: CapaStatus) {
    super('capa.errors.invalid_step', { step, from }, 'E_INVALID_TRANSITION')
  }

  translate(i18n: I18n) {
    return i18n.t(this.identifier, {
      step: i18n.t(`capa.steps.${String(this.data.step)}`),
      from: i18n.t(`capa.status.${String(this.data.from)}`),
    })
  }
}

export const CapaWorkflow = {
  /** Steps the action can take now, whoever takes them. */
  available(status: CapaStatus): CapaStep[] {
    return (Object.keys(CAPA_STEPS) as CapaStep[]).filter((step) =>
      CAPA_STEPS[step].from.includes(status)
    )
  },

  /** The status a step leads to, or a CapaTransitionException. */
  target(status: CapaStatus, step: CapaStep): CapaStatus {
    const rule = CAPA_STEPS[step]
    if (!rule.from.includes(status)) throw new CapaTransitionException(step, status)
    return rule.to
  },
}
