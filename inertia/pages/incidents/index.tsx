import { useEffect, useState } from 'react'
import { Head } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks'
import {
  Box,
  Button,
  Chip,
  Collapse,
  Group,
  LoadingOverlay,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconDownload, IconFilter, IconPlus, IconSearch } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'
import { ListEmpty, ListError, ListPagination, type PageMeta } from '~/admin/list_states.js'
import { useListVisit } from '~/admin/use_list_visit.js'
import { useIncidentOptions } from '~/components/incidents/incident_badges.js'
import { IncidentList } from '~/components/incidents/incident_list.js'

type Filters = Record<string, string | number | boolean | null | undefined>

type Props = InertiaProps<{
  incidents: { data: Data.Incident[]; metadata: PageMeta }
  filters: Filters
  sites: { id: number; name: string }[]
  vocabulary: { types: string[]; statuses: string[]; severities: number[] }
  can: { create: boolean; export: boolean }
}>

const LIST_PROPS = ['incidents', 'filters']
const SORTS = ['-occurred_at', 'occurred_at', '-number', 'number', '-severity', 'severity']
/** The current filters as a query string, without the empty ones and the page. */
const queryString = (filters: Filters) =>
  new URLSearchParams(
    Object.entries(filters)
      .filter(
        ([name, value]) => name !== 'page' && value !== null && value !== undefined && value !== ''
      )
      .map(([name, value]) => [name, String(value)])
  ).toString()

const str = (value: unknown) => (value === null || value === undefined ? null : String(value))

export default function IncidentsIndex({ incidents, filters, sites, vocabulary, can }: Props) {
  const { t } = useTranslate()
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false })
  const [showFilters, setShowFilters] = useState(false)
  const options = useIncidentOptions()
  const { loading, failed, visit, retry } = useListVisit('incidents.index', LIST_PROPS)
  const [search, setSearch] = useState(str(filters.search) ?? '')
  const [debouncedSearch] = useDebouncedValue(search, 350)

  const query = { ...filters, page: incidents.metadata.currentPage } as Record<
    string,
    string | number | null
  >
  const apply = (changes: Record<string, string | number | null>) =>
    visit({ ...query, page: 1, ...changes })

  useEffect(() => {
    if (debouncedSearch.trim() !== (str(filters.search) ?? '')) {
      apply({ search: debouncedSearch.trim() })
    }
    // Only a settled change of the search box triggers a visit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch])

  const toggles = ['assigned', 'reported'].filter((name) => filters[name] === 'me')
  if (String(filters.psif) === 'true') toggles.push('psif')
  const select = (name: string) => ({
    value: str(filters[name]),
    onChange: (value: string | null) => apply({ [name]: value }),
    clearable: true,
  })

  return (
    <Stack gap="md">
      <Head title={t('incidents.list.title')} />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t('incidents.list.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('incidents.list.subtitle')}
          </Text>
        </div>
        <Group gap="xs">
          {can.export && (
            <Button
              component="a"
              variant="default"
              href={`${urlFor('incidents.export')}?${queryString(filters)}`}
              leftSection={<IconDownload size={18} />}
              data-testid="incident-export"
            >
              {t('incidents.list.export')}
            </Button>
          )}
          {can.create && (
            <Button
              component={Link}
              route="incidents.create"
              leftSection={<IconPlus size={18} />}
              data-testid="incident-report"
            >
              {t('incidents.report.title')}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Group gap="xs" hiddenFrom="xs" wrap="nowrap">
            <TextInput
              placeholder={t('incidents.list.search_placeholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              variant="default"
              leftSection={<IconFilter size={16} />}
              onClick={() => setShowFilters((open) => !open)}
            >
              {t('incidents.list.filters')}
            </Button>
          </Group>
          <Collapse expanded={!phone || showFilters}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <TextInput
                  visibleFrom="xs"
                  label={t('incidents.list.search')}
                  placeholder={t('incidents.list.search_placeholder')}
                  leftSection={<IconSearch size={16} />}
                  value={search}
                  onChange={(event) => setSearch(event.currentTarget.value)}
                  data-testid="incident-search"
                />
                <Select
                  label={t('incidents.fields.status')}
                  data={options.statuses(vocabulary.statuses)}
                  {...select('status')}
                  data-testid="filter-status"
                />
                <Select
                  label={t('incidents.fields.type')}
                  data={options.types(vocabulary.types)}
                  {...select('type')}
                  data-testid="filter-type"
                />
                <Select
                  label={t('incidents.list.min_severity')}
                  data={options.severities(vocabulary.severities)}
                  {...select('severity')}
                />
                <Select
                  label={t('incidents.fields.site')}
                  data={sites.map((site) => ({ value: String(site.id), label: site.name }))}
                  {...select('site')}
                />
                <TextInput
                  type="date"
                  label={t('incidents.list.from')}
                  value={str(filters.from)?.slice(0, 10) ?? ''}
                  onChange={(event) => apply({ from: event.currentTarget.value || null })}
                />
                <TextInput
                  type="date"
                  label={t('incidents.list.to')}
                  value={str(filters.to)?.slice(0, 10) ?? ''}
                  onChange={(event) => apply({ to: event.currentTarget.value || null })}
                />
                <Select
                  label={t('incidents.list.sort')}
                  data={SORTS.map((incidentSort) => ({
                    value: incidentSort,
                    label: t(`incidents.sorts.${incidentSort}`),
                  }))}
                  value={str(filters.sort) ?? '-occurred_at'}
                  onChange={(value) => apply({ sort: value })}
                  allowDeselect={false}
                />
              </SimpleGrid>
              <Chip.Group
                multiple
                value={toggles}
                onChange={(values) =>
                  apply({
                    assigned: values.includes('assigned') ? 'me' : null,
                    reported: values.includes('reported') ? 'me' : null,
                    psif: values.includes('psif') ? 'true' : null,
                  })
                }
              >
                <Group gap="xs">
                  <Chip value="assigned" size="sm">
                    {t('incidents.list.assigned_to_me')}
                  </Chip>
                  <Chip value="reported" size="sm" data-testid="filter-mine">
                    {t('incidents.list.reported_by_me')}
                  </Chip>
                  <Chip value="psif" size="sm">
                    {t('incidents.psif')}
                  </Chip>
                </Group>
              </Chip.Group>
            </Stack>
          </Collapse>
        </Stack>
      </Paper>

      {failed && <ListError onRetry={retry} />}

      <Paper withBorder radius="md" p={0} pos="relative">
        <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {incidents.data.length === 0 ? (
          <ListEmpty
            title={t('incidents.list.empty_title')}
            description={t('incidents.list.empty_body')}
          />
        ) : (
          <IncidentList incidents={incidents.data} />
        )}
      </Paper>
      <Box>
        <ListPagination meta={incidents.metadata} onChange={(page) => visit({ ...query, page })} />
      </Box>
    </Stack>
  )
}
