import type { Group } from '@japa/runner/core'
import { AuthorizationResponse } from '@adonisjs/bouncer'
import i18nManager from '@adonisjs/i18n/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import Role from '#models/role'
import { PermissionService } from '#services/permission_service'
import { demoEmail } from '#app/data/roles'

/** A seeded demo account, e.g. `demoUser('admin')`. */
export function demoUser(roleName: string) {
  return User.findByOrFail('email', demoEmail(roleName))
}

export function role(name: string) {
  return Role.findByOrFail('name', name)
}

/** A custom (not built-in) role nobody holds. */
export function customRole(name = 'night_shift_lead') {
  return Role.create({
    name,
    label: 'Night shift lead',
    isBuiltin: false,
    allSites: false,
    requiresTwoFactor: false,
  })
}

/** One more active account holding `roleName`, organisation-wide. */
export async function userWithRole(email: string, roleName: string) {
  const user = await User.create({
    name: 'Extra Holder',
    email,
    password: 'x'.repeat(16),
    status: 'active',
  })
  const granted = await role(roleName)
  await user.related('roles').attach({ [granted.id]: { site_id: null } })
  await PermissionService.invalidate()
  return user
}

export type Verdict = { allowed: boolean; status?: number; message?: string }

/**
 * A policy answer in one shape: allowed or not, and for a refusal its
 * status and English message (policies return booleans or responses).
 */
export async function verdict(answer: boolean | AuthorizationResponse | Promise<unknown>) {
  const result = (await answer) as boolean | AuthorizationResponse
  if (typeof result === 'boolean') return { allowed: result } as Verdict
  if (!(result instanceof AuthorizationResponse)) throw new Error('not a policy answer')
  const translation = result.translation
  return {
    allowed: result.authorized,
    status: result.status,
    message: translation
      ? i18nManager.locale('en').t(translation.identifier, translation.data)
      : result.message,
  } as Verdict
}

export const ALLOWED: Verdict = { allowed: true }
export const DENIED: Verdict = { allowed: false }

/** A record-rule refusal (422) with its English message. */
export function ruleRefusal(identifier: string, data?: Record<string, unknown>): Verdict {
  return { allowed: false, status: 422, message: i18nManager.locale('en').t(identifier, data) }
}

/** A missing privilege (403) with its English message. */
export function forbidden(identifier: string, data?: Record<string, unknown>): Verdict {
  return { allowed: false, status: 403, message: i18nManager.locale('en').t(identifier, data) }
}

/** Each test in a rolled-back transaction, with no permission set cached across tests. */
export function isolate(group: Group) {
  group.each.setup(async () => {
    const rollback = await testUtils.db().withGlobalTransaction()
    await PermissionService.invalidate()
    return async () => {
      await rollback()
      await PermissionService.invalidate()
    }
  })
}
