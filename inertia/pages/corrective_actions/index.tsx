import { Head } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Anchor,
  Box,
  Group,
  LoadingOverlay,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconCalendarDue } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { ListEmpty, ListError, ListPagination, type PageMeta } from '~/admin/list_states.js'
import { useListVisit } from '~/admin/use_list_visit.js'
import { CapaBadges } from '~/components/capa/capa_badges.js'

type Filters = { status: string; priority: string | null; sort: string }

type Props = InertiaProps<{
  actions: { data: Data.CorrectiveAction[]; metadata: PageMeta }
  filters: Filters
}>

const LIST_PROPS = ['actions', 'filters']

/** Every corrective action assigned to me, across modules, by due date. */
export default function CorrectiveActionsIndex({ actions, filters }: Props) {
  const { t } = useTranslate()
  const { loading, failed, visit, retry } = useListVisit('corrective_actions.index', LIST_PROPS)
  const query = { ...filters, page: actions.metadata.currentPage }
  const apply = (changes: Partial<Filters>) => visit({ ...query, page: 1, ...changes })

  return (
    <Stack gap="md">
      <Head title={t('capa.mine_title')} />
      <div>
        <Title order={2}>{t('capa.mine_title')}</Title>
        <Text c="dimmed" size="sm">
          {t('capa.mine_subtitle')}
        </Text>
      </div>

      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Select
            label={t('capa.filter_status')}
            data={[
              { value: 'pending', label: t('capa.filter_pending') },
              { value: 'overdue', label: t('capa.filter_overdue') },
              { value: 'done', label: t('capa.status.done') },
              { value: 'verified', label: t('capa.status.verified') },
              { value: 'cancelled', label: t('capa.status.cancelled') },
            ]}
            value={filters.status}
            onChange={(value) => apply({ status: value ?? 'pending' })}
            allowDeselect={false}
            data-testid="capa-filter-status"
          />
          <Select
            label={t('capa.field_priority')}
            placeholder={t('capa.any_priority')}
            data={['critical', 'high', 'medium', 'low'].map((capaPriority) => ({
              value: capaPriority,
              label: t(`capa.priority.${capaPriority}`),
            }))}
            value={filters.priority}
            onChange={(value) => apply({ priority: value })}
            clearable
          />
          <Select
            label={t('capa.sort')}
            data={[
              { value: 'due', label: t('capa.sort_due') },
              { value: '-due', label: t('capa.sort_due_desc') },
              { value: 'priority', label: t('capa.sort_priority') },
              { value: 'number', label: t('capa.sort_newest') },
            ]}
            value={filters.sort}
            onChange={(value) => apply({ sort: value ?? 'due' })}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Paper>

      {failed && <ListError onRetry={retry} />}

      <Box pos="relative">
        <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {actions.data.length === 0 ? (
          <Paper withBorder radius="md">
            <ListEmpty title={t('capa.empty_title')} description={t('capa.empty_body')} />
          </Paper>
        ) : (
          <Stack gap="sm" data-testid="capa-list">
            {actions.data.map((action) => (
              <Paper key={action.id} withBorder radius="md" p="md" data-testid="capa-row">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <div>
                    <Anchor
                      component={Link}
                      route="corrective_actions.show"
                      routeParams={{ id: action.id }}
                      fw={600}
                    >
                      {action.number} · {action.title}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {t('capa.from_source', { source: action.source.label })}
                    </Text>
                  </div>
                  <CapaBadges
                    status={action.status}
                    priority={action.priority}
                    overdue={action.overdue}
                  />
                </Group>
                <Group gap={6} mt="xs">
                  <IconCalendarDue size={16} stroke={1.6} />
                  <Text size="sm" c={action.overdue ? 'red' : undefined}>
                    {t('capa.due_on', { date: action.dueOn })}
                  </Text>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Box>
      <ListPagination meta={actions.metadata} onChange={(page) => visit({ ...query, page })} />
    </Stack>
  )
}
