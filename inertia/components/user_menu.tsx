import { router, usePage } from '@inertiajs/react'
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import { IconLogout } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'

export function UserMenu() {
  const { user } = usePage().props
  const { t } = useTranslate()
  if (!user) return null

  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.user_menu')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size="sm">
              {user.initials}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" data-testid="user-name">
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={() => router.post(urlFor('session.destroy'))}
        >
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
