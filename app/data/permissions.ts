/**
 * Modules and actions of DOMAIN.md, and the default permission set of each
 * built-in role. The seeder writes these into the tables; from then on the
 * tables are the only source of truth (admins edit them).
 */
export const PERMISSION_MODULES = [
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
  'settings',
] as const

export const PERMISSION_ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'export',
  'configure',
  'approve',
  'assign',
] as const

export type PermissionModule = (typeof PERMISSION_MODULES)[number]
export type PermissionAction = (typeof PERMISSION_ACTIONS)[number]
export type PermissionKey = `${PermissionModule}.${PermissionAction}`

type Grants = Partial<Record<PermissionModule, readonly PermissionAction[] | 'all'>>

const MANAGE = ['read', 'create', 'update', 'export', 'approve', 'assign'] as const
const WORK = ['read', 'create', 'update'] as const
const REPORT = ['create'] as const

/** Everyone who can log in sees the dashboard and can report incidents and hazards. */
const BASE: Grants = { dashboard: ['read'], incidents: REPORT, hazards: REPORT }

export const DEFAULT_ROLE_PERMISSIONS: Record<string, Grants> = {
  super_admin: Object.fromEntries(PERMISSION_MODULES.map((module) => [module, 'all'])),
  admin: Object.fromEntries(PERMISSION_MODULES.map((module) => [module, 'all'])),
  hse_manager: {
    ...BASE,
    incidents: MANAGE,
    hazards: MANAGE,
    inspections: MANAGE,
    audits: MANAGE,
    work_permits: MANAGE,
    training: MANAGE,
    ppe: MANAGE,
    waste: MANAGE,
    licenses: MANAGE,
    security: ['read'],
    reports: ['read', 'export'],
    users: ['read'],
  },
  incident_manager: {
    ...BASE,
    incidents: MANAGE,
    hazards: ['read', 'create'],
    reports: ['read', 'export'],
  },
  risk_manager: {
    ...BASE,
    hazards: [...MANAGE, 'configure'],
    incidents: ['read', 'create'],
    inspections: ['read'],
    reports: ['read', 'export'],
  },
  inspector: { ...BASE, inspections: WORK, audits: WORK, hazards: ['read', 'create'] },
  ppe_manager: { ...BASE, ppe: [...MANAGE, 'delete'] },
  health_monitor: { ...BASE, health: ['read', 'create', 'update', 'export'] },
  security_manager: { ...BASE, security: MANAGE, incidents: ['read', 'create'] },
  security_officer: { ...BASE, security: WORK },
  compliance_officer: {
    ...BASE,
    licenses: MANAGE,
    audits: MANAGE,
    waste: MANAGE,
    incidents: ['read', 'create'],
    reports: ['read', 'export'],
  },
  training_coordinator: { ...BASE, training: [...MANAGE, 'delete'] },
  department_head: {
    ...BASE,
    incidents: ['read', 'create'],
    hazards: ['read', 'create'],
    inspections: ['read'],
    training: ['read'],
    work_permits: ['read', 'approve'],
    reports: ['read'],
  },
  safety_officer: {
    ...BASE,
    incidents: WORK,
    hazards: WORK,
    inspections: WORK,
    work_permits: ['read', 'create', 'approve'],
    ppe: ['read'],
  },
  hot_work_specialist: { ...BASE, work_permits: ['read', 'approve'] },
  confined_space_specialist: { ...BASE, work_permits: ['read', 'approve'] },
  electrical_supervisor: { ...BASE, work_permits: ['read', 'approve'] },
  reporter: BASE,
  viewer: {
    dashboard: ['read'],
    incidents: ['read'],
    hazards: ['read'],
    inspections: ['read'],
    reports: ['read'],
  },
}

/** Roles whose grants apply to every site of the organisation. */
export const ALL_SITES_ROLES = ['super_admin', 'admin']

/** Roles that must use two-factor authentication in production by default. */
export const TWO_FACTOR_ROLES = ['super_admin', 'admin']

export function expandGrants(grants: Grants): PermissionKey[] {
  return Object.entries(grants).flatMap(([module, actions]) =>
    (actions === 'all' ? PERMISSION_ACTIONS : actions!).map(
      (action) => `${module}.${action}` as PermissionKey
    )
  )
}
