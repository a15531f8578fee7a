import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

export type AccessDeclaration = { to: 'public' | 'everyone' }

/**
 * Declares who a route is for when no permission applies: `public`
 * (anonymous by design, e.g. health probes) or `everyone` (any signed-in
 * user, e.g. logout, own profile). Purely declarative: `auth` does the
 * enforcing. The authorization matrix test refuses routes without a
 * declaration.
 */
export default class AccessMiddleware {
  handle(_ctx: HttpContext, next: NextFn, _declaration: AccessDeclaration) {
    return next()
  }
}
