import type { I18n } from '@adonisjs/i18n'
import { RuleException } from '#exceptions/rule_exception'

/**
 * A step needs several things that are not there yet: the 422 names every
 * one of them (`<prefix>.<key>` translations, with their data), not only
 * the first.
 */
export class MissingPrerequisitesException extends RuleException {
  constructor(
    identifier: string,
    readonly prefix: string,
    readonly missing: { key: string; data?: Record<string, unknown> }[]
  ) {
    super(identifier, { missing: missing.map((item) => item.key) }, 'E_MISSING_PREREQUISITES')
  }

  translate(i18n: I18n) {
    const items = this.missing.map((item) => i18n.t(`${this.prefix}.${item.key}`, item.data ?? {}))
    return i18n.t(this.identifier, { items: items.join(' ') })
  }
}
