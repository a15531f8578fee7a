import type { HttpContext } from '@adonisjs/core/http'

export default class DashboardController {
  async show({ bouncer, inertia }: HttpContext) {
    await bouncer.authorize('viewDashboard')
    return inertia.render('dashboard/show', {})
  }
}
