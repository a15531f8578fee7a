import User from '#models/user'
import { errors as authErrors } from '@adonisjs/auth'
import type { HttpContext } from '@adonisjs/core/http'
import { loginValidator } from '#validators/session'

export default class SessionController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/login', {})
  }

  /**
   * Verifies credentials in constant time whether or not the email exists,
   * regenerates the session and lands on the dashboard.
   */
  async store({ request, auth, session, response, i18n }: HttpContext) {
    const { email, password } = await request.validateUsing(loginValidator)
    const user = await User.verifyCredentials(email, password).catch((error) => {
      if (error instanceof authErrors.E_INVALID_CREDENTIALS) return null
      throw error
    })

    if (!user || !user.isActive) {
      session.flashExcept(['password'])
      session.flashErrors({ email: i18n.t('auth.invalid_credentials') })
      return response.redirect().back()
    }

    session.regenerate()
    await auth.use('web').login(user)
    return response.redirect().toRoute('dashboard')
  }

  async destroy({ auth, response }: HttpContext) {
    await auth.use('web').logout()
    return response.redirect().toRoute('session.create')
  }
}
