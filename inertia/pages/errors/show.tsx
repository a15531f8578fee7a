import { Head } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { Button, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'

export default function ErrorShow({ status }: { status: 403 | 404 | 500 | 503 }) {
  const { t } = useTranslate()
  return (
    <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="xl">
      <Head title={t(`errors.${status}.title`)} />
      <Stack align="flex-start">
        <Text c="dimmed" fw={700}>
          {status}
        </Text>
        <Title order={2}>{t(`errors.${status}.title`)}</Title>
        <Text>{t(`errors.${status}.body`)}</Text>
        <Button component={Link} route="dashboard" variant="light">
          {t('errors.home')}
        </Button>
      </Stack>
    </Paper>
  )
}
