import { Head, usePage } from '@inertiajs/react'
import { Card, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconChartDots } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

export default function DashboardShow() {
  const { t } = useTranslate()
  const { user } = usePage().props

  return (
    <Stack>
      <Head title={t('dashboard.title')} />
      <div>
        <Title order={2}>{t('dashboard.title')}</Title>
        <Text c="dimmed">{t('dashboard.welcome', { name: user?.name ?? '' })}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Card withBorder padding="lg">
          <Stack align="center" gap="xs" py="lg">
            <ThemeIcon size="xl" variant="light" radius="xl">
              <IconChartDots />
            </ThemeIcon>
            <Text fw={600}>{t('dashboard.empty_title')}</Text>
            <Text size="sm" c="dimmed" ta="center">
              {t('dashboard.empty_body')}
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  )
}
