import type { HttpContext } from '@adonisjs/core/http'
import i18nManager from '@adonisjs/i18n/services/main'
import { ProfileService } from '#services/profile_service'
import UserTransformer from '#transformers/user_transformer'
import { updateProfileValidator } from '#validators/account'

/**
 * The signed-in user's own profile: name and language.
 */
export default class ProfileController {
  async show({ auth, inertia }: HttpContext) {
    return inertia.render('profile/show', {
      profile: UserTransformer.transform(auth.getUserOrFail()),
    })
  }

  async update(ctx: HttpContext) {
    const { auth, request, response, session } = ctx
    const user = auth.getUserOrFail()
    const data = await request.validateUsing(updateProfileValidator)
    await ProfileService.update(ctx, user, data)
    response.plainCookie('locale', data.locale, { maxAge: '365d', httpOnly: true, sameSite: 'lax' })
    session.flash('success', i18nManager.locale(data.locale).t('account.profile.updated'))
    return response.redirect().toRoute('profile.show')
  }
}
