import { Head } from '@inertiajs/react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Alert,
  Anchor,
  Button,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconAt, IconClockPause, IconLock } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

/** `lockout` is set (already translated) while too many failed attempts block sign-in. */
export default function Login({ lockout }: { lockout?: string }) {
  const { t } = useTranslate()
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 'xl' }} radius="lg">
      <Head title={t('auth.login_title')} />
      <Stack gap={4} mb="lg">
        <Title order={2} fz={24}>
          {t('auth.login_title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('auth.subtitle')}
        </Text>
      </Stack>
      {lockout && (
        <Alert color="red" mb="md" role="alert" icon={<IconClockPause size={18} />}>
          {lockout}
        </Alert>
      )}
      {/* noValidate: the server's messages are translated, the browser's are not */}
      <Form route="session.store" resetOnError={['password']} noValidate>
        {({ errors, processing }: FormSlotProps<{ email: string; password: string }>) => (
          <Stack>
            <TextInput
              name="email"
              type="email"
              label={t('auth.email')}
              leftSection={<IconAt size={16} stroke={1.6} />}
              autoComplete="username"
              required
              autoFocus
              error={errors.email}
            />
            <PasswordInput
              name="password"
              label={t('auth.password')}
              leftSection={<IconLock size={16} stroke={1.6} />}
              autoComplete="current-password"
              required
              error={errors.password}
            />
            <Anchor component={Link} route="password_resets.create" size="sm" ta="right" mt={-8}>
              {t('account.forgot_link')}
            </Anchor>
            <Button type="submit" loading={processing} fullWidth size="md" mt="xs">
              {t('auth.login_submit')}
            </Button>
          </Stack>
        )}
      </Form>
    </Paper>
  )
}
