import { RuleException } from '#exceptions/rule_exception'

/**
 * An administration rule refused the change (last super administrator,
 * role still held, built-in role...). Carries a translation key from
 * resources/lang/<locale>/admin.json.
 */
export class AdminRuleException extends RuleException {
  static code = 'E_ADMIN_RULE'

  constructor(identifier: string, data: Record<string, unknown> = {}) {
    super(identifier, data, 'E_ADMIN_RULE')
  }
}
