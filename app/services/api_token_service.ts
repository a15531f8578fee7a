import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import cache from '@adonisjs/cache/services/main'
import string from '@adonisjs/core/helpers/string'
import env from '#start/env'
import { Jwt, type JwtClaims } from '#auth/jwt'
import type User from '#models/user'
import RefreshToken from '#models/refresh_token'

const REFRESH_TTL_DAYS = 30

export class RefreshTokenError extends Error {
  constructor(readonly reason: 'unknown' | 'expired' | 'reused') {
    super(`Refresh token rejected (${reason})`)
  }
}

/** JWT_KEY, or in development and tests a key derived from APP_KEY. */
function signingKey() {
  const configured = env.get('JWT_KEY')
  if (configured) return configured
  return createHmac('sha256', env.get('APP_KEY').release()).update('jwt').digest('base64url')
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * Access JWTs (short-lived, HS256) and opaque refresh tokens stored hashed.
 * Refreshing rotates: the used token dies and a new one joins its family.
 * Presenting a dead token again revokes the whole family.
 */
export class ApiTokenService {
  static jwt = new Jwt(signingKey(), 'harmonihse360', 'harmonihse360-api')

  static accessTtlSeconds() {
    return Math.floor(string.milliseconds.parse(env.get('JWT_TTL')) / 1000)
  }

  static signAccessToken(user: User) {
    return this.jwt.sign(String(user.id), this.accessTtlSeconds())
  }

  static async verifyAccessToken(token: string): Promise<JwtClaims> {
    const claims = this.jwt.verify(token)
    if (await cache.has({ key: `revoked_jti:${claims.jti}` })) {
      throw new Error('Access token revoked')
    }
    return claims
  }

  /** Issues an access token plus a refresh token in a new (or given) family. */
  static async issue(user: User, familyId: string = randomUUID()) {
    const refreshToken = `rt_${randomBytes(32).toString('base64url')}`
    await RefreshToken.create({
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: DateTime.now().plus({ days: REFRESH_TTL_DAYS }),
    })
    const access = this.signAccessToken(user)
    return {
      tokenType: 'Bearer' as const,
      accessToken: access.token,
      expiresIn: this.accessTtlSeconds(),
      refreshToken,
      refreshExpiresIn: REFRESH_TTL_DAYS * 86_400,
    }
  }

  /**
   * Rotates a refresh token. Locks the row so two concurrent refreshes with
   * the same token cannot both succeed.
   */
  static async rotate(refreshToken: string, loadUser: (id: number) => Promise<User | null>) {
    const outcome = await db.transaction(async (trx) => {
      const row = await RefreshToken.query({ client: trx })
        .where('token_hash', hashToken(refreshToken))
        .forUpdate()
        .first()
      if (!row) return { error: new RefreshTokenError('unknown') }
      if (row.usedAt || row.revokedAt) {
        await RefreshToken.query({ client: trx })
          .where('family_id', row.familyId)
          .whereNull('revoked_at')
          .update({ revoked_at: DateTime.now().toSQL() })
        return { error: new RefreshTokenError('reused'), row }
      }
      if (row.expiresAt < DateTime.now()) return { error: new RefreshTokenError('expired'), row }
      row.useTransaction(trx)
      row.usedAt = DateTime.now()
      await row.save()
      return { row }
    })

    if (outcome.error) return { error: outcome.error, userId: outcome.row?.userId }
    const user = await loadUser(outcome.row.userId)
    if (!user || !user.isActive) return { error: new RefreshTokenError('unknown') }
    return { tokens: await this.issue(user, outcome.row.familyId), user }
  }

  /** Logout: revokes the refresh token's family and the current access token. */
  static async revoke(refreshToken: string | undefined, claims?: JwtClaims) {
    if (refreshToken) {
      const row = await RefreshToken.findBy('token_hash', hashToken(refreshToken))
      if (row) {
        await RefreshToken.query()
          .where('family_id', row.familyId)
          .whereNull('revoked_at')
          .update({ revoked_at: DateTime.now().toSQL() })
      }
    }
    if (claims) {
      const remaining = claims.exp - Math.floor(Date.now() / 1000)
      if (remaining > 0) {
        await cache.set({ key: `revoked_jti:${claims.jti}`, value: true, ttl: `${remaining}s` })
      }
    }
  }

  /** Kills every refresh token of a user (password reset, disable). */
  static async revokeAllFor(userId: number) {
    await RefreshToken.query()
      .where('user_id', userId)
      .whereNull('revoked_at')
      .update({ revoked_at: DateTime.now().toSQL() })
  }
}
