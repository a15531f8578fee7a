import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Link, useRouter } from '@adonisjs/inertia/react'
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { IconArrowLeft, IconDeviceDesktop, IconDeviceMobile, IconLogout } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'

/** The signed-in user's browser sessions, this one first. */
export default function ProfileSessions({ sessions }: { sessions: Data.UserSession[] }) {
  const { t } = useTranslate()
  const ordered = [...sessions].sort((a, b) => Number(b.current) - Number(a.current))
  const others = ordered.filter((session) => !session.current)

  return (
    <Stack gap="lg" maw={960}>
      <Head title={t('account.sessions_title')} />
      <div>
        <Anchor component={Link} route="profile.show" size="sm" display="inline-flex" mb={4}>
          <IconArrowLeft size={16} stroke={1.6} style={{ marginRight: 6 }} />
          {t('account.back_to_profile')}
        </Anchor>
        <Title order={2}>{t('account.sessions_title')}</Title>
        <Text c="dimmed">{t('account.sessions_subtitle')}</Text>
      </div>
      <Stack gap="sm" data-testid="session-list">
        {ordered.map((session) => (
          <SessionCard key={session.id} session={session} />
        ))}
      </Stack>
      {others.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="sessions-empty">
          {t('account.sessions_empty')}
        </Text>
      )}
    </Stack>
  )
}

function SessionCard({ session }: { session: Data.UserSession }) {
  const { t, locale } = useTranslate()
  const router = useRouter()
  const [revoking, setRevoking] = useState(false)
  const format = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso)
    )
  const device = t('account.device', {
    browser: session.browser ?? t('account.unknown_browser'),
    os: session.os ?? t('account.unknown_os'),
  })
  const Icon = session.mobile ? IconDeviceMobile : IconDeviceDesktop

  return (
    <Paper withBorder radius="lg" p="md" data-testid="session-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Group align="flex-start" wrap="nowrap" gap="md" style={{ flex: 1, minWidth: 220 }}>
          <ThemeIcon
            variant="light"
            size={40}
            radius="md"
            color={session.current ? 'teal' : 'gray'}
          >
            <Icon size={22} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={6} style={{ flex: 1 }}>
            <Group gap="xs">
              <Text fw={600}>{device}</Text>
              {session.current && (
                <Badge color="teal" variant="light" data-testid="this-device">
                  {t('account.this_device')}
                </Badge>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" verticalSpacing={4}>
              <Detail label={t('account.ip_address')} value={session.ipAddress ?? '—'} />
              <Detail label={t('account.signed_in')} value={format(session.createdAt)} />
              <Detail label={t('account.last_seen')} value={format(session.lastSeenAt)} />
            </SimpleGrid>
          </Stack>
        </Group>
        {!session.current && (
          <Button
            variant="light"
            color="red"
            leftSection={<IconLogout size={16} stroke={1.6} />}
            loading={revoking}
            aria-label={t('account.revoke_label', { device })}
            w={{ base: '100%', xs: 'auto' }}
            onClick={() =>
              router.delete(
                { route: 'user_sessions.destroy', routeParams: { id: session.id } },
                {
                  preserveScroll: true,
                  onStart: () => setRevoking(true),
                  onFinish: () => setRevoking(false),
                }
              )
            }
          >
            {t('account.revoke')}
          </Button>
        )}
      </Group>
    </Paper>
  )
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  )
}
