import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import TimelineEntry from '#models/timeline_entry'

export type TimelineKind =
  'comment' | 'created' | 'status_changed' | 'assigned' | 'attachment_added' | 'updated' | 'note'

/**
 * Comments and system entries of a record, in the order they happened.
 */
export class Timeline {
  static async add(
    trx: TransactionClientContract,
    entry: {
      subjectType: string
      subjectId: number
      kind: TimelineKind
      authorId: number | null
      body?: string | null
      data?: Record<string, unknown>
    }
  ) {
    return TimelineEntry.create(
      {
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        kind: entry.kind,
        authorId: entry.authorId,
        body: entry.body ?? null,
        data: entry.data ?? {},
      },
      { client: trx }
    )
  }

  static for(subjectType: string, subjectId: number) {
    return TimelineEntry.query()
      .where({ subject_type: subjectType, subject_id: subjectId })
      .preload('author', (query) => query.select('id', 'name'))
      .orderBy('id', 'asc')
  }
}
