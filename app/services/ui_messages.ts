import i18nManager from '@adonisjs/i18n/services/main'

const cache = new Map<string, Record<string, string>>()

/**
 * The `ui.*` translations for a locale, flattened without the prefix, for
 * the React side. Computed once per locale and process.
 */
export function uiMessages(locale: string): Record<string, string> {
  let messages = cache.get(locale)
  if (!messages) {
    const all = i18nManager.getTranslationsFor(locale) as Record<string, string>
    messages = {}
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith('ui.')) messages[key.slice(3)] = value
    }
    cache.set(locale, messages)
  }
  return messages
}
