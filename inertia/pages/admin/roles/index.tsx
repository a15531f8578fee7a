import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, Link, useRouter, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { AdminTabs, type AdminSections } from '~/admin/admin_tabs.js'
import { ConfirmButton } from '~/admin/confirm_button.js'
import { ListEmpty } from '~/admin/list_states.js'

type Props = InertiaProps<{
  roles: Data.Role[]
  deletable: number[]
  sections: AdminSections
  can: { create: boolean }
}>

export default function AdminRolesIndex({ roles, deletable, sections, can }: Props) {
  const { t } = useTranslate()
  const router = useRouter()
  const [creating, setCreating] = useState(false)

  return (
    <Stack gap="md">
      <Head title={t('admin.roles.title')} />
      <AdminTabs sections={sections} active="roles" />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t('admin.roles.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('admin.roles.subtitle')}
          </Text>
        </div>
        {can.create && (
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => setCreating(true)}
            data-testid="role-create"
          >
            {t('admin.roles.create')}
          </Button>
        )}
      </Group>

      <Paper withBorder radius="md" p={0}>
        {roles.length === 0 ? (
          <ListEmpty
            title={t('admin.roles.empty_title')}
            description={t('admin.roles.empty_body')}
          />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="roles-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.roles.role')}</Table.Th>
                  <Table.Th>{t('admin.roles.flags')}</Table.Th>
                  <Table.Th ta="right">{t('admin.roles.holders')}</Table.Th>
                  <Table.Th ta="right">{t('admin.roles.permissions')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {roles.map((role) => (
                  <Table.Tr key={role.id} data-testid={`role-row-${role.name}`}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        route="admin.roles.edit"
                        routeParams={{ role: role.id }}
                        fw={500}
                      >
                        {role.label}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {role.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {role.isBuiltin && (
                          <Badge variant="light" color="gray" size="sm">
                            {t('admin.roles.builtin')}
                          </Badge>
                        )}
                        {role.allSites && (
                          <Badge variant="light" color="grape" size="sm">
                            {t('admin.roles.all_sites')}
                          </Badge>
                        )}
                        {role.requiresTwoFactor && (
                          <Badge variant="light" color="teal" size="sm">
                            {t('admin.roles.two_factor')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{role.usersCount}</Table.Td>
                    <Table.Td ta="right">{role.permissionsCount}</Table.Td>
                    <Table.Td ta="right">
                      {deletable.includes(role.id) && (
                        <ConfirmButton
                          size="xs"
                          color="red"
                          variant="subtle"
                          leftSection={<IconTrash size={14} />}
                          title={t('admin.roles.delete_title', { role: role.label })}
                          message={t('admin.roles.delete_body')}
                          confirmLabel={t('admin.roles.delete')}
                          onConfirm={(done) =>
                            router.delete(
                              { route: 'admin.roles.destroy', routeParams: { role: role.id } },
                              { onFinish: done }
                            )
                          }
                        >
                          {t('admin.roles.delete')}
                        </ConfirmButton>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <CreateRoleModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  )
}

/** Suggests the technical name from the label (until the name is edited by hand). */
function suggestName(label: string) {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 63)
}

function CreateRoleModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslate()
  const empty = { label: '', name: '', requiresTwoFactor: false, allSites: false }
  const [data, setData] = useState(empty)
  const setLabel = (label: string) =>
    setData((current) => ({
      ...current,
      label,
      name: current.name === suggestName(current.label) ? suggestName(label) : current.name,
    }))

  return (
    <Modal opened={opened} onClose={onClose} title={t('admin.roles.create')} centered>
      <Form
        route="admin.roles.store"
        transform={() => data}
        onSuccess={() => setData(empty)}
        noValidate
      >
        {({ errors, processing }: FormSlotProps) => (
          <Stack gap="sm">
            <TextInput
              label={t('admin.roles.label')}
              value={data.label}
              onChange={(event) => setLabel(event.currentTarget.value)}
              error={errors.label}
              required
              data-autofocus
              data-testid="role-label"
            />
            <TextInput
              label={t('admin.roles.name')}
              description={t('admin.roles.name_help')}
              value={data.name}
              onChange={(event) => setData({ ...data, name: event.currentTarget.value })}
              error={errors.name}
              required
              data-testid="role-name"
            />
            <Switch
              label={t('admin.roles.requires_two_factor')}
              checked={data.requiresTwoFactor}
              onChange={(event) =>
                setData({ ...data, requiresTwoFactor: event.currentTarget.checked })
              }
            />
            <Switch
              label={t('admin.roles.all_sites_flag')}
              description={t('admin.roles.all_sites_help')}
              checked={data.allSites}
              onChange={(event) => setData({ ...data, allSites: event.currentTarget.checked })}
            />
            <Group justify="flex-end" gap="sm" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('admin.common.cancel')}
              </Button>
              <Button type="submit" loading={processing} data-testid="role-submit">
                {t('admin.roles.create')}
              </Button>
            </Group>
          </Stack>
        )}
      </Form>
    </Modal>
  )
}
