import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
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
    const locale = i18nManager.getSupportedLocaleFor(this.user.locale) ?? i18nManager.defaultLocale
    const i18n = i18nManager.locale(locale)
    const copy = {
      greeting: i18n.t('notifications.mail.greeting', { name: this.user.name }),
      action: i18n.t('notifications.mail.action'),
      why: i18n.t('notifications.mail.why'),
      manage: i18n.t('notifications.mail.manage'),
      signature: i18n.t('notifications.mail.signature'),
    }
    const subject = this.content.urgent
      ? i18n.t('notifications.mail.urgent_subject', { title: this.content.title })
      : this.content.title
    const { title, body, url } = this.content

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
          `${copy.action}: ${url}`,
          '',
          copy.why,
          `${copy.manage}: ${this.preferencesUrl}`,
          '',
          copy.signature,
        ].join('\n')
      )
      .htmlView('emails/notification', {
        locale,
        url,
        title,
        body,
        preferencesUrl: this.preferencesUrl,
        ...copy,
      })
  }
}
