import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'

/**
 * What every notification mail shares: the recipient's language, the
 * greeting, the "change your settings" line and the signature, both as
 * text lines and as values for the HTML view.
 */
export function notificationMailCopy(user: User, preferencesUrl: string) {
  const locale = i18nManager.getSupportedLocaleFor(user.locale) ?? i18nManager.defaultLocale
  const i18n = i18nManager.locale(locale)
  const copy = {
    locale,
    preferencesUrl,
    greeting: i18n.t('notifications.mail.greeting', { name: user.name }),
    manage: i18n.t('notifications.mail.manage'),
    signature: i18n.t('notifications.mail.signature'),
  }
  const footer = (why: string) => [why, `${copy.manage}: ${preferencesUrl}`, '', copy.signature]
  return { i18n, copy, footer }
}
