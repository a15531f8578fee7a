import type { HttpContext } from '@adonisjs/core/http'
import { Exception } from '@adonisjs/core/exceptions'
import User from '#models/user'
import { LoginService } from '#services/login_service'
import { LoginThrottle } from '#services/login_throttle'
import { SecurityLog } from '#services/security_log'
import { TwoFactorService } from '#services/two_factor_service'
import { ApiTokenService } from '#services/api_token_service'
import { logoutValidator, refreshValidator, tokenValidator } from '#validators/api_auth'

const unauthorized = (message: string, code: string) =>
  new Exception(message, { status: 401, code })

/**
 * POST /api/v1/auth/token, /refresh and /logout.
 */
export default class AuthTokensController {
  async store(ctx: HttpContext) {
    const { request, response, i18n } = ctx
    const { email, password, otp } = await request.validateUsing(tokenValidator)
    const throttle = new LoginThrottle(ctx, email)

    const blockedFor = await throttle.retryAfter()
    if (blockedFor > 0) {
      await SecurityLog.record('login.locked_out', { ctx, email, meta: { api: true } })
      response.header('Retry-After', String(blockedFor))
      throw new Exception(i18n.t('auth.locked_out', { minutes: Math.ceil(blockedFor / 60) }), {
        status: 429,
        code: 'E_TOO_MANY_REQUESTS',
      })
    }

    const user = await LoginService.verify(email, password)
    if (!user) {
      await throttle.fail()
      await SecurityLog.record('login.failed', { ctx, email, meta: { api: true } })
      throw unauthorized(i18n.t('auth.invalid_credentials'), 'E_INVALID_CREDENTIALS')
    }

    if (user.twoFactorEnabledAt) {
      if (!otp) throw unauthorized(i18n.t('auth.otp_required'), 'E_OTP_REQUIRED')
      if (!(await TwoFactorService.verifyLogin(user, otp))) {
        await throttle.fail()
        await SecurityLog.record('two_factor.failed', { ctx, userId: user.id, meta: { api: true } })
        throw unauthorized(i18n.t('auth.otp_invalid'), 'E_OTP_INVALID')
      }
    } else if (await TwoFactorService.enrolmentRequired(user)) {
      throw new Exception(i18n.t('two_factor.enrolment_required_api'), {
        status: 403,
        code: 'E_TWO_FACTOR_ENROLMENT_REQUIRED',
      })
    }

    await throttle.succeed()
    const tokens = await ApiTokenService.issue(user)
    await SecurityLog.record('token.issued', { ctx, userId: user.id, actorId: user.id })
    return response.created(tokens)
  }

  async refresh(ctx: HttpContext) {
    const { refreshToken } = await ctx.request.validateUsing(refreshValidator)
    const result = await ApiTokenService.rotate(refreshToken, (id) => User.find(id))

    if (result.error) {
      if (result.error.reason === 'reused') {
        await SecurityLog.record('token.reuse_detected', { ctx, userId: result.userId ?? null })
      }
      throw unauthorized(ctx.i18n.t('auth.refresh_invalid'), 'E_REFRESH_TOKEN_INVALID')
    }
    await SecurityLog.record('token.refreshed', {
      ctx,
      userId: result.user.id,
      actorId: result.user.id,
    })
    return result.tokens
  }

  async destroy(ctx: HttpContext) {
    const { refreshToken } = await ctx.request.validateUsing(logoutValidator)
    const guard = ctx.auth.use('api')
    await ApiTokenService.revoke(refreshToken, guard.claims)
    await SecurityLog.record('token.revoked', { ctx, userId: guard.user?.id ?? null })
    return ctx.response.noContent()
  }
}
