import { useState } from 'react'
import { router } from '@inertiajs/react'
import { SegmentedControl } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'

const LOCALES = ['en', 'id'] as const

/**
 * EN / ID toggle. The server stores the choice (user and cookie) and
 * redirects back, so the page re-renders with the new `messages` prop
 * without a full reload. Disabled while the request is in flight.
 */
export function LanguageSwitch() {
  const { t, locale } = useTranslate()
  const [pending, setPending] = useState(false)

  return (
    <SegmentedControl
      size="xs"
      radius="xl"
      data-testid="language-switch"
      aria-label={t('header.language')}
      value={locale}
      disabled={pending}
      data={LOCALES.map((code) => ({
        value: code,
        label: (
          <span title={t(`language.${code}`)} aria-label={t(`language.${code}`)}>
            {code.toUpperCase()}
          </span>
        ),
      }))}
      onChange={(value) => {
        if (value === locale) return
        router.put(
          urlFor('locale.update'),
          { locale: value },
          {
            preserveScroll: true,
            onStart: () => setPending(true),
            onFinish: () => setPending(false),
          }
        )
      }}
    />
  )
}
