import { router, usePage } from '@inertiajs/react'
import { useDisclosure } from '@mantine/hooks'
import { Link } from '@adonisjs/inertia/react'
import {
  ActionIcon,
  Badge,
  Button,
  Divider,
  Group,
  Indicator,
  Menu,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { IconBell, IconSettings } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'
import { useNotifications, type LiveNotification } from '~/hooks/use_notifications'
import { urlFor } from '~/client'

function formatTime(value: string, locale: string) {
  return new Date(value).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}

/** The header bell: live unread count, the latest items, mark all read. */
export function NotificationBell() {
  const { user, unreadNotifications } = usePage().props
  const { t, locale } = useTranslate()
  const live = useNotifications(user?.id ?? null, Number(unreadNotifications ?? 0))
  const [opened, menu] = useDisclosure(false)
  if (!user) return null

  const open = (item: LiveNotification) => {
    menu.close()
    live.markRead(item.id)
    router.put(urlFor('notifications.read', { id: item.id }), undefined, {
      preserveScroll: true,
      onSuccess: () => {
        if (item.url) router.visit(item.url)
      },
    })
  }

  const readAll = () => {
    live.markAllRead()
    router.put(urlFor('notifications.read_all'), undefined, { preserveScroll: true })
  }

  return (
    <Menu
      opened={opened}
      onChange={(next) => (next ? menu.open() : menu.close())}
      onOpen={() => live.refresh()}
      position="bottom-end"
      withArrow
      width={340}
      shadow="md"
    >
      <Menu.Target>
        <Indicator
          label={live.unread > 99 ? '99+' : live.unread}
          size={18}
          color="red"
          offset={6}
          disabled={live.unread === 0}
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('notifications.bell', { count: live.unread })}
            data-testid="notification-bell"
            data-unread={live.unread}
            data-live={live.live}
          >
            <IconBell size={20} stroke={1.6} />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown data-testid="notification-dropdown">
        <Group justify="space-between" px="sm" py={6}>
          <Text fw={600} size="sm">
            {t('notifications.title')}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={readAll} disabled={!live.unread}>
            {t('notifications.mark_all_read')}
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={360}>
          {live.items.length === 0 ? (
            <Text size="sm" c="dimmed" p="md" ta="center">
              {t('notifications.empty')}
            </Text>
          ) : (
            live.items.map((item) => (
              <UnstyledButton
                key={item.id}
                onClick={() => open(item)}
                w="100%"
                px="sm"
                py={8}
                data-testid="notification-item"
                bg={item.read ? undefined : 'blue.0'}
              >
                <Stack gap={2}>
                  <Group gap={6} wrap="nowrap">
                    {item.urgent && (
                      <Badge size="xs" color="red">
                        {t('notifications.urgent')}
                      </Badge>
                    )}
                    <Text size="sm" fw={item.read ? 400 : 600} lineClamp={2}>
                      {item.title}
                    </Text>
                  </Group>
                  {item.body && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {item.body}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    {formatTime(item.createdAt, locale)}
                  </Text>
                </Stack>
              </UnstyledButton>
            ))
          )}
        </ScrollArea.Autosize>
        <Divider />
        <Group justify="space-between" px="sm" py={6}>
          <Button
            component={Link}
            route="notifications.index"
            size="compact-xs"
            variant="light"
            onClick={menu.close}
            data-testid="notification-see-all"
          >
            {t('notifications.see_all')}
          </Button>
          <ActionIcon
            component={Link}
            route="notification_preferences.edit"
            onClick={menu.close}
            variant="subtle"
            color="gray"
            aria-label={t('notifications.preferences.title')}
          >
            <IconSettings size={16} stroke={1.6} />
          </ActionIcon>
        </Group>
      </Menu.Dropdown>
    </Menu>
  )
}
