import type { HttpContext } from '@adonisjs/core/http'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { DateTime } from 'luxon'

export type FieldChanges = Record<string, { old: unknown; new: unknown }>

export type AuditActor = {
  userId: number | null
  ip?: string | null
  userAgent?: string | null
}

/** Who is acting, from a request (or nobody, for jobs and the anonymous form). */
export function actorFrom(ctx?: HttpContext, userId?: number | null): AuditActor {
  return {
    userId: userId !== undefined ? userId : (ctx?.auth?.user?.id ?? null),
    ip: ctx?.request.ip() ?? null,
    userAgent: ctx?.request.header('user-agent')?.slice(0, 512) ?? null,
  }
}

const serialise = (value: unknown) =>
  value && typeof value === 'object' && 'toISO' in value ? (value as DateTime).toISO() : value

/**
 * The one audit trail of every module. Entries are written with the
 * caller's transaction, so an entry exists if and only if the change
 * committed. The table refuses updates and deletes.
 */
export class AuditTrail {
  /** old → new for the dirty columns of a model about to be saved. */
  static diff(model: LucidRow, ignore: string[] = ['updatedAt']): FieldChanges {
    const changes: FieldChanges = {}
    const original = model.$original as Record<string, unknown>
    for (const [field, value] of Object.entries(model.$dirty)) {
      if (ignore.includes(field)) continue
      const before = serialise(original[field])
      const after = serialise(value)
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        changes[field] = { old: before ?? null, new: after ?? null }
      }
    }
    return changes
  }

  static async record(
    trx: TransactionClientContract,
    entry: {
      subjectType: string
      subjectId: number
      action: string
      actor: AuditActor
      changes?: FieldChanges
    }
  ) {
    await trx
      .insertQuery()
      .table('audit_logs')
      .insert({
        subject_type: entry.subjectType,
        subject_id: entry.subjectId,
        action: entry.action,
        actor_id: entry.actor.userId,
        changes: JSON.stringify(entry.changes ?? {}),
        ip_address: entry.actor.ip ?? null,
        user_agent: entry.actor.userAgent ?? null,
      })
  }

  static for(subjectType: string, subjectId: number) {
    return import('#models/audit_log').then(({ default: AuditLog }) =>
      AuditLog.query()
        .where({ subject_type: subjectType, subject_id: subjectId })
        .preload('actor', (query) => query.select('id', 'name'))
        .orderBy('id', 'asc')
    )
  }
}
