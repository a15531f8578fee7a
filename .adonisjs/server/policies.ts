export const policies = {
  CorrectiveActionPolicy: () => import('#policies/corrective_action_policy'),
  IncidentPolicy: () => import('#policies/incident_policy'),
  InvestigationPolicy: () => import('#policies/investigation_policy'),
  RecordabilityPolicy: () => import('#policies/recordability_policy'),
  RolePolicy: () => import('#policies/role_policy'),
  SecurityEventPolicy: () => import('#policies/security_event_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

