import type Role from '#models/role'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A role for the administration pages. `usersCount` and `permissionsCount`
 * are filled when the query selected them (the roles list).
 */
export default class RoleTransformer extends BaseTransformer<Role> {
  toObject() {
    const role = this.resource
    return {
      ...this.pick(role, ['id', 'name', 'label', 'isBuiltin', 'requiresTwoFactor', 'allSites']),
      usersCount: Number(role.$extras.users_count ?? 0),
      permissionsCount: Number(role.$extras.permissions_count ?? 0),
    }
  }
}
