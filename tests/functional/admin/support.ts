import type { ApiClient } from '@japa/api-client'
import i18nManager from '@adonisjs/i18n/services/main'
import type User from '#models/user'

/** The English text of a translation key, as the admin pages flash it. */
export const english = (key: string, data?: Record<string, unknown>) =>
  i18nManager.locale('en').t(key, data)

/**
 * A submission as the admin pages send it, signed in as `actor`: CSRF
 * token, the page itself as referer (rule refusals go back there) and no
 * redirect following. Chain `.json(body)` for the form data.
 */
export function submit(
  client: ApiClient,
  method: 'post' | 'put' | 'delete',
  url: string,
  actor: User
) {
  return client[method](url).loginAs(actor).header('referer', url).withCsrfToken().redirects(0)
}
