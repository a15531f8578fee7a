import { Badge, Group } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'

const STATUS_COLOR: Record<string, string> = {
  open: 'blue',
  in_progress: 'yellow',
  done: 'teal',
  verified: 'green',
  cancelled: 'gray',
}

const PRIORITY_COLOR: Record<string, string> = {
  low: 'gray',
  medium: 'blue',
  high: 'orange',
  critical: 'red',
}

/** Status, priority and overdue badges of a corrective action. */
export function CapaBadges(props: { status: string; priority: string; overdue: boolean }) {
  const { t } = useTranslate()
  const capaStatus = props.status
  const capaPriority = props.priority
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={STATUS_COLOR[capaStatus]} variant="light" data-testid="capa-status">
        {t(`capa.status.${capaStatus}`)}
      </Badge>
      <Badge color={PRIORITY_COLOR[capaPriority]} variant="dot">
        {t(`capa.priority.${capaPriority}`)}
      </Badge>
      {props.overdue && (
        <Badge color="red" variant="filled">
          {t('capa.overdue')}
        </Badge>
      )}
    </Group>
  )
}
