import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'

/**
 * An administration rule refused the change (last super administrator,
 * role still held, built-in role...). Carries a translation key from
 * resources/lang/<locale>/admin.json: forms get the message flashed and go
 * back, JSON callers get a 422 with the message.
 */
export class AdminRuleException extends Exception {
  static status = 422
  static code = 'E_ADMIN_RULE'

  constructor(
    readonly identifier: string,
    readonly data: Record<string, unknown> = {}
  ) {
    super(identifier, { status: 422, code: 'E_ADMIN_RULE' })
  }

  async handle(error: this, ctx: HttpContext) {
    const message = ctx.i18n.t(error.identifier, error.data)
    const isForm = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(ctx.request.method())
    if (isForm && ctx.request.accepts(['html', 'json']) !== 'json' && 'session' in ctx) {
      ctx.session.flash('error', message)
      return ctx.response.redirect().back()
    }
    return ctx.response.status(422).send({ errors: [{ code: error.code, message }] })
  }
}
