import type User from '#models/user'

/**
 * The modules of DOMAIN.md in sidebar order. Each maps to the permission
 * module whose `read` action shows it.
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

/**
 * Modules the user may read. Until roles carry permissions, every
 * authenticated user may read the dashboard and nothing else.
 */
export function readableModules(user: User | undefined): ModuleName[] {
  return user ? ['dashboard'] : []
}
