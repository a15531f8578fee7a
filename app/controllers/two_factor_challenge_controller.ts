import type { HttpContext } from '@adonisjs/core/http'

/** Placeholder until TOTP verification lands. */
export default class TwoFactorChallengeController {
  async create({ response }: HttpContext) {
    return response.redirect().toRoute('session.create')
  }

  async store({ response }: HttpContext) {
    return response.redirect().toRoute('session.create')
  }
}
