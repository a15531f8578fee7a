import type { I18n } from '@adonisjs/i18n'
import { RuleException } from '#exceptions/rule_exception'

/**
 * An incident cannot take this workflow step: the step is not allowed
 * from its status, or something the step needs is missing. The message
 * names both statuses (translated) and what is missing.
 */
export class InvalidTransitionException extends RuleException {
  static code = 'E_INVALID_TRANSITION'

  constructor(identifier: string, data: { from: string; to: string; [key: string]: unknown }) {
    super(identifier, data, 'E_INVALID_TRANSITION')
  }

  translate(i18n: I18n) {
    const status = (value: unknown) => i18n.t(`incidents.status.${String(value)}`)
    return i18n.t(this.identifier, {
      ...this.data,
      from: status(this.data.from),
      to: status(this.data.to),
    })
  }
}
