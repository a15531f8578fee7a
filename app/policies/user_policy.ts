import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Role from '#models/role'
import { PermissionService } from '#services/permission_service'
import { PRIVILEGED_ROLES, SUPER_ADMIN, SuperAdmins } from '#services/super_admins'

/**
 * Who may manage which user account. The route already checked the
 * module permission; these methods add the record rules:
 * - only a super administrator changes a super administrator's account and
 *   grants or removes the super_admin and admin roles;
 * - nobody disables their own account;
 * - the last active super administrator keeps the role and stays enabled.
 * Rule refusals are 422 (the request is understood but breaks a rule);
 * missing privileges are 403.
 */
export default class UserPolicy extends BasePolicy {
  viewList(actor: User) {
    return PermissionService.can(actor, 'users', 'read')
  }

  view(actor: User, _target: User) {
    return PermissionService.can(actor, 'users', 'read')
  }

  create(actor: User) {
    return PermissionService.can(actor, 'users', 'create')
  }

  async update(actor: User, target: User) {
    if (!(await PermissionService.can(actor, 'users', 'update'))) return false
    return this.mayTouch(actor, target)
  }

  async disable(actor: User, target: User) {
    const allowed = await this.update(actor, target)
    if (allowed !== true) return allowed
    if (actor.id === target.id) return this.refuse('admin.rules.disable_self')
    if (await SuperAdmins.isLastActive(target.id)) {
      return this.refuse('admin.rules.last_super_admin_disable')
    }
    return true
  }

  enable(actor: User, target: User) {
    return this.update(actor, target)
  }

  resetTwoFactor(actor: User, target: User) {
    return this.update(actor, target)
  }

  /** Opening the role and site assignment of an account. */
  async assign(actor: User, target: User) {
    if (!(await PermissionService.can(actor, 'users', 'assign'))) return false
    return this.mayTouch(actor, target)
  }

  /** Granting one role to someone. */
  async grant(actor: User, role: Role) {
    if (!(await PermissionService.can(actor, 'users', 'assign'))) return false
    if (PRIVILEGED_ROLES.includes(role.name) && !(await SuperAdmins.holds(actor))) {
      return AuthorizationResponse.deny('Only a super administrator can grant this role', 403).t(
        'admin.rules.privileged_grant',
        { role: role.label }
      )
    }
    return true
  }

  /** Removing one role from an account. */
  async revoke(actor: User, target: User, role: Role) {
    const allowed = await this.grant(actor, role)
    if (allowed !== true) return allowed
    if (role.name === SUPER_ADMIN && (await SuperAdmins.isLastActive(target.id))) {
      return this.refuse('admin.rules.last_super_admin_role')
    }
    return true
  }

  /** A super administrator's account is changed by super administrators only. */
  protected async mayTouch(actor: User, target: User) {
    if (actor.id === target.id) return true
    if ((await SuperAdmins.holds(target)) && !(await SuperAdmins.holds(actor))) {
      return AuthorizationResponse.deny(
        'Only a super administrator can change this account',
        403
      ).t('admin.rules.super_admin_account')
    }
    return true
  }

  protected refuse(identifier: string) {
    return AuthorizationResponse.deny(identifier, 422).t(identifier)
  }
}
