import { Badge, Group } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'

const STATUS_COLORS: Record<string, string> = {
  reported: 'blue',
  triaged: 'cyan',
  under_investigation: 'orange',
  actions_pending: 'yellow',
  closed: 'gray',
}

const SEVERITY_COLORS = ['gray', 'teal', 'yellow', 'orange', 'red', 'red']

export function StatusBadge({ incidentStatus }: { incidentStatus: string }) {
  const { t } = useTranslate()
  return (
    <Badge color={STATUS_COLORS[incidentStatus] ?? 'gray'} variant="light" data-testid="status">
      {t(`incidents.status.${incidentStatus}`)}
    </Badge>
  )
}

/** Actual and potential severity (1–5, labelled) and the PSIF flag. */
export function SeverityBadges({
  actual,
  potential,
  psif,
}: {
  actual: number | null
  potential: number | null
  psif: boolean
}) {
  const { t } = useTranslate()
  const badge = (label: string, severityLevel: number | null) =>
    severityLevel ? (
      <Badge color={SEVERITY_COLORS[severityLevel]} variant="outline" size="sm">
        {label} {severityLevel} · {t(`incidents.severity.${severityLevel}`)}
      </Badge>
    ) : null
  return (
    <Group gap={4}>
      {badge(t('incidents.fields.actual_short'), actual)}
      {badge(t('incidents.fields.potential_short'), potential)}
      {psif && (
        <Badge color="red" variant="filled" size="sm" data-testid="psif">
          {t('incidents.psif')}
        </Badge>
      )}
    </Group>
  )
}

/** Select options for a list of codes, labelled from `incidents.<group>.<code>`. */
export function useIncidentOptions() {
  const { t } = useTranslate()
  return {
    types: (codes: string[]) =>
      codes.map((incidentType) => ({
        value: incidentType,
        label: t(`incidents.types.${incidentType}`),
      })),
    statuses: (codes: string[]) =>
      codes.map((incidentStatus) => ({
        value: incidentStatus,
        label: t(`incidents.status.${incidentStatus}`),
      })),
    severities: (levels: number[]) =>
      levels.map((severityLevel) => ({
        value: String(severityLevel),
        label: `${severityLevel} · ${t(`incidents.severity.${severityLevel}`)}`,
      })),
  }
}
