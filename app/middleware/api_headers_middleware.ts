import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { isApiRequest } from '#middleware/browser_only'

const HSTS = `max-age=${365 * 24 * 60 * 60}; includeSubDomains`

/**
 * The security headers Shield sets on pages, for the API, which skips
 * Shield (it has no session to keep a CSRF secret in): HSTS, no sniffing,
 * and a policy that lets a JSON response load or frame nothing.
 */
export default class ApiHeadersMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    if (isApiRequest(ctx)) {
      ctx.response.header('strict-transport-security', HSTS)
      ctx.response.header('x-content-type-options', 'nosniff')
      ctx.response.header('x-frame-options', 'DENY')
      ctx.response.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    }
    return next()
  }
}
