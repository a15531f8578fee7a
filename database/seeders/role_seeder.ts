import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Role from '#models/role'
import Permission from '#models/permission'
import { BUILTIN_ROLES } from '#app/data/roles'
import {
  ALL_SITES_ROLES,
  DEFAULT_ROLE_PERMISSIONS,
  PERMISSION_ACTIONS,
  PERMISSION_MODULES,
  TWO_FACTOR_ROLES,
  expandGrants,
} from '#app/data/permissions'
import { PermissionService } from '#services/permission_service'

/**
 * Safe on every deploy. Creates missing permissions and built-in roles and
 * gives a role its default permission set only when the role is new, so
 * an administrator's later edits survive. `super_admin` always holds every
 * permission: it cannot be locked out.
 */
export default class RoleSeeder extends BaseSeeder {
  static environment = ['development', 'test', 'production']

  async run() {
    const client = this.client
    const permissions = await Permission.updateOrCreateMany(
      ['module', 'action'],
      PERMISSION_MODULES.flatMap((module) =>
        PERMISSION_ACTIONS.map((action) => ({ module, action }))
      ),
      { client }
    )
    const idByKey = new Map(permissions.map((p) => [`${p.module}.${p.action}`, p.id]))

    for (const definition of BUILTIN_ROLES) {
      const existing = await Role.findBy('name', definition.name, { client })
      const role =
        existing ??
        (await Role.create(
          {
            name: definition.name,
            label: definition.label,
            isBuiltin: true,
            allSites: ALL_SITES_ROLES.includes(definition.name),
            requiresTwoFactor: TWO_FACTOR_ROLES.includes(definition.name),
          },
          { client }
        ))

      if (!existing || definition.name === 'super_admin') {
        const keys = expandGrants(DEFAULT_ROLE_PERMISSIONS[definition.name] ?? {})
        await role.related('permissions').sync(
          keys.map((key) => idByKey.get(key)!),
          definition.name !== 'super_admin'
        )
      }
    }
    await PermissionService.invalidate()
  }
}
