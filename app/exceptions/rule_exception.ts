import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import type { I18n } from '@adonisjs/i18n'

/**
 * A business rule refused a request the user can fix (a built-in role, an
 * illegal workflow step, a missing prerequisite). Carries a translation
 * key and its data: forms get the message flashed and go back, JSON
 * callers (and the API) get a 422 with the code and the message.
 */
export class RuleException extends Exception {
  static status = 422

  constructor(
    readonly identifier: string,
    readonly data: Record<string, unknown> = {},
    code = 'E_RULE'
  ) {
    super(identifier, { status: 422, code })
  }

  /** The message in the request's language; subclasses may translate data values too. */
  translate(i18n: I18n) {
    return i18n.t(this.identifier, this.data)
  }

  async handle(error: this, ctx: HttpContext) {
    const message = error.translate(ctx.i18n)
    const isForm = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(ctx.request.method())
    if (isForm && ctx.request.accepts(['html', 'json']) !== 'json' && 'session' in ctx) {
      ctx.session.flash('error', message)
      return ctx.response.redirect().back()
    }
    return ctx.response.status(422).send({ errors: [{ code: error.code, message }] })
  }
}
