import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Role from '#models/role'
import { PermissionService } from '#services/permission_service'
import { PRIVILEGED_ROLES, SUPER_ADMIN, SuperAdmins } from '#services/super_admins'

/**
 * Who may view and change roles and their permission sets. The
 * super_admin and admin roles are changed by super administrators only;
 * super_admin always holds every permission; built-in roles stay.
 */
export default class RolePolicy extends BasePolicy {
  viewList(actor: User) {
    return PermissionService.can(actor, 'settings', 'read')
  }

  view(actor: User, _role: Role) {
    return PermissionService.can(actor, 'settings', 'read')
  }

  create(actor: User) {
    return PermissionService.can(actor, 'settings', 'configure')
  }

  /** Label and flags. */
  async update(actor: User, role: Role) {
    if (!(await PermissionService.can(actor, 'settings', 'configure'))) return false
    if (PRIVILEGED_ROLES.includes(role.name) && !(await SuperAdmins.holds(actor))) {
      return AuthorizationResponse.deny('Only a super administrator can change this role', 403).t(
        'admin.rules.privileged_role_edit',
        { role: role.label }
      )
    }
    return true
  }

  async updatePermissions(actor: User, role: Role) {
    const allowed = await this.update(actor, role)
    if (allowed !== true) return allowed
    if (role.name === SUPER_ADMIN) return this.refuse('admin.rules.super_admin_fixed')
    return true
  }

  async delete(actor: User, role: Role) {
    if (!(await PermissionService.can(actor, 'settings', 'configure'))) return false
    if (role.isBuiltin) return this.refuse('admin.rules.builtin_delete')
    return true
  }

  protected refuse(identifier: string) {
    return AuthorizationResponse.deny(identifier, 422).t(identifier)
  }
}
