import { useEffect, useState } from 'react'
import { Head } from '@inertiajs/react'
import { useDebouncedValue } from '@mantine/hooks'
import {
  Badge,
  LoadingOverlay,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { AdminTabs, type AdminSections } from '~/admin/admin_tabs.js'
import { ListEmpty, ListError, ListPagination, type PageMeta } from '~/admin/list_states.js'
import { useListVisit } from '~/admin/use_list_visit.js'

type Filters = { event: string | null; search: string; from: string | null; to: string | null }

type Props = InertiaProps<{
  events: { data: Data.SecurityEvent[]; metadata: PageMeta }
  filters: Filters
  eventTypes: { key: string; label: string }[]
  sections: AdminSections
}>

const LIST_PROPS = ['events', 'filters']

/** Colour by outcome: failures and alarms stand out. */
function colorOf(event: string) {
  if (/failed|locked_out|reuse_detected|disabled/.test(event)) return 'red'
  if (event.startsWith('role.') || event.startsWith('user.')) return 'blue'
  if (event.startsWith('two_factor.') || event.startsWith('password.')) return 'orange'
  return 'gray'
}

export default function SecurityLogIndex({ events, filters, eventTypes, sections }: Props) {
  const { t, locale } = useTranslate()
  const { loading, failed, visit, retry } = useListVisit('admin.security_events.index', LIST_PROPS)
  const [search, setSearch] = useState(filters.search)
  const [debouncedSearch] = useDebouncedValue(search, 350)
  const labelOf = (key: string) => eventTypes.find((type) => type.key === key)?.label ?? key

  const query = { ...filters, page: events.metadata.currentPage }
  const apply = (changes: Partial<Filters>) => visit({ ...query, page: 1, ...changes })

  useEffect(() => {
    if (debouncedSearch.trim() !== filters.search) apply({ search: debouncedSearch.trim() })
    // Only a settled change of the search box triggers a visit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch])

  const filtered = Boolean(filters.event || filters.search || filters.from || filters.to)

  return (
    <Stack gap="md">
      <Head title={t('admin.log.title')} />
      <AdminTabs sections={sections} active="securityLog" />
      <div>
        <Title order={2}>{t('admin.log.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('admin.log.subtitle')}
        </Text>
      </div>

      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select
            label={t('admin.log.event')}
            placeholder={t('admin.log.any_event')}
            data={eventTypes.map((type) => ({ value: type.key, label: type.label }))}
            value={filters.event}
            onChange={(value) => apply({ event: value })}
            searchable
            clearable
            data-testid="log-filter-event"
          />
          <TextInput
            label={t('admin.log.person')}
            placeholder={t('admin.log.person_placeholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            data-testid="log-search"
          />
          <TextInput
            type="date"
            label={t('admin.log.from')}
            value={filters.from ?? ''}
            onChange={(event) => apply({ from: event.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            label={t('admin.log.to')}
            value={filters.to ?? ''}
            onChange={(event) => apply({ to: event.currentTarget.value || null })}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          {t('admin.log.utc_note')}
        </Text>
      </Paper>

      {failed && <ListError onRetry={retry} />}

      <Paper withBorder radius="md" p={0} pos="relative">
        <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {events.data.length === 0 ? (
          <ListEmpty
            title={t('admin.log.empty_title')}
            description={filtered ? t('admin.log.empty_filtered') : t('admin.log.empty_body')}
          />
        ) : (
          <Table.ScrollContainer minWidth={880}>
            <Table verticalSpacing="xs" fz="sm" striped data-testid="security-log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.log.when')}</Table.Th>
                  <Table.Th>{t('admin.log.event')}</Table.Th>
                  <Table.Th>{t('admin.log.who')}</Table.Th>
                  <Table.Th>{t('admin.log.by')}</Table.Th>
                  <Table.Th>{t('admin.log.ip')}</Table.Th>
                  <Table.Th>{t('admin.log.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.map((entry) => (
                  <Table.Tr key={entry.id} data-testid="log-row" data-event={entry.event}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {new Date(entry.createdAt).toLocaleString(locale)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={colorOf(entry.event)} size="sm">
                        {labelOf(entry.event)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.userName ?? '—'}</Text>
                      {entry.email && (
                        <Text size="xs" c="dimmed">
                          {entry.email}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{entry.actorName ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.ipAddress ?? '—'}</Text>
                      {entry.userAgent && (
                        <Tooltip label={entry.userAgent} multiline maw={360}>
                          <Text size="xs" c="dimmed" lineClamp={1} maw={200}>
                            {entry.userAgent}
                          </Text>
                        </Tooltip>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {entry.details || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <ListPagination meta={events.metadata} onChange={(page) => visit({ ...query, page })} />
    </Stack>
  )
}
