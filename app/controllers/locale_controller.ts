import type { HttpContext } from '@adonisjs/core/http'
import { localeValidator } from '#validators/session'

/**
 * The header's language switch: saved on the user when logged in, and in
 * a cookie so the login page follows too.
 */
export default class LocaleController {
  async update({ request, response, auth }: HttpContext) {
    const { locale } = await request.validateUsing(localeValidator)
    if (auth.user) {
      auth.user.locale = locale
      await auth.user.save()
    }
    response.plainCookie('locale', locale, { maxAge: '365d', httpOnly: true, sameSite: 'lax' })
    return response.redirect().back()
  }
}
