import { Head } from '@inertiajs/react'
import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import { Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'

export default function Login() {
  const { t } = useTranslate()
  return (
    <Paper withBorder shadow="sm" p="lg" radius="md">
      <Head title={t('auth.login_title')} />
      <Title order={3} mb="md">
        {t('auth.login_title')}
      </Title>
      <Form route="session.store" resetOnError={['password']}>
        {({ errors, processing }: FormSlotProps<{ email: string; password: string }>) => (
          <Stack>
            <TextInput
              name="email"
              type="email"
              label={t('auth.email')}
              autoComplete="username"
              required
              autoFocus
              error={errors.email}
            />
            <PasswordInput
              name="password"
              label={t('auth.password')}
              autoComplete="current-password"
              required
              error={errors.password}
            />
            <Button type="submit" loading={processing} fullWidth>
              {t('auth.login_submit')}
            </Button>
          </Stack>
        )}
      </Form>
    </Paper>
  )
}
