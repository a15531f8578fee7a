import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#models/user'
import Notification from '#models/notification'
import DigestMail from '#mails/digest_mail'
import { MailOutbox } from '#services/notifications/mail_outbox'
import { absoluteLink, preferencesLink } from '#services/notifications/links'

/**
 * The daily digest: for kinds a user set to "digest", the non-urgent items
 * still unread and not yet digested, in one mail in their language. Rows
 * are marked in the same transaction that selects them, so a second run
 * (or a second scheduler) never mails an item twice.
 */
export class NotificationDigest {
  static async run(now = DateTime.now()) {
    const batches = await db.transaction(async (trx) => {
      const rows = await Notification.query({ client: trx })
        .join('notification_preferences as preference', (join) => {
          join
            .on('preference.user_id', 'notifications.user_id')
            .andOn('preference.kind', 'notifications.kind')
        })
        .where('preference.channel', 'digest')
        .where('notifications.urgent', false)
        .whereNull('notifications.read_at')
        .whereNull('notifications.digested_at')
        .orderBy('notifications.id')
        .select('notifications.*')
        .forUpdate('notifications')
        .skipLocked()
      if (!rows.length) return []
      await Notification.query({ client: trx })
        .whereIn(
          'id',
          rows.map((row) => row.id)
        )
        .update({ digested_at: now.toSQL() })
      const byUser = new Map<number, Notification[]>()
      for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row])
      return [...byUser]
    })

    const users = await User.query().whereIn(
      'id',
      batches.map(([userId]) => userId)
    )
    const jobs: Promise<boolean>[] = []
    for (const user of users.filter((candidate) => candidate.isActive)) {
      const items = batches
        .find(([userId]) => userId === user.id)![1]
        .map((row) => ({
          title: row.title,
          body: row.body,
          url: absoluteLink(row),
        }))
      jobs.push(
        MailOutbox.enqueue(() => new DigestMail(user, items, preferencesLink()), {
          userId: user.id,
          kind: 'digest',
        })
      )
    }
    await Promise.all(jobs)
    return { users: users.length, items: batches.reduce((sum, [, rows]) => sum + rows.length, 0) }
  }
}
