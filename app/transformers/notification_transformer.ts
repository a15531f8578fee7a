import { urlFor } from '@adonisjs/core/services/url_builder'
import type Notification from '#models/notification'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** Route names come from the database here, so they are checked at run time. */
type AnyUrlFor = (name: string, params: Record<string, unknown>, options?: object) => string

/** The in-app link of a notification, or null when its route does not exist (yet). */
export function notificationPath(row: Pick<Notification, 'routeName' | 'routeParams'>) {
  if (!row.routeName) return null
  try {
    return (urlFor as AnyUrlFor)(row.routeName, row.routeParams ?? {})
  } catch {
    return null
  }
}

/**
 * A notification as its recipient sees it. Already rendered in their
 * language; the link is built from the route name on the way out.
 */
export default class NotificationTransformer extends BaseTransformer<Notification> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'kind', 'title', 'body', 'urgent', 'createdAt']),
      url: notificationPath(this.resource),
      read: Boolean(this.resource.readAt),
    }
  }
}
