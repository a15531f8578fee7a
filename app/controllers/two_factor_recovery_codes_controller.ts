import type { HttpContext } from '@adonisjs/core/http'
import { SecurityLog } from '#services/security_log'
import { RECOVERY_CODES_FLASH_KEY, TwoFactorService } from '#services/two_factor_service'
import { confirmPasswordValidator } from '#validators/two_factor'

/**
 * Recovery codes are shown once, right after they are generated (carried
 * by a flash message), and can be replaced with the current password.
 */
export default class TwoFactorRecoveryCodesController {
  async show({ session, inertia, response }: HttpContext) {
    const codes = session.flashMessages.get(RECOVERY_CODES_FLASH_KEY) as string[] | undefined
    if (!Array.isArray(codes)) return response.redirect().toRoute('two_factor.setup')
    response.header('Cache-Control', 'no-store')
    return inertia.render('two_factor/recovery_codes', { codes })
  }

  async store(ctx: HttpContext) {
    const { auth, request, session, response, i18n } = ctx
    const user = auth.getUserOrFail()
    const { password } = await request.validateUsing(confirmPasswordValidator)
    const codes = await TwoFactorService.regenerateRecoveryCodes(user, password)
    if (!codes) {
      session.flashErrors({ password: i18n.t('two_factor.wrong_password') })
      return response.redirect().toRoute('two_factor.setup')
    }
    await SecurityLog.record('two_factor.recovery_regenerated', { ctx, userId: user.id })
    session.flash(RECOVERY_CODES_FLASH_KEY, codes)
    session.flash('success', i18n.t('two_factor.recovery_codes_regenerated'))
    return response.redirect().toRoute('two_factor.recovery_codes')
  }
}
