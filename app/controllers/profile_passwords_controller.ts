import type { HttpContext } from '@adonisjs/core/http'
import { ProfileService } from '#services/profile_service'
import { updatePasswordValidator } from '#validators/account'

/**
 * Changing one's own password: needs the current one, and can sign out
 * every other session and API token at the same time.
 */
export default class ProfilePasswordsController {
  async update(ctx: HttpContext) {
    const { auth, request, response, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(updatePasswordValidator)
    const result = await ProfileService.changePassword(ctx, user, {
      currentPassword: payload.current_password,
      password: payload.password,
      logoutOthers: payload.logout_others ?? false,
    })

    if (result.outcome !== 'changed') {
      session.flashErrors({
        current_password:
          result.outcome === 'locked'
            ? i18n.t('account.password.throttled', { minutes: Math.ceil(result.retryAfter / 60) })
            : i18n.t('account.password.current_invalid'),
      })
      return response.redirect().toRoute('profile.show')
    }
    const message = payload.logout_others ? 'changed_others_signed_out' : 'changed'
    session.flash('success', i18n.t(`account.password.${message}`))
    return response.redirect().toRoute('profile.show')
  }
}
