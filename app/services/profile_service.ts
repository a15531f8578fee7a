import { DateTime } from 'luxon'
import limiter from '@adonisjs/limiter/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import { ApiTokenService } from '#services/api_token_service'
import { SecurityLog } from '#services/security_log'
import { SessionTracker } from '#services/session_tracker'

export type PasswordChange =
  | { outcome: 'changed' }
  | { outcome: 'invalid_current' }
  | { outcome: 'locked'; retryAfter: number }

const WINDOW = '15 mins'

/**
 * A signed-in user's own account: name, language and password. Wrong
 * current passwords are throttled per user (5 / 15 min), so a hijacked
 * session cannot be used to guess the password.
 */
export class ProfileService {
  static async update(ctx: HttpContext, user: User, data: { name: string; locale: string }) {
    user.merge(data)
    await user.save()
    await SecurityLog.record('user.updated', {
      ctx,
      userId: user.id,
      actorId: user.id,
      meta: { fields: ['name', 'locale'] },
    })
  }

  static async changePassword(
    ctx: HttpContext,
    user: User,
    data: { currentPassword: string; password: string; logoutOthers: boolean }
  ): Promise<PasswordChange> {
    const attempts = limiter.use({ requests: 5, duration: WINDOW, blockDuration: WINDOW })
    const key = `password_change:${user.id}`
    if (await attempts.isBlocked(key)) {
      return { outcome: 'locked', retryAfter: Math.max(1, await attempts.availableIn(key)) }
    }
    if (!(await user.verifyPassword(data.currentPassword))) {
      const response = await attempts.increment(key)
      if (response.remaining <= 0) await attempts.block(key, WINDOW)
      await SecurityLog.record('password.change_failed', { ctx, userId: user.id, actorId: user.id })
      return { outcome: 'invalid_current' }
    }
    await attempts.delete(key)

    user.password = data.password
    user.passwordChangedAt = DateTime.now()
    await user.save()
    if (data.logoutOthers) {
      await SessionTracker.revokeAll(user.id, SessionTracker.currentId(ctx))
      await ApiTokenService.revokeAllFor(user.id)
    }
    await SecurityLog.record('password.changed', {
      ctx,
      userId: user.id,
      actorId: user.id,
      meta: { other_sessions_revoked: data.logoutOthers },
    })
    return { outcome: 'changed' }
  }
}
