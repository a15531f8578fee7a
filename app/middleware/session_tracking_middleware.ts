import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { SessionTracker } from '#services/session_tracker'
import { SecurityLog } from '#services/security_log'

/**
 * Logs out a browser session that was revoked, idled out or reached its
 * absolute lifetime, before anything else sees the user.
 */
export default class SessionTrackingMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.use('web').user
    if (user) {
      const state = await SessionTracker.check(ctx, user)
      if (state !== 'valid') {
        await ctx.auth.use('web').logout()
        if (state !== 'revoked') {
          await SecurityLog.record('session.expired', {
            ctx,
            userId: user.id,
            meta: { reason: state },
          })
        }
        ctx.session.flash('error', ctx.i18n.t(`auth.session_${state}`))
      }
    }
    return next()
  }
}
