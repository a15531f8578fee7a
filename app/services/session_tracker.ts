import { DateTime } from 'luxon'
import string from '@adonisjs/core/helpers/string'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import type User from '#models/user'
import UserSession from '#models/user_session'

const SESSION_KEY = 'tracked_session_id'
const TOUCH_EVERY_MS = 60_000

export type SessionCheck = 'valid' | 'revoked' | 'idle' | 'expired'

/**
 * Every browser login gets a row in user_sessions. The row makes sessions
 * listable and revocable whatever the session store, and carries the idle
 * and absolute expiry (SESSION_IDLE_TIMEOUT, SESSION_ABSOLUTE_TIMEOUT).
 */
export class SessionTracker {
  static idleMs = () => string.milliseconds.parse(env.get('SESSION_IDLE_TIMEOUT'))
  static absoluteMs = () => string.milliseconds.parse(env.get('SESSION_ABSOLUTE_TIMEOUT'))

  static async start(ctx: HttpContext, user: User) {
    const row = await UserSession.create({
      userId: user.id,
      ipAddress: ctx.request.ip(),
      userAgent: ctx.request.header('user-agent')?.slice(0, 512) ?? null,
    })
    ctx.session.put(SESSION_KEY, row.id)
    return row
  }

  static currentId(ctx: HttpContext): string | undefined {
    return ctx.session.get(SESSION_KEY)
  }

  /**
   * Validates the current session row and refreshes its last-seen time. A
   * login that did not go through LoginService (test helpers) starts being
   * tracked here.
   */
  static async check(ctx: HttpContext, user: User): Promise<SessionCheck> {
    const id = this.currentId(ctx)
    if (!id) {
      await this.start(ctx, user)
      return 'valid'
    }
    const row = await UserSession.find(id)
    if (!row || row.userId !== user.id || row.revokedAt) return 'revoked'

    const now = DateTime.now()
    if (now.diff(row.createdAt).as('milliseconds') > this.absoluteMs()) {
      await this.revoke(row)
      return 'expired'
    }
    if (now.diff(row.lastSeenAt).as('milliseconds') > this.idleMs()) {
      await this.revoke(row)
      return 'idle'
    }
    if (now.diff(row.lastSeenAt).as('milliseconds') > TOUCH_EVERY_MS) {
      row.lastSeenAt = now
      await row.save()
    }
    return 'valid'
  }

  static async revoke(row: UserSession) {
    if (row.revokedAt) return
    row.revokedAt = DateTime.now()
    await row.save()
  }

  static async end(ctx: HttpContext) {
    const id = this.currentId(ctx)
    const row = id ? await UserSession.find(id) : null
    if (row) await this.revoke(row)
    ctx.session.forget(SESSION_KEY)
  }

  /** Revokes all of a user's sessions, optionally sparing one. */
  static async revokeAll(userId: number, exceptId?: string) {
    const query = UserSession.query().where('user_id', userId).whereNull('revoked_at')
    if (exceptId) query.whereNot('id', exceptId)
    await query.update({ revoked_at: DateTime.now().toSQL() })
  }

  static active(userId: number) {
    return UserSession.query()
      .where('user_id', userId)
      .whereNull('revoked_at')
      .where('last_seen_at', '>', DateTime.now().minus({ milliseconds: this.idleMs() }).toSQL()!)
      .where('created_at', '>', DateTime.now().minus({ milliseconds: this.absoluteMs() }).toSQL()!)
      .orderBy('last_seen_at', 'desc')
  }
}
