import { useEffect, type ReactNode } from 'react'
import { usePage } from '@inertiajs/react'
import { useDisclosure, useLocalStorage } from '@mantine/hooks'
import {
  ActionIcon,
  AppShell,
  Box,
  Burger,
  Center,
  Group,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core'
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand } from '@tabler/icons-react'
import { Brand } from '~/components/brand'
import { ModuleNav } from '~/components/module_nav'
import { SitePicker } from '~/components/site_picker'
import { LanguageSwitch } from '~/components/language_switch'
import { UserMenu } from '~/components/user_menu'
import { NotificationBell } from '~/components/notification_bell'
import { FlashMessages } from '~/components/flash_messages'
import { PageErrorBoundary } from '~/components/error_boundary'
import { useNavigationErrors } from '~/hooks/use_navigation_errors'
import { useTranslate } from '~/hooks/use_translate'

/**
 * The one place a layout is chosen: the application shell for signed-in
 * users, a centred card layout for everyone else.
 */
export default function AppLayout({ children }: { children: ReactNode }) {
  const { user } = usePage().props
  const { t, locale } = useTranslate()
  const { url } = usePage()
  useNavigationErrors()

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const page = (
    <PageErrorBoundary
      resetKey={url}
      labels={{
        title: t('errors.client_title'),
        body: t('errors.client_body'),
        reload: t('errors.reload'),
      }}
    >
      {children}
    </PageErrorBoundary>
  )
  return user ? <Shell>{page}</Shell> : <GuestLayout>{page}</GuestLayout>
}

function GuestLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslate()
  return (
    <Box mih="100dvh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center style={{ flex: 1 }} px="md" pb={64}>
        <Stack w="100%" maw={420} gap="lg">
          <Stack align="center" gap={6}>
            <Brand size="lg" />
            <Text c="dimmed" size="sm" ta="center">
              {t('app.tagline')}
            </Text>
          </Stack>
          <FlashMessages errorColor="orange" mb={0} />
          {children}
        </Stack>
      </Center>
    </Box>
  )
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslate()
  const [mobileOpened, { toggle: toggleMobile, close: closeMobile }] = useDisclosure()
  const [desktopOpened, setDesktopOpened] = useLocalStorage({
    key: 'harmoni360.sidebar',
    defaultValue: true,
    getInitialValueInEffect: false,
  })

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{
        width: 260,
        breakpoint: 'sm',
        collapsed: { mobile: !mobileOpened, desktop: !desktopOpened },
      }}
      padding={{ base: 'md', sm: 'lg' }}
      bg="gray.0"
    >
      <AppShell.Header px={{ base: 'xs', sm: 'md' }}>
        <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap" miw={0}>
            <Burger
              opened={mobileOpened}
              onClick={toggleMobile}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggle_navigation')}
              aria-expanded={mobileOpened}
              data-testid="nav-toggle-mobile"
            />
            <ActionIcon
              onClick={() => setDesktopOpened((opened) => !opened)}
              visibleFrom="sm"
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('header.toggle_navigation')}
              aria-expanded={desktopOpened}
              data-testid="nav-toggle-desktop"
            >
              {desktopOpened ? (
                <IconLayoutSidebarLeftCollapse size={22} stroke={1.6} />
              ) : (
                <IconLayoutSidebarLeftExpand size={22} stroke={1.6} />
              )}
            </ActionIcon>
            <Brand />
          </Group>
          <Group gap="xs" wrap="nowrap" data-testid="header-actions">
            <SitePicker />
            <Box visibleFrom="xs">
              <LanguageSwitch />
            </Box>
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('nav.main')} data-testid="navbar">
        <AppShell.Section grow component={ScrollArea} p="sm">
          <ModuleNav onNavigate={closeMobile} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Box maw={1280} mx="auto">
          <FlashMessages />
          {children}
        </Box>
      </AppShell.Main>
    </AppShell>
  )
}
