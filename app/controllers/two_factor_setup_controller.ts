import type { HttpContext } from '@adonisjs/core/http'
import { RECOVERY_CODES_FLASH_KEY, TwoFactorService } from '#services/two_factor_service'
import { confirmPasswordValidator, enableTwoFactorValidator } from '#validators/two_factor'

/**
 * The signed-in user's own two-factor settings: enrol with a QR code,
 * confirm with a first code, or turn it off again.
 */
export default class TwoFactorSetupController {
  async show({ auth, inertia, response }: HttpContext) {
    const user = auth.getUserOrFail()
    response.header('Cache-Control', 'no-store')
    const required = TwoFactorService.enforced() && (await TwoFactorService.requiredFor(user))
    if (TwoFactorService.isEnabled(user)) {
      return inertia.render('two_factor/setup', {
        enabled: true,
        required,
        enabledAt: user.twoFactorEnabledAt!.toISO(),
        recoveryCodesLeft: TwoFactorService.recoveryCodesLeft(user),
        enrolment: null,
      })
    }
    const secret = await TwoFactorService.pendingSecret(user)
    return inertia.render('two_factor/setup', {
      enabled: false,
      required,
      enabledAt: null,
      recoveryCodesLeft: 0,
      enrolment: { secret, qrCode: await TwoFactorService.qrCode(user, secret) },
    })
  }

  async store(ctx: HttpContext) {
    const { auth, request, session, response, i18n } = ctx
    const user = auth.getUserOrFail()
    const { code } = await request.validateUsing(enableTwoFactorValidator)
    const codes = await TwoFactorService.enable(user, code, ctx)
    if (!codes) {
      session.flashErrors({ code: i18n.t('two_factor.invalid_code') })
      return response.redirect().toRoute('two_factor.setup')
    }
    session.flash(RECOVERY_CODES_FLASH_KEY, codes)
    session.flash('success', i18n.t('two_factor.enabled'))
    return response.redirect().toRoute('two_factor.recovery_codes')
  }

  async destroy(ctx: HttpContext) {
    const { auth, request, session, response, i18n } = ctx
    const user = auth.getUserOrFail()
    const { password } = await request.validateUsing(confirmPasswordValidator)
    if (!(await TwoFactorService.disable(user, password, ctx))) {
      session.flashErrors({ password: i18n.t('two_factor.wrong_password') })
      return response.redirect().toRoute('two_factor.setup')
    }
    session.flash('success', i18n.t('two_factor.disabled'))
    return response.redirect().toRoute('two_factor.setup')
  }
}
