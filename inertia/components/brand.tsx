import { Group, Text, ThemeIcon } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

/** The product mark: shield icon plus wordmark (the wordmark can shrink on phones). */
export function Brand({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslate()
  const large = size === 'lg'
  return (
    <Group gap={8} wrap="nowrap" miw={0}>
      <ThemeIcon size={large ? 40 : 30} radius="md" variant="filled" aria-hidden>
        <IconShieldCheck size={large ? 24 : 18} stroke={1.8} />
      </ThemeIcon>
      <Text
        fw={800}
        c="blue.8"
        fz={large ? 24 : { base: 17, xs: 19 }}
        lts={-0.3}
        truncate
        data-testid="brand-name"
      >
        {t('app.name')}
      </Text>
    </Group>
  )
}
