import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn, RouteJSON } from '@adonisjs/core/types/http'
import { TwoFactorService } from '#services/two_factor_service'

/** Routes a signed-in user may reach before enrolling, besides enrolment and public ones. */
const ALWAYS_ALLOWED = new Set(['session.destroy', 'locale.update'])

const exemptions = new WeakMap<RouteJSON, boolean>()

/**
 * When a role of the signed-in user requires two-factor authentication
 * (and enforcement is on, see TwoFactorService.enforced), every page sends
 * them to enrolment, which explains why, until they have enrolled.
 * Enrolment itself, logout and routes anonymous by design (health, public
 * pages) stay reachable; the API refuses such users at token issuance.
 */
export default class RequireTwoFactorMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.use('web').user
    if (!user || !ctx.route || isExempt(ctx.route)) return next()
    if (!(await TwoFactorService.enrolmentRequired(user))) return next()
    return ctx.response.redirect().toRoute('two_factor.setup')
  }
}

function isExempt(route: RouteJSON): boolean {
  let exempt = exemptions.get(route)
  if (exempt === undefined) {
    const declared = [...route.middleware.all()] as { name?: string; args?: { to?: string } }[]
    exempt =
      route.pattern.startsWith('/api/') ||
      (route.name !== undefined &&
        (route.name.startsWith('two_factor.') || ALWAYS_ALLOWED.has(route.name))) ||
      declared.some(
        (entry) =>
          entry.name === 'guest' || (entry.name === 'access' && entry.args?.to === 'public')
      )
    exemptions.set(route, exempt)
  }
  return exempt
}
