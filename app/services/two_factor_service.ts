import { createHash, randomInt } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import limiter from '@adonisjs/limiter/services/main'
import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import { SecurityLog } from '#services/security_log'
import { PENDING_TWO_FACTOR_KEY } from '#services/login_service'
import { generateSecret, keyUri, verifyTotp } from '#services/totp'
import { qrSvg } from '#services/qr_code'

const ISSUER = 'HarmoniHSE360'
const SECRET_PURPOSE = 'two_factor_secret'
const RECOVERY_CODE_COUNT = 10
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const MAX_USER_FAILURES = 10
const FAILURE_WINDOW = '15 mins'

export type TwoFactorMethod = 'totp' | 'recovery'

/** Flash key carrying freshly generated recovery codes to the page that shows them once. */
export const RECOVERY_CODES_FLASH_KEY = 'two_factor_recovery_codes'

/**
 * TOTP two-factor authentication: enrolment (encrypted secret, confirmed
 * with a first code), login verification (TOTP with replay protection, or a
 * single-use recovery code stored as a SHA-256 hash), recovery code
 * regeneration, disabling, admin reset, and the per-role enforcement.
 */
export class TwoFactorService {
  /**
   * Whether roles flagged `requires_two_factor` are enforced:
   * TWO_FACTOR_ENFORCE when set, otherwise on in production only. Read on
   * every call so tests can flip it.
   */
  static enforced(): boolean {
    const flag = process.env.TWO_FACTOR_ENFORCE?.trim().toLowerCase()
    if (flag) return flag === 'true' || flag === '1'
    return process.env.NODE_ENV === 'production'
  }

  /** True when any of the user's roles requires two-factor authentication. */
  static async requiredFor(user: User): Promise<boolean> {
    const row = await db
      .from('user_roles')
      .join('roles', 'roles.id', 'user_roles.role_id')
      .where('user_roles.user_id', user.id)
      .where('roles.requires_two_factor', true)
      .first()
    return Boolean(row)
  }

  /** The user must enrol before doing anything else. */
  static async enrolmentRequired(user: User): Promise<boolean> {
    if (user.twoFactorEnabledAt || !this.enforced()) return false
    return this.requiredFor(user)
  }

  static isEnabled(user: User) {
    return user.twoFactorEnabledAt !== null
  }

  static recoveryCodesLeft(user: User): number {
    return Array.isArray(user.twoFactorRecoveryCodes) ? user.twoFactorRecoveryCodes.length : 0
  }

  /**
   * The secret being enrolled: kept (encrypted) on the user until a code
   * confirms it, so reloading the page does not invalidate a scanned QR code.
   */
  static async pendingSecret(user: User): Promise<string> {
    if (this.isEnabled(user)) throw new Error('Two-factor authentication is already enabled')
    const existing = this.secretOf(user)
    if (existing) return existing
    const secret = generateSecret()
    user.twoFactorSecret = encryption.encrypt(secret, { purpose: SECRET_PURPOSE })
    await user.save()
    return secret
  }

  /** The otpauth:// URI as an SVG data URL, for authenticator apps to scan. */
  static async qrCode(user: User, secret: string): Promise<string> {
    const uri = keyUri({ secret, account: user.email, issuer: ISSUER })
    const svg = await qrSvg(uri, 220)
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  }

  /**
   * Confirms enrolment with a code from the app. Returns the new recovery
   * codes (shown once), or null when the code is wrong.
   */
  static async enable(user: User, code: string, ctx?: HttpContext): Promise<string[] | null> {
    const secret = this.secretOf(user)
    if (this.isEnabled(user) || !secret) return null
    const step = verifyTotp(secret, code)
    if (step === null || !(await this.consumeStep(user, step))) return null

    const codes = this.newRecoveryCodes()
    if (!(await this.storeRecoveryCodes(user, codes, { enabling: true }))) return null
    await SecurityLog.record('two_factor.enabled', { ctx, userId: user.id, actorId: user.id })
    return codes
  }

  /** Turns two-factor off after re-checking the password. */
  static async disable(user: User, password: string, ctx?: HttpContext): Promise<boolean> {
    if (!this.isEnabled(user) || !(await user.verifyPassword(password))) {
      return false
    }
    await this.clear(user)
    await SecurityLog.record('two_factor.disabled', { ctx, userId: user.id, actorId: user.id })
    return true
  }

  /** Replaces every recovery code after re-checking the password. */
  static async regenerateRecoveryCodes(user: User, password: string): Promise<string[] | null> {
    if (!this.isEnabled(user) || !(await user.verifyPassword(password))) {
      return null
    }
    const codes = this.newRecoveryCodes()
    await this.storeRecoveryCodes(user, codes)
    return codes
  }

  /** Admin reset (lost device): the user enrols again at next sign-in. */
  static async reset(user: User, actor: User, ctx?: HttpContext) {
    await this.clear(user)
    await SecurityLog.record('two_factor.reset', { ctx, userId: user.id, actorId: actor.id })
  }

