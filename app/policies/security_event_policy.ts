import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import { PermissionService } from '#services/permission_service'

/**
 * The security log is read-only for everyone: administrators with
 * settings.read may read it, and no action changes it (the table itself
 * refuses updates and deletes).
 */
export default class SecurityEventPolicy extends BasePolicy {
  viewList(actor: User) {
    return PermissionService.can(actor, 'settings', 'read')
  }
}
