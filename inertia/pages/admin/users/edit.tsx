import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, useRouter, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconShieldOff, IconUserCheck, IconUserOff } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { AdminTabs, type AdminSections } from '~/admin/admin_tabs.js'
import { AccessFields, type RoleChoice, type SiteChoice } from '~/admin/access_fields.js'
import { ConfirmButton } from '~/admin/confirm_button.js'

type Props = InertiaProps<{
  account: Data.AdminUser
  roles: RoleChoice[]
  sites: SiteChoice[]
  sections: AdminSections
  can: {
    update: boolean
    assign: boolean
    disable: boolean
    enable: boolean
    resetTwoFactor: boolean
  }
}>

export default function AdminUsersEdit({ account, roles, sites, sections, can }: Props) {
  const { t, locale } = useTranslate()
  const router = useRouter()
  const routeParams = { user: account.id }

  const [profile, setProfile] = useState({
    name: account.name,
    email: account.email,
    locale: account.locale === 'id' ? ('id' as const) : ('en' as const),
  })
  const [access, setAccess] = useState({
    roles: account.roles.map((role) => ({ roleId: role.id, siteId: role.siteId })),
    sites: account.sites.map((site) => site.id),
  })

  const setStatus = (status: 'active' | 'disabled') => (done: () => void) =>
    router.put(
      { route: 'admin.users.status.update', routeParams },
      { status },
      { preserveScroll: true, onFinish: done }
    )
  const resetTwoFactor = (done: () => void) =>
    router.delete(
      { route: 'admin.users.two_factor.reset', routeParams },
      { preserveScroll: true, onFinish: done }
    )

  const lastLogin = account.lastLoginAt
    ? new Date(account.lastLoginAt).toLocaleString(locale)
    : t('admin.users.never')
  const active = account.status === 'active'

  return (
    <Stack gap="md">
      <Head title={account.name} />
      <AdminTabs sections={sections} active="users" />
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={2}>{account.name}</Title>
          <Text c="dimmed" size="sm">
            {account.email} · {t('admin.users.last_login', { when: lastLogin })}
          </Text>
        </div>
        <Group gap="xs">
          <Badge color={active ? 'green' : 'gray'} variant="light" data-testid="user-status">
            {active ? t('admin.users.status_active') : t('admin.users.status_disabled')}
          </Badge>
          <Badge color={account.twoFactorEnabled ? 'teal' : 'gray'} variant="light">
            {account.twoFactorEnabled
              ? t('admin.users.two_factor_on')
              : t('admin.users.two_factor_off')}
          </Badge>
        </Group>
      </Group>

      <Paper withBorder radius="md" p="md">
        <Form
          route="admin.users.update"
          routeParams={routeParams}
          transform={() => profile}
          options={{ preserveScroll: true }}
          noValidate
        >
          {({ errors, processing }: FormSlotProps) => (
            <>
              <Title order={4} mb="sm">
                {t('admin.users.profile')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput
                  label={t('admin.users.name')}
                  value={profile.name}
                  onChange={(event) => setProfile({ ...profile, name: event.currentTarget.value })}
                  error={errors.name}
                  disabled={!can.update}
                  required
                />
                <TextInput
                  type="email"
                  label={t('admin.users.email')}
                  value={profile.email}
                  onChange={(event) => setProfile({ ...profile, email: event.currentTarget.value })}
                  error={errors.email}
                  disabled={!can.update}
                  required
                  data-testid="user-email"
                />
                <Select
                  label={t('admin.users.locale')}
                  data={[
                    { value: 'en', label: t('language.en') },
                    { value: 'id', label: t('language.id') },
                  ]}
                  value={profile.locale}
                  onChange={(value) =>
                    setProfile({ ...profile, locale: value === 'id' ? 'id' : 'en' })
                  }
                  error={errors.locale}
                  disabled={!can.update}
                  allowDeselect={false}
                />
              </SimpleGrid>
              {can.update && (
                <Group justify="flex-end" mt="md">
                  <Button type="submit" loading={processing} data-testid="profile-submit">
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
          route="admin.users.access.update"
          routeParams={routeParams}
          transform={() => access}
          options={{ preserveScroll: true }}
          noValidate
        >
          {({ errors, processing }: FormSlotProps) => (
            <>
              <Title order={4} mb="sm">
                {t('admin.users.access')}
              </Title>
              <AccessFields
                roles={roles}
                sites={sites}
                grants={access.roles}
                siteIds={access.sites}
                onGrantsChange={(grants) => setAccess({ ...access, roles: grants })}
                onSitesChange={(ids) => setAccess({ ...access, sites: ids })}
                errors={errors as Partial<Record<string, string>>}
                disabled={!can.assign}
              />
              {can.assign && (
                <Group justify="flex-end" mt="md">
                  <Button type="submit" loading={processing} data-testid="access-submit">
                    {t('admin.users.save_access')}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Form>
      </Paper>

      {(can.disable || can.enable || (can.resetTwoFactor && account.twoFactorEnabled)) && (
        <Paper withBorder radius="md" p="md">
          <Title order={4} mb="sm">
            {t('admin.users.account')}
          </Title>
          <Group gap="sm">
            {can.disable && (
              <ConfirmButton
                color="red"
                variant="light"
                leftSection={<IconUserOff size={18} />}
                title={t('admin.users.disable_title', { name: account.name })}
                message={t('admin.users.disable_body')}
                confirmLabel={t('admin.users.disable')}
                onConfirm={setStatus('disabled')}
                data-testid="user-disable"
              >
                {t('admin.users.disable')}
              </ConfirmButton>
            )}
            {can.enable && (
              <ConfirmButton
                color="green"
                variant="light"
                leftSection={<IconUserCheck size={18} />}
                title={t('admin.users.enable_title', { name: account.name })}
                message={t('admin.users.enable_body')}
                confirmLabel={t('admin.users.enable')}
                onConfirm={setStatus('active')}
                data-testid="user-enable"
              >
                {t('admin.users.enable')}
              </ConfirmButton>
            )}
            {can.resetTwoFactor && account.twoFactorEnabled && (
              <ConfirmButton
                color="orange"
                variant="light"
                leftSection={<IconShieldOff size={18} />}
                title={t('admin.users.reset_two_factor_title', { name: account.name })}
                message={t('admin.users.reset_two_factor_body')}
                confirmLabel={t('admin.users.reset_two_factor')}
                onConfirm={resetTwoFactor}
              >
                {t('admin.users.reset_two_factor')}
              </ConfirmButton>
            )}
          </Group>
        </Paper>
      )}
    </Stack>
  )
}
