import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'
import { PermissionService } from '#services/permission_service'

/**
 * Reading the dashboard.
 */
export const viewDashboard = Bouncer.ability((user: User) => {
  return PermissionService.can(user, 'dashboard', 'read')
})
