import { createHash } from 'node:crypto'
import User from '#models/user'
import UserSession from '#models/user_session'
import type { ReceivedMail } from '#tests/helpers/smtp'

export const PASSWORD = 'correct horse battery'
export const NEW_PASSWORD = 'a brand new passphrase'

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** A role-less active user (roles do not matter for one's own account). */
export function createUser(email: string, overrides: Partial<Pick<User, 'locale' | 'name'>> = {}) {
  return User.create({ name: 'Ayu Lestari', email, password: PASSWORD, locale: 'en', ...overrides })
}

/** The tracked session row a WebSession with this user agent created. */
export function sessionRowOf(user: User, userAgent: string) {
  return UserSession.query()
    .where('user_id', user.id)
    .where('user_agent', userAgent)
    .orderBy('created_at', 'desc')
    .firstOrFail()
}

export const USER_AGENTS = {
  laptop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
  phone:
    'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36',
  tablet:
    'Mozilla/5.0 (iPad; CPU OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
}

/** The password reset (or invitation) link of a received mail, and its token. */
export function resetLinkIn(mail: ReceivedMail) {
  const match = mail.text.match(/https?:\/\/\S+\/reset-password\/([A-Za-z0-9_-]+)/)
  if (!match) throw new Error(`No reset link in the mail text:\n${mail.text}`)
  return { url: new URL(match[0]), token: match[1] }
}
