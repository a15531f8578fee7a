/**
 * The built-in roles of DOMAIN.md. Permission sets arrive with the
 * permission tables; the names and labels are the contract.
 */
export const BUILTIN_ROLES = [
  { name: 'super_admin', label: 'Super administrator' },
  { name: 'admin', label: 'Administrator' },
  { name: 'hse_manager', label: 'HSE manager' },
  { name: 'incident_manager', label: 'Incident manager' },
  { name: 'risk_manager', label: 'Risk manager' },
  { name: 'inspector', label: 'Inspector' },
  { name: 'ppe_manager', label: 'PPE manager' },
  { name: 'health_monitor', label: 'Health monitor' },
  { name: 'security_manager', label: 'Security manager' },
  { name: 'security_officer', label: 'Security officer' },
  { name: 'compliance_officer', label: 'Compliance officer' },
  { name: 'training_coordinator', label: 'Training coordinator' },
  { name: 'department_head', label: 'Department head' },
  { name: 'safety_officer', label: 'Safety officer' },
  { name: 'hot_work_specialist', label: 'Hot work specialist' },
  { name: 'confined_space_specialist', label: 'Confined space specialist' },
  { name: 'electrical_supervisor', label: 'Electrical supervisor' },
  { name: 'reporter', label: 'Reporter' },
  { name: 'viewer', label: 'Viewer' },
] as const

export type RoleName = (typeof BUILTIN_ROLES)[number]['name']

/** Development and test only: every demo account uses this password. */
export const DEMO_PASSWORD = 'Harmoni360!demo'

export const demoEmail = (role: string) => `${role}@harmoni360.local`
