import db from '@adonisjs/lucid/services/db'
import Role from '#models/role'
import Permission from '#models/permission'
import { AdminRuleException } from '#exceptions/admin_rule_exception'
import { PermissionService } from '#services/permission_service'
import { SecurityLog, type SecurityEventName } from '#services/security_log'
import { SUPER_ADMIN } from '#services/super_admins'
import type { Audit } from '#services/user_admin_service'

export type RoleFlags = { label: string; requiresTwoFactor: boolean; allSites: boolean }

/**
 * Roles and their permission sets. Every change invalidates the permission
 * cache after commit, so holders see the new set on their next request.
 *
 * A role that people still hold cannot be deleted: silently unassigning it
 * would strip access from people the administrator has not looked at. The
 * refusal names how many hold it; they are reassigned first, each change
 * logged as role.removed.
 */
export class RoleAdminService {
  /** Roles with how many people hold them and how many permissions they grant. */
  list() {
    return Role.query()
      .select('roles.*')
      .select(
        db
          .from('user_roles')
          .whereColumn('user_roles.role_id', 'roles.id')
          .countDistinct('user_roles.user_id')
          .as('users_count')
      )
      .select(
        db
          .from('role_permissions')
          .whereColumn('role_permissions.role_id', 'roles.id')
          .count('*')
          .as('permissions_count')
      )
      .orderBy('is_builtin', 'desc')
      .orderBy('label')
  }

  async holders(role: Role) {
    const row = await db
      .from('user_roles')
      .where('role_id', role.id)
      .countDistinct('user_id as total')
      .first()
    return Number(row?.total ?? 0)
  }

  async permissionKeys(role: Role): Promise<string[]> {
    const rows: { module: string; action: string }[] = await db
      .from('role_permissions')
      .join('permissions', 'permissions.id', 'role_permissions.permission_id')
      .where('role_permissions.role_id', role.id)
      .select('permissions.module', 'permissions.action')
    return rows.map((row) => `${row.module}.${row.action}`).sort()
  }

  async create(data: RoleFlags & { name: string }, audit: Audit) {
    const role = await db.transaction((trx) =>
      Role.create({ ...data, isBuiltin: false }, { client: trx })
    )
    await this.log(role, audit, 'role.created', { label: role.label })
    return role
  }

  /** Label and flags; the super administrator role always spans every site. */
  async update(role: Role, data: RoleFlags, audit: Audit) {
    if (role.name === SUPER_ADMIN && !data.allSites) {
      throw new AdminRuleException('admin.rules.super_admin_fixed')
    }
    const previous = {
      label: role.label,
      allSites: role.allSites,
      twoFactor: role.requiresTwoFactor,
    }
    await db.transaction(async (trx) => {
      role.useTransaction(trx)
      role.merge(data)
      await role.save()
    })
    await PermissionService.invalidate()

    if (previous.label !== role.label) {
      await this.log(role, audit, 'role.renamed', { from: previous.label, to: role.label })
    }
    if (previous.allSites !== role.allSites || previous.twoFactor !== role.requiresTwoFactor) {
      await this.log(role, audit, 'role.permissions_changed', {
        all_sites: role.allSites,
        requires_two_factor: role.requiresTwoFactor,
      })
    }
  }

  /** Replaces the role's permission set with `keys` (`module.action`). */
  async syncPermissions(role: Role, keys: string[], audit: Audit) {
    const before = new Set(await this.permissionKeys(role))
    const after = new Set(keys)
    const permissions = await Permission.all()
    const ids = permissions
      .filter((permission) => after.has(`${permission.module}.${permission.action}`))
      .map((permission) => permission.id)

    await db.transaction(async (trx) => {
      await trx.from('role_permissions').where('role_id', role.id).delete()
      if (ids.length > 0) {
        await trx
          .table('role_permissions')
          .insert(ids.map((permissionId) => ({ role_id: role.id, permission_id: permissionId })))
      }
    })
    await PermissionService.invalidate()

    const added = [...after].filter((key) => !before.has(key)).sort()
    const removed = [...before].filter((key) => !after.has(key)).sort()
    if (added.length > 0 || removed.length > 0) {
      await this.log(role, audit, 'role.permissions_changed', { added, removed })
    }
  }

  async delete(role: Role, audit: Audit) {
    await db.transaction(async (trx) => {
      await Role.query({ client: trx }).where('id', role.id).forUpdate().firstOrFail()
      const held = await trx
        .from('user_roles')
        .where('role_id', role.id)
        .countDistinct('user_id as total')
        .first()
      const count = Number(held?.total ?? 0)
      if (count > 0) throw new AdminRuleException('admin.rules.role_in_use', { count })
      await trx.from('roles').where('id', role.id).delete()
    })
    await PermissionService.invalidate()
    await this.log(role, audit, 'role.deleted', { label: role.label })
  }

  protected async log(
    role: Role,
    audit: Audit,
    event: SecurityEventName,
    meta: Record<string, unknown>
  ) {
    await SecurityLog.record(event, {
      ctx: audit.ctx,
      actorId: audit.actor?.id ?? null,
      meta: { role: role.name, ...meta },
    })
  }
}
