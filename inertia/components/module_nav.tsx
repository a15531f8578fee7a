import { usePage } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { NavLink, Stack, Text, ThemeIcon } from '@mantine/core'
import {
  IconAlertTriangle,
  IconBiohazard,
  IconCertificate,
  IconChecklist,
  IconChartBar,
  IconClipboardCheck,
  IconFileCertificate,
  IconFirstAidKit,
  IconGauge,
  IconHelmet,
  IconLicense,
  IconLock,
  IconPoint,
  IconRecycle,
  IconSchool,
  IconSettings,
  IconShieldLock,
  type Icon,
} from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'

/** Icon and route of each module; modules without pages yet have no route. */
const MODULE_ITEMS: Record<
  string,
  { icon: Icon; route?: 'dashboard' | 'incidents.index' | 'admin.users.index' }
> = {
  dashboard: { icon: IconGauge, route: 'dashboard' },
  incidents: { icon: IconAlertTriangle, route: 'incidents.index' },
  hazards: { icon: IconBiohazard },
  inspections: { icon: IconClipboardCheck },
  audits: { icon: IconFileCertificate },
  work_permits: { icon: IconCertificate },
  training: { icon: IconSchool },
  ppe: { icon: IconHelmet },
  health: { icon: IconFirstAidKit },
  security: { icon: IconShieldLock },
  waste: { icon: IconRecycle },
  licenses: { icon: IconLicense },
  reports: { icon: IconChartBar },
  users: { icon: IconSettings, route: 'admin.users.index' },
}

/**
 * The sidebar: exactly the modules the server says the user may open
 * (`modules` shared prop), in the server's order.
 */
export function ModuleNav({ onNavigate }: { onNavigate?: () => void }) {
  const { modules } = usePage().props
  const { url } = usePage()
  const { t } = useTranslate()

  if (modules.length === 0) {
    return (
      <Stack align="center" gap="xs" py="xl" px="sm" data-testid="module-nav-empty">
        <ThemeIcon variant="light" color="gray" size="lg" radius="xl">
          <IconLock size={18} />
        </ThemeIcon>
        <Text c="dimmed" size="sm" ta="center">
          {t('nav.empty')}
        </Text>
      </Stack>
    )
  }

  return (
    <Stack gap={2} data-testid="module-nav">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={6} lts={0.4}>
        {t('nav.label')}
      </Text>
      {modules.map((module) => {
        const item = MODULE_ITEMS[module] ?? { icon: IconPoint }
        const Icon = item.icon
        const label = t(`nav.${module}`)
        const linkProps = item.route
          ? { component: Link, route: item.route, onClick: onNavigate }
          : { 'aria-disabled': true }
        return (
          <NavLink
            key={module}
            label={label}
            data-module={module}
            leftSection={<Icon size={18} stroke={1.6} />}
            active={item.route ? url.startsWith(urlFor(item.route)) : false}
            disabled={!item.route}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            {...linkProps}
          />
        )
      })}
      <NavLink
        component={Link}
        route="corrective_actions.index"
        label={t('capa.nav')}
        leftSection={<IconChecklist size={18} stroke={1.6} />}
        active={url.startsWith(urlFor('corrective_actions.index'))}
        onClick={onNavigate}
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
        mt="sm"
        data-testid="nav-my-actions"
      />
    </Stack>
  )
}
