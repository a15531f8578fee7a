import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { useRouter } from '@adonisjs/inertia/react'
import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'

type Channel = 'in_app' | 'email' | 'both' | 'digest' | 'none'

type Props = InertiaProps<{
  preferences: Record<string, Channel>
  kinds: { kind: string; label: string; defaultChannel: Channel }[]
}>

export default function NotificationPreferences({ preferences, kinds }: Props) {
  const { t } = useTranslate()
  const router = useRouter()
  const [choices, setChoices] = useState(preferences)
  const [saving, setSaving] = useState(false)
  const labels: Record<Channel, string> = {
    in_app: t('notifications.preferences.in_app'),
    email: t('notifications.preferences.email'),
    both: t('notifications.preferences.both'),
    digest: t('notifications.preferences.digest'),
    none: t('notifications.preferences.none'),
  }
  const channelLabel = (channel: Channel) => labels[channel]
  const channels = (['in_app', 'email', 'both', 'digest', 'none'] as const).map((value) => ({
    value,
    label: channelLabel(value),
  }))

  const save = () =>
    router.put(
      { route: 'notification_preferences.update' },
      { preferences: choices },
      { onStart: () => setSaving(true), onFinish: () => setSaving(false) }
    )

  return (
    <Stack gap="md" maw={820}>
      <Head title={t('notifications.preferences.title')} />
      <div>
        <Title order={2}>{t('notifications.preferences.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('notifications.preferences.subtitle')}
        </Text>
      </div>
      <Paper withBorder radius="md" p="md">
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
              <Table.Th>{t('notifications.preferences.channel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map(({ kind, label, defaultChannel }) => (
              <Table.Tr key={kind}>
                <Table.Td>
                  <Text size="sm">{label}</Text>
                  <Text size="xs" c="dimmed">
                    {t('notifications.preferences.default', {
                      channel: channelLabel(defaultChannel),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={label}
                    data={channels}
                    value={choices[kind]}
                    allowDeselect={false}
                    onChange={(value) =>
                      value && setChoices((current) => ({ ...current, [kind]: value as Channel }))
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between" mt="md">
          <Button
            variant="subtle"
            onClick={() => router.post({ route: 'notification_preferences.test' })}
          >
            {t('notifications.preferences.test')}
          </Button>
          <Button onClick={save} loading={saving}>
            {t('notifications.preferences.save')}
          </Button>
        </Group>
      </Paper>
    </Stack>
  )
}
