import { NotificationSchema } from '#database/schema'
import { scope } from '@adonisjs/lucid/orm'

export default class Notification extends NotificationSchema {
  static unread = scope((query) => {
    query.whereNull('read_at')
  })

  static ownedBy = scope((query, userId: number) => {
    query.where('user_id', userId)
  })
}
