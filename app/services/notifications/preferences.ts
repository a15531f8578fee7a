import db from '@adonisjs/lucid/services/db'
import {
  NOTIFICATION_KINDS,
  notificationKinds,
  type DeliveryChannel,
  type NotificationKind,
} from '#services/notifications/kinds'

/**
 * Per user and per kind: in-app, email, both or none. Only choices that
 * differ from nothing are stored; a missing row means the kind's default.
 */
export class NotificationPreferences {
  /** Every kind with the channel in effect for the user. */
  static async forUser(userId: number): Promise<Record<NotificationKind, DeliveryChannel>> {
    const chosen = await this.chosen([userId])
    return Object.fromEntries(
      notificationKinds().map((kind) => [
        kind,
        chosen.get(`${userId}:${kind}`) ?? NOTIFICATION_KINDS[kind].defaultChannel,
      ])
    ) as Record<NotificationKind, DeliveryChannel>
  }

  /** Stored choices of several users, keyed `userId:kind`. */
  static async chosen(userIds: number[], kind?: NotificationKind) {
    const query = db.from('notification_preferences').whereIn('user_id', userIds)
    if (kind) query.where('kind', kind)
    const rows: { user_id: number; kind: string; channel: DeliveryChannel }[] = await query
    return new Map(rows.map((row) => [`${row.user_id}:${row.kind}`, row.channel]))
  }

  static async update(userId: number, choices: Partial<Record<NotificationKind, DeliveryChannel>>) {
    await db.transaction(async (trx) => {
      for (const [kind, channel] of Object.entries(choices)) {
        await trx
          .knexQuery()
          .into('notification_preferences')
          .insert({ user_id: userId, kind, channel })
          .onConflict(['user_id', 'kind'])
          .merge()
      }
    })
  }
}
