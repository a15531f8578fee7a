import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

type Subject = { type: string; id: number }

/**
 * Who follows a record (any record type, polymorphic). Following twice is
 * a no-op; modules call `autoFollow` for reporters and assignees inside
 * their own transaction.
 */
export class Watchers {
  static async follow(
    subject: Subject,
    userId: number,
    client: QueryClientContract = db.connection()
  ) {
    await client
      .knexQuery()
      .into('record_watchers')
      .insert({ subject_type: subject.type, subject_id: subject.id, user_id: userId })
      .onConflict(['subject_type', 'subject_id', 'user_id'])
      .ignore()
  }

  static async unfollow(
    subject: Subject,
    userId: number,
    client: QueryClientContract = db.connection()
  ) {
    await client
      .from('record_watchers')
      .where({ subject_type: subject.type, subject_id: subject.id, user_id: userId })
      .delete()
  }

  /** Follows on behalf of the people a record concerns (nulls are skipped). */
  static async autoFollow(
    subject: Subject,
    userIds: readonly (number | null | undefined)[],
    client: QueryClientContract = db.connection()
  ) {
    for (const userId of new Set(userIds)) {
      if (typeof userId === 'number') await this.follow(subject, userId, client)
    }
  }

  static async of(
    subject: Subject,
    client: QueryClientContract = db.connection()
  ): Promise<number[]> {
    const rows: { user_id: number }[] = await client
      .from('record_watchers')
      .where({ subject_type: subject.type, subject_id: subject.id })
      .orderBy('user_id')
      .select('user_id')
    return rows.map((row) => row.user_id)
  }

  static async isFollowing(subject: Subject, userId: number) {
    const row = await db
      .from('record_watchers')
      .where({ subject_type: subject.type, subject_id: subject.id, user_id: userId })
      .first()
    return Boolean(row)
  }
}
