import { Head } from '@inertiajs/react'
import { Form, Link } from '@adonisjs/inertia/react'
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconDevices, IconLock } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'

/** The signed-in user's own details and password. */
export default function ProfileShow({ profile }: { profile: Data.User }) {
  const { t } = useTranslate()
  return (
    <Stack gap="lg" maw={960}>
      <Head title={t('account.profile_title')} />
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t('account.profile_title')}</Title>
          <Text c="dimmed">{t('account.profile_subtitle')}</Text>
        </div>
        <Button
          component={Link}
          route="user_sessions.index"
          variant="light"
          leftSection={<IconDevices size={18} stroke={1.6} />}
          w={{ base: '100%', xs: 'auto' }}
          data-testid="profile-sessions-link"
        >
          {t('account.sessions_link')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <DetailsCard profile={profile} />
        <PasswordCard />
      </SimpleGrid>
    </Stack>
  )
}

function DetailsCard({ profile }: { profile: Data.User }) {
  const { t } = useTranslate()
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <Title order={3} fz="lg" mb="md">
        {t('account.details_title')}
      </Title>
      <Form route="profile.update" options={{ preserveScroll: true }}>
        {({ errors, processing }) => (
          <Stack>
            <TextInput
              name="name"
              label={t('account.name')}
              defaultValue={profile.name}
              autoComplete="name"
              maxLength={200}
              required
              error={errors.name}
            />
            <TextInput
              label={t('account.email')}
              value={profile.email}
              description={t('account.email_hint')}
              readOnly
              variant="filled"
            />
            <NativeSelect
              name="locale"
              label={t('account.language')}
              defaultValue={profile.locale}
              data={[
                { value: 'en', label: t('language.en') },
                { value: 'id', label: t('language.id') },
              ]}
              error={errors.locale}
            />
            <Button type="submit" loading={processing} w={{ base: '100%', xs: 'auto' }}>
              {t('account.save')}
            </Button>
          </Stack>
        )}
      </Form>
    </Paper>
  )
}

function PasswordCard() {
  const { t } = useTranslate()
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <Title order={3} fz="lg" mb="md">
        {t('account.password_title')}
      </Title>
      <Form
        route="profile_password.update"
        options={{ preserveScroll: true }}
        resetOnError={['current_password', 'password']}
        resetOnSuccess
      >
        {({ errors, processing }) => (
          <Stack>
            <PasswordInput
              name="current_password"
              label={t('account.current_password')}
              leftSection={<IconLock size={16} stroke={1.6} />}
              autoComplete="current-password"
              required
              error={errors.current_password}
            />
            <PasswordInput
              name="password"
              label={t('account.new_password')}
              description={t('account.password_hint')}
              autoComplete="new-password"
              minLength={12}
              maxLength={512}
              required
              error={errors.password}
            />
            <PasswordInput
              name="password_confirmation"
              label={t('account.confirm_password')}
              autoComplete="new-password"
              required
            />
            <Checkbox
              name="logout_others"
              value="true"
              label={t('account.logout_others')}
              description={t('account.logout_others_hint')}
              error={errors.logout_others}
            />
            <Button type="submit" loading={processing} w={{ base: '100%', xs: 'auto' }}>
              {t('account.change_password')}
            </Button>
          </Stack>
        )}
      </Form>
    </Paper>
  )
}
