import { createHash, randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import { appUrl } from '#config/app'
import User from '#models/user'
import PasswordResetToken from '#models/password_reset_token'
import PasswordResetMail from '#mails/password_reset_mail'
import { ApiTokenService } from '#services/api_token_service'
import { SecurityLog } from '#services/security_log'
import { SessionTracker } from '#services/session_tracker'

export const RESET_TOKEN_TTL_MINUTES = 60
const WINDOW = '15 mins'

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** The public origin for links in mails: APP_URL, never the request's Host header. */
function publicOrigin() {
  return (appUrl ?? `http://${env.get('HOST', 'localhost')}:${env.get('PORT', 3333)}`).replace(
    /\/+$/,
    ''
  )
}

/**
 * Password reset by email. Requests answer the same way whether or not the
 * address belongs to an account: the lookup and token generation always
 * happen, and the mail leaves after the response path, so neither the reply
 * nor its timing tells the two apart. Tokens are 32 random bytes, stored as
 * a SHA-256 hash, single use, valid for an hour; only the newest one works.
 */
export class PasswordResetService {
  /**
   * Requests per email (5 / 15 min) and per IP (20 / 15 min: a site office
   * shares one address). Returns the seconds to wait, or 0 when allowed.
   */
  static async throttle(ctx: HttpContext, email: string): Promise<number> {
    const ip = ctx.request.ip()
    try {
      await limiter
        .multi([
          { key: `pwreset_email:${email.toLowerCase()}`, requests: 5, duration: WINDOW },
          { key: `pwreset_ip:${ip}`, requests: 20, duration: WINDOW },
        ])
        .consume()
      return 0
    } catch (error) {
      if (error instanceof limiterErrors.ThrottleException) {
        return Math.max(1, error.response.availableIn)
      }
      throw error
    }
  }

  static async request(ctx: HttpContext, email: string) {
    const token = randomBytes(32).toString('base64url')
    const tokenHash = hashToken(token)
    const user = await User.query().where('email', email).first()

    if (user?.isActive) {
      await db.transaction(async (trx) => {
        await PasswordResetToken.query({ client: trx })
          .where('user_id', user.id)
          .whereNull('used_at')
          .where('expires_at', '>', DateTime.now().toSQL())
          .update({ expires_at: DateTime.now().toSQL() })
        await PasswordResetToken.create(
          {
            userId: user.id,
            tokenHash,
            expiresAt: DateTime.now().plus({ minutes: RESET_TOKEN_TTL_MINUTES }),
          },
          { client: trx }
        )
      })
      this.deliver(user, token)
    }

    await SecurityLog.record('password.reset_requested', {
      ctx,
      userId: user?.id ?? null,
      email,
      meta: { account: Boolean(user?.isActive) },
    })
  }

  /** Sends without making the request wait; a failure is logged, never shown. */
  static deliver(user: User, token: string) {
    const url = urlFor('password_resets.edit', { token }, { prefixUrl: publicOrigin() })
    mail.send(new PasswordResetMail(user, url, RESET_TOKEN_TTL_MINUTES)).catch((error) => {
      logger.error({ err: error, userId: user.id }, 'password reset mail could not be sent')
    })
  }

  /** The token's row when it can still be used. */
  static async findUsable(token: string) {
    if (!token || token.length > 128) return null
    const row = await PasswordResetToken.findBy('token_hash', hashToken(token))
    return row && this.isUsable(row) ? row : null
  }

  private static isUsable(row: PasswordResetToken) {
    return !row.usedAt && row.expiresAt > DateTime.now()
  }

  /**
   * Sets the new password and consumes the token (row lock: a token works
   * once even under concurrent submits), then ends every session and API
   * refresh token of the user. Returns null when the token is not usable.
   */
  static async reset(ctx: HttpContext, token: string, password: string): Promise<User | null> {
    if (!token || token.length > 128) return null
    const user = await db.transaction(async (trx) => {
      const row = await PasswordResetToken.query({ client: trx })
        .where('token_hash', hashToken(token))
        .forUpdate()
        .first()
      if (!row || !this.isUsable(row)) return null
      const owner = await User.find(row.userId, { client: trx })
      if (!owner?.isActive) return null

      const now = DateTime.now()
      owner.password = password
      owner.passwordChangedAt = now
      await owner.save()
      await PasswordResetToken.query({ client: trx })
        .where('user_id', owner.id)
        .whereNull('used_at')
        .update({ used_at: now.toSQL() })
      return owner
    })
    if (!user) return null

    await SessionTracker.revokeAll(user.id)
    await ApiTokenService.revokeAllFor(user.id)
    await SecurityLog.record('password.reset', { ctx, userId: user.id, actorId: user.id })
    return user
  }
}
