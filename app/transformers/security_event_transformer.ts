import type SecurityEvent from '#models/security_event'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * One security log entry: what happened, to whom, by whom, when and from
 * where. The names come from the query's joins (`subject_name`,
 * `actor_name`).
 */
export default class SecurityEventTransformer extends BaseTransformer<SecurityEvent> {
  toObject() {
    const event = this.resource
    return {
      ...this.pick(event, ['id', 'event', 'email', 'ipAddress', 'userAgent', 'userId', 'actorId']),
      userName: (event.$extras.subject_name as string | null) ?? null,
      actorName: (event.$extras.actor_name as string | null) ?? null,
      details: describe(event.meta ?? {}),
      createdAt: event.createdAt.toISO()!,
    }
  }
}

/** `{ role: 'viewer', added: ['users.read'] }` → `role: viewer · added: users.read` */
function describe(meta: Record<string, unknown>) {
  return Object.entries(meta)
    .map(([key, value]) => {
      const text = Array.isArray(value) ? value.join(', ') : JSON.stringify(value)
      return `${key}: ${text.replace(/^"|"$/g, '')}`
    })
    .join(' · ')
}
