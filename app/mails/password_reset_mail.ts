import { BaseMail } from '@adonisjs/mail'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'

/**
 * The password reset link, in the recipient's language, as plain text and
 * HTML. The link is the only secret and never leaves this message.
 */
export default class PasswordResetMail extends BaseMail {
  constructor(
    private user: User,
    private resetUrl: string,
    private validMinutes: number
  ) {
    super()
  }

  prepare() {
    const locale = i18nManager.getSupportedLocaleFor(this.user.locale) ?? i18nManager.defaultLocale
    const i18n = i18nManager.locale(locale)
    const copy = {
      greeting: i18n.t('account.reset_mail.greeting', { name: this.user.name }),
      intro: i18n.t('account.reset_mail.intro'),
      action: i18n.t('account.reset_mail.action'),
      validity: i18n.t('account.reset_mail.validity', { minutes: this.validMinutes }),
      ignore: i18n.t('account.reset_mail.ignore'),
      signature: i18n.t('account.reset_mail.signature'),
    }

    this.message
      .to(this.user.email, this.user.name)
      .subject(i18n.t('account.reset_mail.subject'))
      .text(
        [
          copy.greeting,
          '',
          copy.intro,
          '',
          this.resetUrl,
          '',
          copy.validity,
          copy.ignore,
          '',
          copy.signature,
        ].join('\n')
      )
      .htmlView('emails/password_reset', { locale, url: this.resetUrl, ...copy })
  }
}
