import { Head } from '@inertiajs/react'
import { Link, useRouter } from '@adonisjs/inertia/react'
import {
  Badge,
  Button,
  Group,
  LoadingOverlay,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconSettings } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { ListEmpty, ListError, ListPagination, type PageMeta } from '~/admin/list_states.js'
import { useListVisit } from '~/admin/use_list_visit.js'

type Status = 'all' | 'unread' | 'urgent'
type Filters = { status: Status; kind: string | null }

type Props = InertiaProps<{
  notifications: { data: Data.Notification[]; metadata: PageMeta }
  filters: Filters
  kinds: { kind: string; label: string }[]
}>

const LIST_PROPS = ['notifications', 'filters', 'unreadNotifications']

export default function NotificationsIndex({ notifications, filters, kinds }: Props) {
  const { t, locale } = useTranslate()
  const router = useRouter()
  const { loading, failed, visit, retry } = useListVisit('notifications.index', LIST_PROPS)
  const query = { ...filters, page: notifications.metadata.currentPage }
  const apply = (changes: Partial<Filters> & { page?: number }) =>
    visit({ ...query, page: 1, ...changes, status: changes.status ?? filters.status })
  const filtered = filters.status !== 'all' || Boolean(filters.kind)
  const markRead = (id: number) =>
    router.put({ route: 'notifications.read', routeParams: { id } }, {}, { preserveScroll: true })
  const readAll = () =>
    router.put({ route: 'notifications.read_all' }, {}, { preserveScroll: true })

  return (
    <Stack gap="md">
      <Head title={t('notifications.title')} />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('notifications.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('notifications.index.subtitle')}
          </Text>
        </div>
        <Group gap="xs">
          <Button variant="light" onClick={readAll} data-testid="mark-all-read">
            {t('notifications.mark_all_read')}
          </Button>
          <Button
            component={Link}
            route="notification_preferences.edit"
            variant="subtle"
            leftSection={<IconSettings size={16} />}
          >
            {t('notifications.preferences.title')}
          </Button>
        </Group>
      </Group>

      <Paper withBorder radius="md" p="md">
        <Group gap="sm" align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('notifications.index.status')}
            </Text>
            <SegmentedControl
              value={filters.status}
              onChange={(value) => apply({ status: value as Status })}
              data={[
                { value: 'all', label: t('notifications.index.all') },
                { value: 'unread', label: t('notifications.index.only_unread') },
                { value: 'urgent', label: t('notifications.index.only_urgent') },
              ]}
            />
          </Stack>
          <Select
            label={t('notifications.index.kind')}
            placeholder={t('notifications.index.any_kind')}
            data={kinds.map((kind) => ({ value: kind.kind, label: kind.label }))}
            value={filters.kind}
            onChange={(value) => apply({ kind: value })}
            clearable
            miw={240}
          />
        </Group>
      </Paper>

      {failed && <ListError onRetry={retry} />}
      <Paper withBorder radius="md" pos="relative">
        <LoadingOverlay visible={loading} />
        {notifications.data.length === 0 ? (
          <ListEmpty
            title={t('notifications.index.empty_title')}
            description={
              filtered
                ? t('notifications.index.empty_filtered')
                : t('notifications.index.empty_none')
            }
          />
        ) : (
          <Stack gap={0} data-testid="notification-list">
            {notifications.data.map((item) => (
              <Group
                key={item.id}
                justify="space-between"
                wrap="nowrap"
                p="md"
                bg={item.read ? undefined : 'blue.0'}
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                data-testid="notification-row"
              >
                <Stack gap={2} miw={0}>
                  <Group gap={6}>
                    {item.urgent && (
                      <Badge size="xs" color="red">
                        {t('notifications.urgent')}
                      </Badge>
                    )}
                    {!item.read && (
                      <Badge size="xs" variant="light">
                        {t('notifications.unread')}
                      </Badge>
                    )}
                    <Text fw={item.read ? 400 : 600}>{item.title}</Text>
                  </Group>
                  {item.body && (
                    <Text size="sm" c="dimmed">
                      {item.body}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {item.createdAt &&
                      new Date(item.createdAt).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB')}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  {item.url && (
                    <Button component="a" href={item.url} size="xs" variant="light">
                      {t('notifications.index.open')}
                    </Button>
                  )}
                  {!item.read && (
                    <Button size="xs" variant="subtle" onClick={() => markRead(item.id)}>
                      {t('notifications.mark_read')}
                    </Button>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      <ListPagination meta={notifications.metadata} onChange={(page) => apply({ page })} />
    </Stack>
  )
}
