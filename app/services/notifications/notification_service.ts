import db from '@adonisjs/lucid/services/db'
import i18nManager from '@adonisjs/i18n/services/main'
import logger from '@adonisjs/core/services/logger'
import transmit from '@adonisjs/transmit/services/main'
import User from '#models/user'
import Notification from '#models/notification'
import NotificationMail from '#mails/notification_mail'
import NotificationTransformer from '#transformers/notification_transformer'
import { deliveryFor, type NotificationKind } from '#services/notifications/kinds'
import { NotificationPreferences } from '#services/notifications/preferences'
import { MailOutbox } from '#services/notifications/mail_outbox'
import { absoluteLink, preferencesLink } from '#services/notifications/links'
import { NotificationInbox } from '#services/notifications/inbox'
import { recipientsOf } from '#services/notifications/directory'
import type { NotificationEvent, Recipient } from '#services/notifications/recipient_resolver'

/** What to say and where it links; rendered per recipient. */
export type NotificationMessage = {
  kind: NotificationKind
  /** Values for the `{placeholders}` of notifications.kinds.<kind>.title/body */
  params?: Record<string, string | number>
  /** Placeholders whose value is a translation key, rendered in each recipient's language */
  translatedParams?: Record<string, string>
  route?: { name: string; params?: Record<string, string | number> }
  subject?: { type: string; id: number }
}

export const userChannel = (userId: number) => `users/${userId}/notifications`

/**
 * Turns an event into notifications: one row per in-app recipient, in their
 * language, in one transaction; then, after commit, a live push on each
 * recipient's channel and mail where their preferences ask for it. Nothing
 * after the commit can fail the caller.
 */
export class NotificationService {
  static async dispatch(event: NotificationEvent, message: Omit<NotificationMessage, 'kind'>) {
    const recipients = await recipientsOf(event)
    return this.send(recipients, { ...message, kind: event.kind })
  }

  static async send(recipients: Recipient[], message: NotificationMessage) {
    if (!recipients.length) return []
    const urgentById = new Map(recipients.map((recipient) => [recipient.userId, recipient.urgent]))
    const users = await User.query()
      .whereIn('id', [...urgentById.keys()])
      .where('status', 'active')
    const chosen = await NotificationPreferences.chosen(
      users.map((user) => user.id),
      message.kind
    )
    const plans = users.map((user) => {
      const urgent = urgentById.get(user.id) ?? false
      const delivery = deliveryFor(message.kind, chosen.get(`${user.id}:${message.kind}`), urgent)
      return { user, urgent, ...delivery, ...this.render(message, user.locale) }
    })

    const rows = await db.transaction(async (trx) => {
      const created: Notification[] = []
      for (const plan of plans.filter((candidate) => candidate.inApp)) {
        created.push(
          await Notification.create(
            {
              userId: plan.user.id,
              kind: message.kind,
              title: plan.title,
              body: plan.body,
              routeName: message.route?.name ?? null,
              routeParams: message.route?.params ?? {},
              subjectType: message.subject?.type ?? null,
              subjectId: message.subject?.id ?? null,
              urgent: plan.urgent,
            },
            { client: trx }
          )
        )
      }
      return created
    })

    await this.push(rows)
    for (const plan of plans.filter((candidate) => candidate.email)) {
      const link = absoluteLink({
        routeName: message.route?.name ?? null,
        routeParams: message.route?.params ?? {},
      })
      const content = { title: plan.title, body: plan.body, url: link, urgent: plan.urgent }
      MailOutbox.enqueue(() => new NotificationMail(plan.user, content, preferencesLink()), {
        userId: plan.user.id,
        kind: message.kind,
      })
    }
    return rows
  }

  /** The new item and the fresh unread count on each recipient's channel. */
  static async push(rows: Notification[]) {
    for (const row of rows) {
      try {
        transmit.broadcast(userChannel(row.userId), {
          type: 'notification',
          item: JSON.parse(JSON.stringify(new NotificationTransformer(row).toObject())),
          unread: await NotificationInbox.unreadCount(row.userId),
        } as never)
      } catch (error) {
        logger.error({ err: error, notificationId: row.id }, 'notification broadcast failed')
      }
    }
  }

  /** Tells the user's other tabs that their unread count changed (read, read all). */
  static async pushCount(userId: number) {
    transmit.broadcast(userChannel(userId), {
      type: 'count',
      unread: await NotificationInbox.unreadCount(userId),
    })
  }

  static render(message: NotificationMessage, locale: string) {
    const supported = i18nManager.getSupportedLocaleFor(locale) ?? i18nManager.defaultLocale
    const i18n = i18nManager.locale(supported)
    const params: Record<string, string | number> = { ...message.params }
    for (const [name, key] of Object.entries(message.translatedParams ?? {})) {
      params[name] = i18n.t(key)
    }
    return {
      title: i18n.t(`notifications.kinds.${message.kind}.title`, params),
      body: i18n.t(`notifications.kinds.${message.kind}.body`, params),
    }
  }
}
