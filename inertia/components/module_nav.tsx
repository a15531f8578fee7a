import { usePage } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import { NavLink, Stack, Text } from '@mantine/core'
import {
  IconAlertTriangle,
  IconBiohazard,
  IconCertificate,
  IconChartBar,
  IconClipboardCheck,
  IconFileCertificate,
  IconFirstAidKit,
  IconGauge,
  IconHelmet,
  IconLicense,
  IconRecycle,
  IconSchool,
  IconSettings,
  IconShieldLock,
  type Icon,
} from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'

/** Icon and route of each module; modules without pages yet have no route. */
const MODULE_ITEMS: Record<string, { icon: Icon; route?: 'dashboard' }> = {
  dashboard: { icon: IconGauge, route: 'dashboard' },
  incidents: { icon: IconAlertTriangle },
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
  users: { icon: IconSettings },
}

export function ModuleNav({ onNavigate }: { onNavigate?: () => void }) {
  const { modules } = usePage().props
  const { url } = usePage()
  const { t } = useTranslate()

  if (modules.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('nav.empty')}
      </Text>
    )
  }

  return (
    <Stack gap={2} component="nav" aria-label={t('nav.label')}>
      {modules.map((module) => {
        const item = MODULE_ITEMS[module]
        if (!item) return null
        const Icon = item.icon
        return (
          <NavLink
            key={module}
            label={t(`nav.${module}`)}
            leftSection={<Icon size={18} stroke={1.6} />}
            active={item.route ? url.startsWith(urlFor(item.route)) : false}
            disabled={!item.route}
            {...(item.route ? { component: Link, route: item.route, onClick: onNavigate } : {})}
          />
        )
      })}
    </Stack>
  )
}
