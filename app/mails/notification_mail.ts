import { BaseMail } from '@adonisjs/mail'
import { notificationMailCopy } from '#mails/notification_copy'
import type User from '#models/user'

export type NotificationMailContent = { title: string; body: string; url: string; urgent: boolean }

/**
 * One notification by email, in the recipient's language: the same title
 * and body as the in-app item, an absolute link, a plain-text part.
 */
export default class NotificationMail extends BaseMail {
  constructor(
    private user: User,
    private content: NotificationMailContent,
    private preferencesUrl: string
  ) {
    super()
  }

  prepare() {
    const { i18n, copy, footer } = notificationMailCopy(this.user, this.preferencesUrl)
    const action = i18n.t('notifications.mail.action')
    const why = i18n.t('notifications.mail.why')
    const { title, body, url, urgent } = this.content
    const subject = urgent ? i18n.t('notifications.mail.urgent_subject', { title }) : title

    this.message
      .to(this.user.email, this.user.name)
      .subject(subject)
      .text(
        [
          copy.greeting,
          '',
          title,
          ...(body ? ['', body] : []),
          '',
          `${action}: ${url}`,
          '',
          ...footer(why),
        ].join('\n')
      )
      .htmlView('emails/notification', { ...copy, action, why, url, title, body })
  }
}
