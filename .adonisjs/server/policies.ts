export const policies = {
  RolePolicy: () => import('#policies/role_policy'),
  SecurityEventPolicy: () => import('#policies/security_event_policy'),
  UserPolicy: () => import('#policies/user_policy'),
}

