import { Head } from '@inertiajs/react'
import { Form, Link } from '@adonisjs/inertia/react'
import { Anchor, Button, EmptyState, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconLinkOff, IconLock } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

/** New password form for a reset link; `token` is null when the link cannot be used. */
export default function ResetPassword({ token }: { token: string | null }) {
  const { t } = useTranslate()

  if (!token) {
    return (
      <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 'xl' }} radius="lg">
        <Head title={t('account.invalid_title')} />
        <EmptyState
          variant="light"
          color="orange"
          icon={<IconLinkOff size={26} />}
          title={t('account.invalid_title')}
          description={t('account.invalid_body')}
          data-testid="reset-invalid"
        >
          <EmptyState.Actions>
            <Button component={Link} route="password_resets.create">
              {t('account.request_new_link')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    )
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 'xl' }} radius="lg">
      <Head title={t('account.reset_title')} />
      <Stack gap={4} mb="lg">
        <Title order={2} fz={24}>
          {t('account.reset_title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('account.reset_subtitle')}
        </Text>
      </Stack>
      <Form route="password_resets.update" routeParams={{ token }} resetOnError={['password']}>
        {({ errors, processing }) => (
          <Stack>
            <PasswordInput
              name="password"
              label={t('account.new_password')}
              description={t('account.password_hint')}
              leftSection={<IconLock size={16} stroke={1.6} />}
              autoComplete="new-password"
              minLength={12}
              maxLength={512}
              required
              autoFocus
              error={errors.password}
            />
            <PasswordInput
              name="password_confirmation"
              label={t('account.confirm_password')}
              leftSection={<IconLock size={16} stroke={1.6} />}
              autoComplete="new-password"
              required
            />
            <Button type="submit" loading={processing} fullWidth size="md" mt="xs">
              {t('account.reset_submit')}
            </Button>
          </Stack>
        )}
      </Form>
      <Anchor component={Link} route="session.create" size="sm" mt="lg" display="inline-flex">
        <IconArrowLeft size={16} stroke={1.6} style={{ marginRight: 6 }} />
        {t('account.back_to_login')}
      </Anchor>
    </Paper>
  )
}
