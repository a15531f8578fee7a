import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { healthVerdict, runHealthChecks } from '#start/health'
import { answerLiveness } from '#services/liveness'

/**
 * Answers health probes before any other middleware, so they skip the
 * router stack (sessions, CSRF, auth, access log):
 * - `/health/live` proves only that the process answers: a fixed response
 *   written straight to the socket (app/services/liveness.ts).
 * - `/health` and `/health/ready` from callers with neither a cookie nor an
 *   `x-health-token` (load balancers, uptime monitors) get the verdict
 *   without minting a session. Everyone else goes through the routes, where
 *   HealthController decides whether to show details.
 * The named routes stay in start/routes.ts for URL building.
 */
export default class HealthProbeMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    const { method, url, headers } = ctx.request.request
    if (method !== 'GET' && method !== 'HEAD') return next()
    if (answerLiveness(ctx.request.request, ctx.response.response)) return

    if ((url === '/health' || url === '/health/ready') && !headers.cookie) {
      if (headers['x-health-token'] === undefined) return this.verdict(ctx)
    }
    return next()
  }

  protected async verdict(ctx: HttpContext) {
    const { statusCode, body } = healthVerdict(await runHealthChecks())
    ctx.response.header('cache-control', 'no-store').status(statusCode).json(body)
  }
}