  /**
   * The second factor at login: a TOTP code or an unused recovery code.
   * Failures count per user across IPs; past the limit nothing verifies
   * until the window ends.
   */
  static async verify(user: User, code: string): Promise<TwoFactorMethod | null> {
    const failures = this.failures()
    const key = `two_factor:${user.id}`
    if (!this.isEnabled(user) || (await failures.isBlocked(key))) return null

    const method = await this.check(user, code)
    if (method) return method
    const response = await failures.increment(key)
    if (response.remaining <= 0) await failures.block(key, FAILURE_WINDOW)
    return null
  }

  static async verifyLogin(user: User, code: string): Promise<boolean> {
    return (await this.verify(user, code)) !== null
  }

  /** Seconds until this user's second factor may be tried again, 0 when allowed. */
  static async lockedFor(user: User): Promise<number> {
    const key = `two_factor:${user.id}`
    const failures = this.failures()
    return (await failures.isBlocked(key)) ? Math.max(1, await failures.availableIn(key)) : 0
  }

  /**
   * The user waiting for the TOTP step of a web login (set by LoginService),
   * or null when there is none, it expired, or the account changed since.
   */
  static async pendingUser(ctx: HttpContext): Promise<User | null> {
    const pending = ctx.session.get(PENDING_TWO_FACTOR_KEY) as
      { userId: number; expiresAt: number } | undefined
    if (!pending?.userId || !(pending.expiresAt > Date.now())) {
      if (pending) ctx.session.forget(PENDING_TWO_FACTOR_KEY)
      return null
    }
    const user = await User.find(pending.userId)
    if (!user?.isActive || !this.isEnabled(user)) {
      ctx.session.forget(PENDING_TWO_FACTOR_KEY)
      return null
    }
    return user
  }

  private static async check(user: User, code: string): Promise<TwoFactorMethod | null> {
    const candidate = code.replace(/\s/g, '')
    if (/^\d{6}$/.test(candidate)) {
      const secret = this.secretOf(user)
      const step = secret ? verifyTotp(secret, candidate) : null
      return step !== null && (await this.consumeStep(user, step)) ? 'totp' : null
    }
    return (await this.consumeRecoveryCode(user, candidate)) ? 'recovery' : null
  }

  private static secretOf(user: User): string | null {
    if (!user.twoFactorSecret) return null
    return encryption.decrypt<string>(user.twoFactorSecret, SECRET_PURPOSE)
  }

  /**
   * Records the time step a code was used for, atomically and only when it
   * is later than the last one used: the same code (or an older one) is
   * refused, even by two requests racing each other.
   */
  private static async consumeStep(user: User, step: number): Promise<boolean> {
    const rows = await db
      .from('users')
      .where('id', user.id)
      .where((query) =>
        query.whereNull('two_factor_last_step').orWhere('two_factor_last_step', '<', step)
      )
      .update({ two_factor_last_step: step })
      .returning('id')
    return rows.length > 0
  }

  /** Removes a recovery code in the same statement that checks it: single use, race-free. */
  private static async consumeRecoveryCode(user: User, code: string): Promise<boolean> {
    if (this.normalise(code).length !== 10) return false
    const digest = this.hashRecoveryCode(code)
    const rows = await db
      .from('users')
      .where('id', user.id)
      .whereRaw('jsonb_exists(two_factor_recovery_codes, ?::text)', [digest])
      .update({
        two_factor_recovery_codes: db.raw('two_factor_recovery_codes - ?::text', [digest]),
      })
      .returning('id')
    if (rows.length === 0) return false
    await user.refresh()
    return true
  }

  private static async clear(user: User) {
    await db.from('users').where('id', user.id).update({
      two_factor_secret: null,
      two_factor_recovery_codes: null,
      two_factor_enabled_at: null,
      two_factor_last_step: null,
      updated_at: new Date(),
    })
    await user.refresh()
  }

  /**
   * Stores the hashes of new recovery codes, and with `enabling` turns
   * two-factor on unless a concurrent request already did. The jsonb value
   * is sent as JSON text: node-pg would turn a JS array into a Postgres array.
   */
  private static async storeRecoveryCodes(
    user: User,
    codes: string[],
    options: { enabling?: boolean } = {}
  ): Promise<boolean> {
    const query = db.from('users').where('id', user.id)
    if (options.enabling) query.whereNull('two_factor_enabled_at')
    const now = new Date()
    const rows = await query
      .update({
        two_factor_recovery_codes: JSON.stringify(codes.map((code) => this.hashRecoveryCode(code))),
        ...(options.enabling ? { two_factor_enabled_at: now } : {}),
        updated_at: now,
      })
      .returning('id')
    await user.refresh()
    return rows.length > 0
  }

  /** Ten codes like `k7m2p-x9q4t` (about 49 bits each). */
  private static newRecoveryCodes(): string[] {
    return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      let code = ''
      for (let index = 0; index < 10; index++) {
        code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]
      }
      return `${code.slice(0, 5)}-${code.slice(5)}`
    })
  }

  /** Case, spaces and dashes do not matter when typing a recovery code. */
  private static normalise(code: string) {
    return code.toLowerCase().replace(/[^a-z0-9]/g, '')
  }

  private static hashRecoveryCode(code: string) {
    return createHash('sha256').update(this.normalise(code)).digest('hex')
  }

  private static failures() {
    return limiter.use({
      requests: MAX_USER_FAILURES,
      duration: FAILURE_WINDOW,
      blockDuration: FAILURE_WINDOW,
    })
  }
}
