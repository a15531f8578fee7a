import type { HttpContext } from '@adonisjs/core/http'

/** Placeholder: replaced by the health checks implementation. */
export default class HealthController {
  async live({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }

  async show({ response }: HttpContext) {
    return response.ok({ status: 'ok' })
  }
}
