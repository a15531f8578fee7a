import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#models/user'
import { LoginThrottle } from '#services/login_throttle'
import { SecurityLog } from '#services/security_log'
import { SessionTracker } from '#services/session_tracker'

export const PENDING_TWO_FACTOR_KEY = 'pending_two_factor_user_id'
/** How long the TOTP step may follow the password step. */
export const PENDING_TWO_FACTOR_TTL_MS = 5 * 60_000

export type LoginAttempt =
  | { outcome: 'locked'; retryAfter: number }
  | { outcome: 'invalid' }
  | { outcome: 'two_factor'; user: User }
  | { outcome: 'authenticated'; user: User }

/**
 * Password login for the web: throttled per email + IP and per IP,
 * constant-time whether or not the email exists, hands over to the TOTP
 * challenge when the user has two-factor enabled, and records every
 * outcome in the security log.
 */
export class LoginService {
  static async attempt(ctx: HttpContext, email: string, password: string): Promise<LoginAttempt> {
    const throttle = new LoginThrottle(ctx, email)
    const blockedFor = await throttle.retryAfter()
    if (blockedFor > 0) {
      await SecurityLog.record('login.locked_out', {
        ctx,
        email,
        meta: { retry_after: blockedFor },
      })
      return { outcome: 'locked', retryAfter: blockedFor }
    }

    const user = await this.verify(email, password)
    if (!user) {
      const lockedFor = await throttle.fail()
      await SecurityLog.record('login.failed', { ctx, email })
      /* The fifth failure still gets the usual answer; attempts after it get 429 */
      if (lockedFor > 0) {
        await SecurityLog.record('login.locked_out', {
          ctx,
          email,
          meta: { retry_after: lockedFor },
        })
      }
      return { outcome: 'invalid' }
    }

    // With two-factor, failures are cleared only once the code is right as well.
    if (user.twoFactorEnabledAt) {
      ctx.session.regenerate()
      ctx.session.put(PENDING_TWO_FACTOR_KEY, {
        userId: user.id,
        expiresAt: Date.now() + PENDING_TWO_FACTOR_TTL_MS,
      })
      return { outcome: 'two_factor', user }
    }
    await throttle.succeed()
    await this.complete(ctx, user)
    return { outcome: 'authenticated', user }
  }

  /** Verifies credentials; a disabled account counts as invalid. */
  static async verify(email: string, password: string): Promise<User | null> {
    try {
      const user = await User.verifyCredentials(email, password)
      return user.isActive ? user : null
    } catch (error) {
      if (error instanceof authErrors.E_INVALID_CREDENTIALS) return null
      throw error
    }
  }

  /** Finishes a login: fresh session id, tracked session row, audit. */
  static async complete(ctx: HttpContext, user: User) {
    ctx.session.regenerate()
    ctx.session.forget(PENDING_TWO_FACTOR_KEY)
    await ctx.auth.use('web').login(user)
    await SessionTracker.start(ctx, user)
    user.lastLoginAt = DateTime.now()
    await user.save()
    await SecurityLog.record('login.succeeded', { ctx, userId: user.id, actorId: user.id })
  }

  static async logout(ctx: HttpContext) {
    const user = ctx.auth.use('web').user
    await SessionTracker.end(ctx)
    await ctx.auth.use('web').logout()
    if (user) await SecurityLog.record('logout', { ctx, userId: user.id, actorId: user.id })
  }
}
