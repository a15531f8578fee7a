import { Head, usePage } from '@inertiajs/react'
import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core'
import { IconChartDots } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

export default function DashboardShow() {
  const { t } = useTranslate()
  const { user } = usePage().props

  return (
    <Stack gap="lg">
      <Head title={t('dashboard.title')} />
      <div>
        <Title order={2}>{t('dashboard.title')}</Title>
        <Text c="dimmed" data-testid="dashboard-welcome">
          {t('dashboard.welcome', { name: user?.name ?? '' })}
        </Text>
      </div>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <EmptyState
          variant="light"
          py="xl"
          icon={<IconChartDots size={26} />}
          title={t('dashboard.empty_title')}
          description={t('dashboard.empty_body')}
        />
      </Paper>
    </Stack>
  )
}
