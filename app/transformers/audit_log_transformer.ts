import type AuditLog from '#models/audit_log'
import { BaseTransformer } from '@adonisjs/core/transformers'
import type { FieldChanges } from '#services/records/audit_trail'

/**
 * One audit entry of any record: who, when, what changed (old → new).
 * IP addresses stay with administrators' tools, not on record pages.
 */
export default class AuditLogTransformer extends BaseTransformer<AuditLog> {
  toObject() {
    const entry = this.resource
    return {
      ...this.pick(entry, ['id', 'action']),
      changes: entry.changes as FieldChanges,
      actor: entry.actor ? { id: entry.actor.id, name: entry.actor.name } : null,
      createdAt: entry.createdAt.toISO()!,
    }
  }
}
