import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, useRouter, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconInfoCircle, IconTrash } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { AdminTabs, type AdminSections } from '~/admin/admin_tabs.js'
import { ConfirmButton } from '~/admin/confirm_button.js'

type Choice = { key: string; label: string }

type Props = InertiaProps<{
  role: Data.Role
  granted: string[]
  holders: number
  permissionModules: Choice[]
  permissionActions: Choice[]
  sections: AdminSections
  can: { update: boolean; updatePermissions: boolean; delete: boolean }
}>

export default function AdminRolesEdit(props: Props) {
  const { role, granted, holders, permissionModules, permissionActions, sections, can } = props
  const { t } = useTranslate()
  const router = useRouter()
  const routeParams = { role: role.id }
  const fixed = role.name === 'super_admin'
  const editable = can.updatePermissions && !fixed

  const [settings, setSettings] = useState({
    label: role.label,
    requiresTwoFactor: role.requiresTwoFactor,
    allSites: role.allSites,
  })
  const [permissions, setPermissions] = useState(granted)
  const selected = new Set(permissions)
  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(selected)
    for (const key of keys) {
      if (on) next.add(key)
      else next.delete(key)
    }
    setPermissions([...next].sort())
  }

  return (
    <Stack gap="md">
      <Head title={role.label} />
      <AdminTabs sections={sections} active="roles" />
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={2}>{role.label}</Title>
          <Group gap={6} mt={4}>
            <Text c="dimmed" size="sm">
              {role.name}
            </Text>
            {role.isBuiltin && (
              <Badge variant="light" color="gray" size="sm">
                {t('admin.roles.builtin')}
              </Badge>
            )}
            <Text c="dimmed" size="sm">
              · {t('admin.roles.holders_count', { count: holders })}
            </Text>
          </Group>
        </div>
        {can.delete && (
          <ConfirmButton
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} />}
            title={t('admin.roles.delete_title', { role: role.label })}
            message={t('admin.roles.delete_body')}
            confirmLabel={t('admin.roles.delete')}
            onConfirm={(done) =>
              router.delete({ route: 'admin.roles.destroy', routeParams }, { onFinish: done })
            }
            data-testid="role-delete"
          >
            {t('admin.roles.delete')}
          </ConfirmButton>
        )}
      </Group>

      <Paper withBorder radius="md" p="md">
        <Form
          route="admin.roles.update"
          routeParams={routeParams}
          transform={() => settings}
          options={{ preserveScroll: true }}
          noValidate
        >
          {({ errors, processing }: FormSlotProps) => (
            <>
              <Title order={4} mb="sm">
                {t('admin.roles.settings')}
              </Title>
              <Stack gap="sm">
                <TextInput
                  label={t('admin.roles.label')}
                  value={settings.label}
                  onChange={(event) =>
                    setSettings({ ...settings, label: event.currentTarget.value })
                  }
                  error={errors.label}
                  disabled={!can.update}
                  maw={420}
                  required
                />
                <Switch
                  label={t('admin.roles.requires_two_factor')}
                  checked={settings.requiresTwoFactor}
                  onChange={(event) =>
                    setSettings({ ...settings, requiresTwoFactor: event.currentTarget.checked })
                  }
                  disabled={!can.update}
                />
                <Switch
                  label={t('admin.roles.all_sites_flag')}
                  description={t('admin.roles.all_sites_help')}
                  checked={settings.allSites}
                  onChange={(event) =>
                    setSettings({ ...settings, allSites: event.currentTarget.checked })
                  }
                  disabled={!can.update || fixed}
                />
              </Stack>
              {can.update && (
                <Group justify="flex-end" mt="md">
                  <Button type="submit" loading={processing}>
                    {t('admin.common.save')}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Form>
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Form
          route="admin.roles.permissions.update"
          routeParams={routeParams}
          transform={() => ({ permissions })}
          options={{ preserveScroll: true }}
          noValidate
        >
          {({ errors, processing }: FormSlotProps) => (
            <>
              <Title order={4}>{t('admin.roles.matrix')}</Title>
              <Text c="dimmed" size="sm" mb="sm">
                {t('admin.roles.matrix_help')}
              </Text>
              {fixed && (
                <Alert color="blue" icon={<IconInfoCircle size={18} />} mb="sm">
                  {t('admin.roles.fixed')}
                </Alert>
              )}
              {errors.permissions && (
                <Text c="red" size="sm" mb="sm">
                  {errors.permissions}
                </Text>
              )}
              <Table.ScrollContainer minWidth={760}>
                <Table withColumnBorders striped data-testid="permission-matrix">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('admin.roles.module')}</Table.Th>
                      {permissionActions.map((action) => (
                        <Table.Th key={action.key} ta="center" fz="xs">
                          {action.label}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {permissionModules.map((module) => {
                      const keys = permissionActions.map((action) => `${module.key}.${action.key}`)
                      const count = keys.filter((key) => selected.has(key)).length
                      return (
                        <Table.Tr key={module.key}>
                          <Table.Td>
                            <Checkbox
                              label={module.label}
                              checked={count === keys.length}
                              indeterminate={count > 0 && count < keys.length}
                              onChange={(event) => toggle(keys, event.currentTarget.checked)}
                              disabled={!editable}
                              title={t('admin.roles.whole_module', { module: module.label })}
                            />
                          </Table.Td>
                          {permissionActions.map((action) => {
                            const key = `${module.key}.${action.key}`
                            return (
                              <Table.Td key={key} ta="center">
                                <Checkbox
                                  checked={selected.has(key)}
                                  onChange={(event) => toggle([key], event.currentTarget.checked)}
                                  disabled={!editable}
                                  aria-label={`${module.label}: ${action.label}`}
                                  data-testid={`permission-${key}`}
                                  styles={{ body: { justifyContent: 'center' } }}
                                />
                              </Table.Td>
                            )
                          })}
                        </Table.Tr>
                      )
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {editable && (
                <Group justify="flex-end" gap="sm" mt="md">
                  <Button variant="default" onClick={() => setPermissions(granted)}>
                    {t('admin.common.reset')}
                  </Button>
                  <Button type="submit" loading={processing} data-testid="permissions-submit">
                    {t('admin.roles.save_permissions')}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Form>
      </Paper>
    </Stack>
  )
}
