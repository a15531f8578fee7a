import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'
import { PermissionService } from '#services/permission_service'

/**
 * Reading the dashboard.
 */
export const viewDashboard = Bouncer.ability((user: User) => {
  return PermissionService.can(user, 'dashboard', 'read')
})

/**
 * Sending diagnostic pings to a site's dashboard (RealtimePing): those
 * who configure the system there.
 */
export const pingDashboard = Bouncer.ability((user: User, siteId: number) => {
  return PermissionService.can(user, 'settings', 'configure', { site: siteId })
})
