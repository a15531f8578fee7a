import type { HttpContext } from '@adonisjs/core/http'
import { errors as lucidErrors } from '@adonisjs/lucid'
import UserSession from '#models/user_session'
import { SecurityLog } from '#services/security_log'
import { SessionTracker } from '#services/session_tracker'
import UserSessionTransformer from '#transformers/user_session_transformer'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The signed-in user's browser sessions: list them, sign others out. A
 * revoked session is logged out on its next request by the tracking
 * middleware. Other users' sessions do not exist from here (404).
 */
export default class UserSessionsController {
  async index(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const sessions = await SessionTracker.active(user.id)
    return ctx.inertia.render('profile/sessions', {
      sessions: UserSessionTransformer.transform(sessions, SessionTracker.currentId(ctx)),
    })
  }

  async destroy(ctx: HttpContext) {
    const { auth, params, response, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const row = UUID.test(params.id)
      ? await UserSession.query()
          .where('id', params.id)
          .where('user_id', user.id)
          .whereNull('revoked_at')
          .first()
      : null
    if (!row) throw new lucidErrors.E_ROW_NOT_FOUND()

    if (row.id === SessionTracker.currentId(ctx)) {
      session.flash('error', i18n.t('account.sessions.current'))
      return response.redirect().toRoute('user_sessions.index')
    }
    await SessionTracker.revoke(row)
    await SecurityLog.record('session.revoked', {
      ctx,
      userId: user.id,
      actorId: user.id,
      meta: { session_id: row.id },
    })
    session.flash('success', i18n.t('account.sessions.revoked'))
    return response.redirect().toRoute('user_sessions.index')
  }
}
