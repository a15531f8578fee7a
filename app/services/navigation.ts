import type User from '#models/user'
import { PermissionService } from '#services/permission_service'

/**
 * Sidebar modules in order. Each maps to the permission module whose
 * `read` (or, for reporting-only users, `create`) action shows it.
 */
export const MODULES = [
  'dashboard',
  'incidents',
  'hazards',
  'inspections',
  'audits',
  'work_permits',
  'training',
  'ppe',
  'health',
  'security',
  'waste',
  'licenses',
  'reports',
  'users',
] as const

export type ModuleName = (typeof MODULES)[number]

/** Modules the user may open, from the same permission set policies use. */
export async function readableModules(user: User | undefined): Promise<ModuleName[]> {
  if (!user || !user.isActive) return []
  const permissions = await PermissionService.forUser(user)
  return MODULES.filter((module) =>
    module === 'users'
      ? permissions.can('users', 'read') || permissions.can('settings', 'read')
      : permissions.can(module, 'read') || permissions.can(module, 'create')
  )
}
