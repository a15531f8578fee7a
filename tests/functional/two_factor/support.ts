import limiter from '@adonisjs/limiter/services/main'
import User from '#models/user'
import SecurityEvent from '#models/security_event'
import UserSession from '#models/user_session'
import { TwoFactorService } from '#services/two_factor_service'
import { totp } from '#services/totp'
import { demoEmail } from '#app/data/roles'

/** The TOTP code `offset` steps (30 s each) away from now. */
export function codeAt(secret: string, offset = 0) {
  return totp(secret, { time: Date.now() + offset * 30_000 })
}

/** A well-formed code that is valid for none of the accepted steps. */
export function wrongCode(secret: string) {
  const valid = [-1, 0, 1, 2].map((offset) => codeAt(secret, offset))
  let candidate = 0
  while (valid.includes(String(candidate).padStart(6, '0'))) candidate++
  return String(candidate).padStart(6, '0')
}

/**
 * Enrols a demo user the way the setup page does, confirming with the
 * previous step's code so the current and next codes are still unused.
 */
export async function enrolledDemoUser(role = 'hse_manager') {
  const user = await User.findByOrFail('email', demoEmail(role))
  const secret = await TwoFactorService.pendingSecret(user)
  const recoveryCodes = await TwoFactorService.enable(user, codeAt(secret, -1))
  if (!recoveryCodes) throw new Error('enrolment failed')
  return { user, secret, recoveryCodes }
}

/** Lockouts live in the limiter store, outside the test transaction. */
export async function clearLimits() {
  await limiter.clear()
}

/** Sets TWO_FACTOR_ENFORCE for one test; returns the restore function. */
export function enforceTwoFactor(value: 'true' | 'false' = 'true') {
  const previous = process.env.TWO_FACTOR_ENFORCE
  process.env.TWO_FACTOR_ENFORCE = value
  return () => {
    if (previous === undefined) delete process.env.TWO_FACTOR_ENFORCE
    else process.env.TWO_FACTOR_ENFORCE = previous
  }
}

/** How many security events of a kind a user has. */
export async function securityEvents(event: string, userId: number) {
  const rows = await SecurityEvent.query().where('event', event).where('user_id', userId)
  return rows.length
}

export async function activeSessions(userId: number) {
  const rows = await UserSession.query().where('user_id', userId).whereNull('revoked_at')
  return rows.length
}
