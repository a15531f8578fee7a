import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'
import { readableModules } from '#services/navigation'

/**
 * Reading the dashboard: any active user.
 */
export const viewDashboard = Bouncer.ability((user: User) => {
  return user.isActive && readableModules(user).includes('dashboard')
})
