export const policies = {
  IncidentPolicy: () => import('#policies/incident_policy'),
  RolePolicy: () => import('#policies/role_policy'),
  SecurityEventPolicy: () => import('#policies/security_event_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

