import env from '#start/env'
import { safeEqual } from '@adonisjs/core/helpers'
import type { HttpContext } from '@adonisjs/core/http'
import { healthDetails, healthVerdict, runHealthChecks } from '#start/health'

/** Roles that may read the detailed report through their session. */
const ADMIN_ROLES = ['super_admin', 'admin']

/**
 * Liveness and readiness probes. Everyone gets the verdict; the details
 * (per-check status, duration, message) need the HEALTH_TOKEN header or an
 * administrator's session. Cookie-less, token-less probes are usually
 * answered earlier by HealthProbeMiddleware, with the same verdict.
 */
export default class HealthController {
  async live({ response }: HttpContext) {
    return response.header('cache-control', 'no-store').ok({ status: 'ok' })
  }

  async show(ctx: HttpContext) {
    const report = await runHealthChecks()
    const { statusCode, body } = healthVerdict(report)
    const detailed = await this.mayReadDetails(ctx)

    return ctx.response
      .header('cache-control', 'no-store')
      .status(statusCode)
      .json(detailed ? healthDetails(report) : body)
  }

  /** The HEALTH_TOKEN header (compared in constant time), else an administrator. */
  protected async mayReadDetails({ request, auth }: HttpContext) {
    const expected = env.get('HEALTH_TOKEN')
    const given = request.header('x-health-token')
    if (expected && given && safeEqual(expected, given)) return true

    if (!auth.user) return false
    const adminRole = await auth.user
      .related('roles')
      .query()
      .whereIn('name', ADMIN_ROLES)
      .select('roles.id')
      .first()
    return adminRole !== null
  }
}
