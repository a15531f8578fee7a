import { usePage } from '@inertiajs/react'
import { useCallback } from 'react'
import type { SharedProps } from '~/types'

/**
 * Looks a `ui.*` key up in the strings the server shared for the current
 * language and fills `{placeholders}`. A missing key shows itself, so it is
 * easy to spot (and the i18n unit test catches it first).
 */
export function useTranslate() {
  const { messages, locale } = usePage<SharedProps>().props
  const t = useCallback(
    (key: string, values: Record<string, string | number> = {}) => {
      const template = messages[key] ?? key
      return template.replace(/\{(\w+)\}/g, (_: string, name: string) =>
        String(values[name] ?? `{${name}}`)
      )
    },
    [messages]
  )
  return { t, locale }
}
