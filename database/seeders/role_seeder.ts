import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Role from '#models/role'
import { BUILTIN_ROLES } from '#app/data/roles'

/**
 * Idempotent: inserts missing built-in roles and refreshes their labels.
 */
export default class RoleSeeder extends BaseSeeder {
  static environment = ['development', 'test', 'production']

  async run() {
    await Role.updateOrCreateMany(
      'name',
      BUILTIN_ROLES.map((role) => ({ ...role, isBuiltin: true })),
      { client: this.client }
    )
  }
}
