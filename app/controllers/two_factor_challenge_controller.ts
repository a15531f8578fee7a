import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { LoginService, PENDING_TWO_FACTOR_KEY } from '#services/login_service'
import { LoginThrottle } from '#services/login_throttle'
import { SecurityLog } from '#services/security_log'
import { TwoFactorService } from '#services/two_factor_service'
import { twoFactorChallengeValidator } from '#validators/two_factor'

/**
 * The second step of a web login: a code from the authenticator app or a
 * recovery code, for the user LoginService left pending in the session.
 */
export default class TwoFactorChallengeController {
  async create(ctx: HttpContext) {
    if (!(await TwoFactorService.pendingUser(ctx))) return this.restart(ctx)
    return ctx.inertia.render('two_factor/challenge', {})
  }

  async store(ctx: HttpContext) {
    const { request, response, session, i18n } = ctx
    const user = await TwoFactorService.pendingUser(ctx)
    if (!user) return this.restart(ctx)
    const { code } = await request.validateUsing(twoFactorChallengeValidator)

    const throttle = new LoginThrottle(ctx, user.email)
    const blockedFor = Math.max(await throttle.retryAfter(), await TwoFactorService.lockedFor(user))
    if (blockedFor > 0) return this.lockedOut(ctx, user, blockedFor)

    const method = await TwoFactorService.verify(user, code)
    if (!method) {
      await SecurityLog.record('two_factor.failed', { ctx, userId: user.id, email: user.email })
      const lockedFor = Math.max(await throttle.fail(), await TwoFactorService.lockedFor(user))
      if (lockedFor > 0) return this.lockedOut(ctx, user, lockedFor)
      session.flashErrors({ code: i18n.t('two_factor.invalid_code') })
      return response.redirect().toRoute('two_factor.challenge')
    }

    await throttle.succeed()
    await LoginService.complete(ctx, user)
    if (method === 'recovery') {
      await SecurityLog.record('two_factor.recovery_used', { ctx, userId: user.id })
      const left = TwoFactorService.recoveryCodesLeft(user)
      session.flash('success', i18n.t('two_factor.recovery_code_used', { count: left }))
    }
    return response.redirect().toRoute('dashboard')
  }

  /** Too many failures: the password step has to be done again, later. */
  private async lockedOut(ctx: HttpContext, user: User, retryAfter: number) {
    await SecurityLog.record('login.locked_out', {
      ctx,
      userId: user.id,
      email: user.email,
      meta: { retry_after: retryAfter, two_factor: true },
    })
    ctx.session.forget(PENDING_TWO_FACTOR_KEY)
    ctx.response.header('Retry-After', String(retryAfter))
    ctx.response.status(429)
    return ctx.inertia.render('two_factor/challenge', {
      lockout: ctx.i18n.t('auth.locked_out', { minutes: Math.ceil(retryAfter / 60) }),
    })
  }

  private restart({ session, response, i18n }: HttpContext) {
    session.flash('error', i18n.t('two_factor.challenge_expired'))
    return response.redirect().toRoute('session.create')
  }
}
