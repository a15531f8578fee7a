import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Button,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { AdminTabs, type AdminSections } from '~/admin/admin_tabs.js'
import {
  AccessFields,
  type RoleChoice,
  type RoleGrant,
  type SiteChoice,
} from '~/admin/access_fields.js'

type Props = InertiaProps<{
  roles: RoleChoice[]
  sites: SiteChoice[]
  sections: AdminSections
}>

export default function AdminUsersCreate({ roles, sites, sections }: Props) {
  const { t } = useTranslate()
  const [data, setData] = useState({
    name: '',
    email: '',
    locale: 'en' as 'en' | 'id',
    invite: false,
    password: '',
    roles: [] as RoleGrant[],
    sites: [] as number[],
  })
  const update = (changes: Partial<typeof data>) =>
    setData((current) => ({ ...current, ...changes }))

  return (
    <Stack gap="md">
      <Head title={t('admin.users.create_title')} />
      <AdminTabs sections={sections} active="users" />
      <div>
        <Title order={2}>{t('admin.users.create_title')}</Title>
        <Text c="dimmed" size="sm">
          {t('admin.users.create_subtitle')}
        </Text>
      </div>
      <Form
        route="admin.users.store"
        transform={() => ({ ...data, password: data.invite ? undefined : data.password })}
        options={{ preserveScroll: true }}
        noValidate
      >
        {({ errors: formErrors, processing }: FormSlotProps) => {
          const errors = formErrors as Partial<Record<string, string>>
          return (
            <Stack gap="md">
              <Paper withBorder radius="md" p="md">
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput
                      label={t('admin.users.name')}
                      value={data.name}
                      onChange={(event) => update({ name: event.currentTarget.value })}
                      error={errors.name}
                      required
                      data-testid="user-name"
                    />
                    <TextInput
                      type="email"
                      label={t('admin.users.email')}
                      value={data.email}
                      onChange={(event) => update({ email: event.currentTarget.value })}
                      error={errors.email}
                      required
                      data-testid="user-email"
                    />
                    <Select
                      label={t('admin.users.locale')}
                      data={[
                        { value: 'en', label: t('language.en') },
                        { value: 'id', label: t('language.id') },
                      ]}
                      value={data.locale}
                      onChange={(value) => update({ locale: value === 'id' ? 'id' : 'en' })}
                      error={errors.locale}
                      allowDeselect={false}
                    />
                  </SimpleGrid>
                  <Stack gap={6}>
                    <Text fw={500} size="sm">
                      {t('admin.users.first_sign_in')}
                    </Text>
                    <SegmentedControl
                      fullWidth
                      data={[
                        { value: 'password', label: t('admin.users.set_password') },
                        { value: 'invite', label: t('admin.users.send_invitation') },
                      ]}
                      value={data.invite ? 'invite' : 'password'}
                      onChange={(value) => update({ invite: value === 'invite' })}
                      data-testid="user-first-sign-in"
                    />
                    {data.invite ? (
                      <Text size="sm" c="dimmed">
                        {t('admin.users.invitation_help')}
                      </Text>
                    ) : (
                      <PasswordInput
                        label={t('admin.users.initial_password')}
                        description={t('admin.users.password_help')}
                        value={data.password}
                        onChange={(event) => update({ password: event.currentTarget.value })}
                        error={errors.password}
                        autoComplete="new-password"
                        required
                        data-testid="user-password"
                      />
                    )}
                  </Stack>
                </Stack>
              </Paper>
              <Paper withBorder radius="md" p="md">
                <AccessFields
                  roles={roles}
                  sites={sites}
                  grants={data.roles}
                  siteIds={data.sites}
                  onGrantsChange={(grants) => update({ roles: grants })}
                  onSitesChange={(ids) => update({ sites: ids })}
                  errors={errors}
                />
              </Paper>
              <Group justify="flex-end" gap="sm">
                <Button variant="default" component={Link} route="admin.users.index">
                  {t('admin.common.cancel')}
                </Button>
                <Button type="submit" loading={processing} data-testid="user-submit">
                  {t('admin.users.create')}
                </Button>
              </Group>
            </Stack>
          )
        }}
      </Form>
    </Stack>
  )
}
