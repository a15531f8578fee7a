import { router, usePage } from '@inertiajs/react'
import { Avatar, Box, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react'
import { Link } from '@adonisjs/inertia/react'
import { useTranslate } from '~/hooks/use_translate'
import { LanguageSwitch } from '~/components/language_switch'
import { urlFor } from '~/client'

/**
 * Avatar (plus name from the `sm` breakpoint up) opening the account menu.
 * On phones the language switch lives here, leaving the header room for
 * the notification bell.
 */
export function UserMenu() {
  const { user } = usePage().props
  const { t } = useTranslate()
  if (!user) return null

  return (
    <Menu position="bottom-end" withArrow width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={t('header.user_menu')}
          data-testid="user-menu"
          px={6}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-xl)' }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar color="blue" radius="xl" size={30} data-testid="user-initials">
              {user.initials}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={180} truncate data-testid="user-name">
              {user.name}
            </Text>
            <Box visibleFrom="sm" display="flex">
              <IconChevronDown size={14} stroke={1.6} />
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={0} px="sm" py={6}>
          <Text size="xs" c="dimmed">
            {t('header.user_menu_heading')}
          </Text>
          <Text size="sm" fw={600} truncate data-testid="user-menu-name">
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Stack>
        <Box hiddenFrom="xs" px="sm" pb={6}>
          <LanguageSwitch />
        </Box>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          route="profile.show"
          leftSection={<IconUserCircle size={16} stroke={1.6} />}
          data-testid="user-menu-profile"
        >
          {t('account.menu_profile')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} stroke={1.6} />}
          onClick={() => router.post(urlFor('session.destroy'))}
        >
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
