import type { HttpContext } from '@adonisjs/core/http'
import { loginValidator } from '#validators/session'
import { LoginService } from '#services/login_service'

export default class SessionController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  async store(ctx: HttpContext) {
    const { request, session, response, i18n, inertia } = ctx
    const { email, password } = await request.validateUsing(loginValidator)
    const attempt = await LoginService.attempt(ctx, email, password)

    switch (attempt.outcome) {
      case 'authenticated':
        return response.redirect().toRoute('dashboard')
      case 'two_factor':
        return response.redirect().toRoute('two_factor.challenge')
      case 'locked': {
        const minutes = Math.ceil(attempt.retryAfter / 60)
        response.header('Retry-After', String(attempt.retryAfter))
        response.status(429)
        return inertia.render('auth/login', {
          lockout: i18n.t('auth.locked_out', { minutes }),
        })
      }
      default:
        session.flashExcept(['password'])
        session.flashErrors({ email: i18n.t('auth.invalid_credentials') })
        return response.redirect().back()
    }
  }

  async destroy(ctx: HttpContext) {
    await LoginService.logout(ctx)
    return ctx.response.redirect().toRoute('session.create')
  }
}
