import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import { PermissionService } from '#services/permission_service'

export const SUPER_ADMIN = 'super_admin'

/** Roles only a super administrator may grant, remove or edit. */
export const PRIVILEGED_ROLES = ['super_admin', 'admin']

/** Any stable number: the key of the advisory lock below. */
const GUARD_LOCK_KEY = 360_001

/**
 * The organisation must keep at least one active super administrator.
 * Transactions that could remove the last one (disable, role removal) take
 * `lock()` first, so two concurrent changes cannot each see "another one
 * is left" and both go through.
 */
export class SuperAdmins {
  static async holds(user: User) {
    const permissions = await PermissionService.forUser(user)
    return permissions.hasRole(SUPER_ADMIN)
  }

  static async lock(trx: TransactionClientContract) {
    await trx.rawQuery('SELECT pg_advisory_xact_lock(?)', [GUARD_LOCK_KEY])
  }

  static async activeIds(client: TransactionClientContract | typeof db = db): Promise<number[]> {
    const rows: { id: number }[] = await client
      .from('users')
      .where('status', 'active')
      .whereIn(
        'id',
        client
          .from('user_roles')
          .join('roles', 'roles.id', 'user_roles.role_id')
          .where('roles.name', SUPER_ADMIN)
          .select('user_roles.user_id')
      )
      .select('id')
    return rows.map((row) => row.id)
  }

  /** True when the user is the only active super administrator left. */
  static async isLastActive(userId: number, client?: TransactionClientContract) {
    const ids = await this.activeIds(client)
    return ids.length === 1 && ids[0] === userId
  }
}
