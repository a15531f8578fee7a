import { BaseMail } from '@adonisjs/mail'
import { notificationMailCopy } from '#mails/notification_copy'
import type User from '#models/user'

export type DigestItem = { title: string; body: string; url: string }

/**
 * The daily digest in the recipient's language: each item with its link,
 * as plain text and HTML.
 */
export default class DigestMail extends BaseMail {
  constructor(
    private user: User,
    private items: DigestItem[],
    private preferencesUrl: string
  ) {
    super()
  }

  prepare() {
    const { i18n, copy, footer } = notificationMailCopy(this.user, this.preferencesUrl)
    const intro = i18n.t('notifications.digest.intro', { count: this.items.length })
    const why = i18n.t('notifications.digest.why')
    const lines = this.items.flatMap((item) => [
      `- ${item.title}`,
      ...(item.body ? [`  ${item.body}`] : []),
      `  ${item.url}`,
    ])

    this.message
      .to(this.user.email, this.user.name)
      .subject(i18n.t('notifications.digest.subject', { count: this.items.length }))
      .text([copy.greeting, '', intro, '', ...lines, '', ...footer(why)].join('\n'))
      .htmlView('emails/notification_digest', { ...copy, intro, why, items: this.items })
  }
}
