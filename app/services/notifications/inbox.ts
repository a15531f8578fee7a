import { DateTime } from 'luxon'
import Notification from '#models/notification'
import type { NotificationKind } from '#services/notifications/kinds'

export const NOTIFICATIONS_PER_PAGE = 25
const LATEST = 8
const CATCH_UP_LIMIT = 50

export type InboxFilters = { status?: 'all' | 'unread' | 'urgent'; kind?: NotificationKind }

/**
 * One user's notifications: the page with filters, the latest few for the
 * bell, what arrived after an id (catch-up after a reconnect), read state.
 * Everything is scoped to the owner; another user's item does not exist.
 */
export class NotificationInbox {
  static list(userId: number, filters: InboxFilters & { page?: number }) {
    const query = Notification.query()
      .withScopes((scopes) => scopes.ownedBy(userId))
      .orderBy('id', 'desc')
    if (filters.status === 'unread') query.whereNull('read_at')
    if (filters.status === 'urgent') query.where('urgent', true)
    if (filters.kind) query.where('kind', filters.kind)
    return query.paginate(filters.page ?? 1, NOTIFICATIONS_PER_PAGE)
  }

  static async unreadCount(userId: number) {
    const [row] = await Notification.query()
      .withScopes((scopes) => scopes.ownedBy(userId))
      .withScopes((scopes) => scopes.unread())
      .count('* as total')
    return Number(row.$extras.total)
  }

  /** Items after `sinceId` (oldest first), or the latest few when there is no id. */
  static async since(userId: number, sinceId?: number) {
    const query = Notification.query().withScopes((scopes) => scopes.ownedBy(userId))
    if (sinceId === undefined) {
      const latest = await query.orderBy('id', 'desc').limit(LATEST)
      return latest.reverse()
    }
    return query.where('id', '>', sinceId).orderBy('id', 'asc').limit(CATCH_UP_LIMIT)
  }

  /** Returns false when the user has no such notification. */
  static async markRead(userId: number, id: number) {
    const row = await Notification.query()
      .withScopes((scopes) => scopes.ownedBy(userId))
      .where('id', id)
      .first()
    if (!row) return false
    if (!row.readAt) {
      row.readAt = DateTime.now()
      await row.save()
    }
    return true
  }

  static async markAllRead(userId: number) {
    await Notification.query()
      .withScopes((scopes) => scopes.ownedBy(userId))
      .whereNull('read_at')
      .update({ read_at: DateTime.now().toSQL() })
  }
}
