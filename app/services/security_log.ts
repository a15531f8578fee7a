import type { HttpContext } from '@adonisjs/core/http'
import SecurityEvent from '#models/security_event'

export type SecurityEventName =
  | 'login.succeeded'
  | 'login.failed'
  | 'login.locked_out'
  | 'logout'
  | 'session.revoked'
  | 'session.expired'
  | 'password.changed'
  | 'password.change_failed'
  | 'password.reset_requested'
  | 'password.reset'
  | 'role.assigned'
  | 'role.removed'
  | 'role.permissions_changed'
  | 'role.created'
  | 'role.renamed'
  | 'role.deleted'
  | 'user.created'
  | 'user.updated'
  | 'user.disabled'
  | 'user.enabled'
  | 'two_factor.enabled'
  | 'two_factor.disabled'
  | 'two_factor.reset'
  | 'two_factor.failed'
  | 'two_factor.recovery_used'
  | 'two_factor.recovery_regenerated'
  | 'token.issued'
  | 'token.refreshed'
  | 'token.reuse_detected'
  | 'token.revoked'

/**
 * Appends to the security log (the table refuses updates and deletes).
 * Never stores secrets: only who, what, when, from where.
 */
export class SecurityLog {
  static async record(
    event: SecurityEventName,
    details: {
      ctx?: HttpContext
      userId?: number | null
      actorId?: number | null
      email?: string | null
      meta?: Record<string, unknown>
    } = {}
  ) {
    const request = details.ctx?.request
    await SecurityEvent.create({
      event,
      userId: details.userId ?? null,
      actorId: details.actorId ?? details.ctx?.auth?.user?.id ?? null,
      email: details.email?.toLowerCase() ?? null,
      ipAddress: request?.ip() ?? null,
      userAgent: request?.header('user-agent')?.slice(0, 512) ?? null,
      meta: details.meta ?? {},
    })
  }
}
