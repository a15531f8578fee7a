import type { Group } from '@japa/runner/core'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import Role from '#models/role'
import { PermissionService } from '#services/permission_service'
import { demoEmail } from '#app/data/roles'
import { PASSWORD } from '#tests/functional/account/fixtures'

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

/** One more active account (password PASSWORD) holding `roleName`, organisation-wide. */
export async function userWithRole(email: string, roleName: string) {
  const user = await User.create({
    name: 'Extra Holder',
    email,
    password: PASSWORD,
    locale: 'en',
    status: 'active',
  })
  const granted = await role(roleName)
  await user.related('roles').attach({ [granted.id]: { site_id: null } })
  await PermissionService.invalidate()
  return user
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
