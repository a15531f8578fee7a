import type { ReactNode } from 'react'
import { usePage } from '@inertiajs/react'
import { useDisclosure } from '@mantine/hooks'
import { AppShell, Burger, Center, Container, Group, Select, Text, Title } from '@mantine/core'
import { ModuleNav } from '~/components/module_nav'
import { LanguageSwitch } from '~/components/language_switch'
import { UserMenu } from '~/components/user_menu'
import { FlashMessages } from '~/components/flash_messages'
import { useTranslate } from '~/hooks/use_translate'

/**
 * The one place a layout is chosen: the application shell for signed-in
 * users, a centred card layout for everyone else.
 */
export default function AppLayout({ children }: { children: ReactNode }) {
  const { user } = usePage().props
  return user ? <Shell>{children}</Shell> : <GuestLayout>{children}</GuestLayout>
}

function GuestLayout({ children }: { children: ReactNode }) {
  return (
    <Center mih="100dvh" bg="gray.0" p="md">
      <Container size={420} w="100%" px={0}>
        <Group justify="space-between" mb="lg">
          <Title order={2} c="blue.8">
            HarmoniHSE360
          </Title>
          <LanguageSwitch />
        </Group>
        <FlashMessages />
        {children}
      </Container>
    </Center>
  )
}

function Shell({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure()
  const { t } = useTranslate()

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggle_navigation')}
            />
            <Text fw={700} c="blue.8" size="lg">
              HarmoniHSE360
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Select
              visibleFrom="md"
              size="xs"
              w={180}
              aria-label={t('header.site')}
              placeholder={t('header.all_sites')}
              data={[]}
              disabled
            />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <ModuleNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <FlashMessages />
        {children}
      </AppShell.Main>
    </AppShell>
  )
}
