import { Link } from '@adonisjs/inertia/react'
import { Button, Group, ScrollArea } from '@mantine/core'
import { IconListDetails, IconShieldCheck, IconUsers } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

/** Which administration pages the signed-in user may open (decided by the server). */
export type AdminSections = { users: boolean; roles: boolean; securityLog: boolean }

/** Links between the administration pages; scrolls sideways on a phone. */
export function AdminTabs({
  sections,
  active,
}: {
  sections: AdminSections
  active: keyof AdminSections
}) {
  const { t } = useTranslate()
  const items = [
    {
      key: 'users' as const,
      route: 'admin.users.index' as const,
      label: t('admin.nav.users'),
      Icon: IconUsers,
    },
    {
      key: 'roles' as const,
      route: 'admin.roles.index' as const,
      label: t('admin.nav.roles'),
      Icon: IconShieldCheck,
    },
    {
      key: 'securityLog' as const,
      route: 'admin.security_events.index' as const,
      label: t('admin.nav.security_log'),
      Icon: IconListDetails,
    },
  ].filter((item) => sections[item.key])

  return (
    <ScrollArea type="never" mb="md">
      <Group gap="xs" wrap="nowrap" component="nav" aria-label={t('admin.nav.label')}>
        {items.map(({ key, route, label, Icon }) => (
          <Button
            key={key}
            component={Link}
            route={route}
            variant={key === active ? 'light' : 'subtle'}
            color={key === active ? 'blue' : 'gray'}
            leftSection={<Icon size={16} stroke={1.6} />}
            aria-current={key === active ? 'page' : undefined}
            data-testid={`admin-tab-${key}`}
          >
            {label}
          </Button>
        ))}
      </Group>
    </ScrollArea>
  )
}
