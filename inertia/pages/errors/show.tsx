import { Head, usePage } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { Button, EmptyState, Paper, Text } from '@mantine/core'
import { IconAlertTriangle, IconLock, IconMapSearch, IconPlugConnectedX } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

const ICONS = { 403: IconLock, 404: IconMapSearch, 500: IconAlertTriangle, 503: IconPlugConnectedX }

export default function ErrorShow({ status }: { status: 403 | 404 | 500 | 503 }) {
  const { t } = useTranslate()
  const { user } = usePage().props
  const Icon = ICONS[status] ?? IconAlertTriangle

  return (
    <Paper withBorder radius="lg" p="xl" maw={560} mx="auto" mt={user ? 'xl' : 0}>
      <Head title={t(`errors.${status}.title`)} />
      <EmptyState
        variant="light"
        color={status === 403 ? 'orange' : 'red'}
        icon={<Icon size={26} />}
        title={t(`errors.${status}.title`)}
        description={t(`errors.${status}.body`)}
      >
        <Text size="xs" c="dimmed" ff="monospace" data-testid="error-status">
          {t('errors.status_label', { status })}
        </Text>
        <EmptyState.Actions>
          <Button component={Link} route="dashboard" variant="light">
            {t('errors.home')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Paper>
  )
}
