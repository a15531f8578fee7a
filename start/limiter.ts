/*
|--------------------------------------------------------------------------
| HTTP rate limiters
|--------------------------------------------------------------------------
|
| Named throttles attached to routes. Login and public endpoints get their
| own, stricter limits where they are defined.
|
*/

import limiter from '@adonisjs/limiter/services/main'

export const apiThrottle = limiter.define('api', (ctx) => {
  return limiter
    .allowRequests(300)
    .every('1 minute')
    .usingKey(ctx.auth?.user ? `user_${ctx.auth.user.id}` : `ip_${ctx.request.ip()}`)
})

/** Anonymous reporting and follow-up: public, so limited per address. */
export const publicReportThrottle = limiter.define('public_report', (ctx) => {
  return limiter.allowRequests(10).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
})
