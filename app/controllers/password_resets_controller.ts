import type { HttpContext } from '@adonisjs/core/http'
import { PasswordResetService } from '#services/password_reset_service'
import { passwordResetRequestValidator, passwordResetValidator } from '#validators/account'

/**
 * "Forgot password": request a link by email, then choose a new password
 * with it. Guests only.
 */
export default class PasswordResetsController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/forgot_password', {})
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n, inertia } = ctx
    const { email } = await request.validateUsing(passwordResetRequestValidator)
    const retryAfter = await PasswordResetService.throttle(ctx, email)
    if (retryAfter > 0) {
      response.header('Retry-After', String(retryAfter))
      response.status(429)
      return inertia.render('auth/forgot_password', {
        throttled: i18n.t('account.reset_request.throttled', {
          minutes: Math.ceil(retryAfter / 60),
        }),
      })
    }
    await PasswordResetService.request(ctx, email)
    session.flash('success', i18n.t('account.reset_request.sent'))
    return response.redirect().toRoute('password_resets.create')
  }

  async edit({ params, inertia, response }: HttpContext) {
    response.header('Referrer-Policy', 'no-referrer')
    if (!(await PasswordResetService.findUsable(params.token))) {
      return this.renderInvalid({ inertia, response })
    }
    return inertia.render('auth/reset_password', { token: params.token as string })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, session, i18n } = ctx
    if (!(await PasswordResetService.findUsable(params.token))) return this.renderInvalid(ctx)
    const { password } = await request.validateUsing(passwordResetValidator)
    const user = await PasswordResetService.reset(ctx, params.token, password)
    if (!user) return this.renderInvalid(ctx)
    session.flash('success', i18n.t('account.reset.done'))
    return response.redirect().toRoute('session.create')
  }

  /** Unknown, used and expired links look the same: 410 and a way to ask again. */
  private renderInvalid({ inertia, response }: Pick<HttpContext, 'inertia' | 'response'>) {
    response.status(410)
    return inertia.render('auth/reset_password', { token: null })
  }
}
