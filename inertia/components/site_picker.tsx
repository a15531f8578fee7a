import { Select } from '@mantine/core'
import { IconMapPin } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

/**
 * Placeholder for the site filter: until records are site-scoped, the
 * only choice is "All sites". Hidden on small screens.
 */
export function SitePicker() {
  const { t } = useTranslate()
  return (
    <Select
      visibleFrom="md"
      size="xs"
      w={200}
      radius="xl"
      aria-label={t('header.site')}
      leftSection={<IconMapPin size={16} stroke={1.6} />}
      data={[{ value: 'all', label: t('header.all_sites') }]}
      value="all"
      allowDeselect={false}
      checkIconPosition="right"
      comboboxProps={{ withinPortal: true }}
    />
  )
}
