import { router } from '@inertiajs/react'
import { SegmentedControl } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'

export function LanguageSwitch() {
  const { t, locale } = useTranslate()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={locale}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'id', label: 'ID' },
      ]}
      onChange={(value) =>
        router.put(urlFor('locale.update'), { locale: value }, { preserveScroll: true })
      }
    />
  )
}
