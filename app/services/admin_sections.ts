import type User from '#models/user'
import { PermissionService } from '#services/permission_service'

/** Which administration pages the user may open, for the section tabs. */
export async function adminSections(user: User) {
  const permissions = await PermissionService.forUser(user)
  return {
    users: permissions.can('users', 'read'),
    roles: permissions.can('settings', 'read'),
    securityLog: permissions.can('settings', 'read'),
  }
}
