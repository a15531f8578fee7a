import { useEffect, useState } from 'react'
import { Head } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { useDebouncedValue } from '@mantine/hooks'
import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  LoadingOverlay,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconSearch, IconShieldCheck, IconUserPlus } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { AdminTabs, type AdminSections } from '~/admin/admin_tabs.js'
import { ListEmpty, ListError, ListPagination, type PageMeta } from '~/admin/list_states.js'
import { useListVisit } from '~/admin/use_list_visit.js'

type Filters = {
  search: string
  role: number | null
  site: number | null
  status: 'active' | 'disabled' | null
}

type Props = InertiaProps<{
  users: { data: Data.AdminUser[]; metadata: PageMeta }
  filters: Filters
  roles: { id: number; name: string; label: string }[]
  sites: { id: number; name: string }[]
  sections: AdminSections
  can: { create: boolean }
}>

const LIST_PROPS = ['users', 'filters']

export default function AdminUsersIndex({ users, filters, roles, sites, sections, can }: Props) {
  const { t } = useTranslate()
  const { loading, failed, visit, retry } = useListVisit('admin.users.index', LIST_PROPS)
  const [search, setSearch] = useState(filters.search)
  const [debouncedSearch] = useDebouncedValue(search, 350)

  const query = { ...filters, page: users.metadata.currentPage }
  const apply = (changes: Partial<Filters & { page: number }>) =>
    visit({ ...query, page: 1, ...changes })

  useEffect(() => {
    if (debouncedSearch.trim() !== filters.search) apply({ search: debouncedSearch.trim() })
    // Only a settled change of the search box triggers a visit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch])

  const siteName = (id: number | null) => sites.find((site) => site.id === id)?.name
  const filtered = Boolean(filters.search || filters.role || filters.site || filters.status)

  return (
    <Stack gap="md">
      <Head title={t('admin.users.title')} />
      <AdminTabs sections={sections} active="users" />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t('admin.users.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('admin.users.subtitle')}
          </Text>
        </div>
        {can.create && (
          <Button
            component={Link}
            route="admin.users.create"
            leftSection={<IconUserPlus size={18} />}
            data-testid="user-create"
          >
            {t('admin.users.create')}
          </Button>
        )}
      </Group>

      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <TextInput
            label={t('admin.users.search')}
            placeholder={t('admin.users.search_placeholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            data-testid="user-search"
          />
          <Select
            label={t('admin.users.role')}
            placeholder={t('admin.users.any_role')}
            data={roles.map((role) => ({ value: String(role.id), label: role.label }))}
            value={filters.role ? String(filters.role) : null}
            onChange={(value) => apply({ role: value ? Number(value) : null })}
            searchable
            clearable
            data-testid="user-filter-role"
          />
          <Select
            label={t('admin.users.site')}
            placeholder={t('admin.users.any_site')}
            data={sites.map((site) => ({ value: String(site.id), label: site.name }))}
            value={filters.site ? String(filters.site) : null}
            onChange={(value) => apply({ site: value ? Number(value) : null })}
            clearable
          />
          <Select
            label={t('admin.users.status')}
            placeholder={t('admin.users.any_status')}
            data={[
              { value: 'active', label: t('admin.users.status_active') },
              { value: 'disabled', label: t('admin.users.status_disabled') },
            ]}
            value={filters.status}
            onChange={(value) => apply({ status: value as Filters['status'] })}
            clearable
            data-testid="user-filter-status"
          />
        </SimpleGrid>
      </Paper>

      {failed && <ListError onRetry={retry} />}

      <Paper withBorder radius="md" p={0} pos="relative">
        <LoadingOverlay visible={loading} zIndex={10} overlayProps={{ blur: 1 }} />
        {users.data.length === 0 ? (
          <ListEmpty
            title={t('admin.users.empty_title')}
            description={filtered ? t('admin.users.empty_filtered') : t('admin.users.empty_body')}
          />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.users.name')}</Table.Th>
                  <Table.Th>{t('admin.users.roles')}</Table.Th>
                  <Table.Th>{t('admin.users.sites')}</Table.Th>
                  <Table.Th>{t('admin.users.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.map((user) => (
                  <Table.Tr key={user.id} data-testid="user-row">
                    <Table.Td>
                      <Anchor
                        component={Link}
                        route="admin.users.edit"
                        routeParams={{ user: user.id }}
                        fw={500}
                      >
                        {user.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {user.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {user.roles.map((role) => (
                          <Badge key={`${role.id}-${role.siteId}`} variant="light" size="sm">
                            {role.label}
                            {role.siteId ? ` · ${siteName(role.siteId) ?? ''}` : ''}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{user.sites.map((site) => site.name).join(', ') || '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Badge color={user.status === 'active' ? 'green' : 'gray'} variant="dot">
                          {user.status === 'active'
                            ? t('admin.users.status_active')
                            : t('admin.users.status_disabled')}
                        </Badge>
                        {user.twoFactorEnabled && (
                          <IconShieldCheck
                            size={16}
                            color="var(--mantine-color-teal-6)"
                            aria-label={t('admin.users.two_factor_on')}
                          />
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Box>
        <ListPagination meta={users.metadata} onChange={(page) => visit({ ...query, page })} />
      </Box>
    </Stack>
  )
}
