import { Head } from '@inertiajs/react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconAlertCircle, IconArrowLeft, IconAt } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

/** Asks for the account's email; the answer is the same whether it exists or not. */
export default function ForgotPassword({ throttled }: { throttled?: string }) {
  const { t } = useTranslate()
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 'xl' }} radius="lg">
      <Head title={t('account.forgot_title')} />
      <Stack gap={4} mb="lg">
        <Title order={2} fz={24}>
          {t('account.forgot_title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('account.forgot_subtitle')}
        </Text>
      </Stack>
      {throttled && (
        <Alert color="orange" icon={<IconAlertCircle size={18} />} mb="md" role="alert">
          {throttled}
        </Alert>
      )}
      <Form route="password_resets.store">
        {({ errors, processing }: FormSlotProps<{ email: string }>) => (
          <Stack>
            <TextInput
              name="email"
              type="email"
              label={t('account.email')}
              leftSection={<IconAt size={16} stroke={1.6} />}
              autoComplete="username"
              inputMode="email"
              required
              autoFocus
              error={errors.email}
              data-testid="forgot-email"
            />
            <Button type="submit" loading={processing} fullWidth size="md">
              {t('account.send_link')}
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
