import { Link } from '@adonisjs/inertia/react'
import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'
import { SeverityBadges, StatusBadge } from '~/components/incidents/incident_badges.js'

/**
 * Incidents as cards on a phone and as a table from tablets up.
 */
export function IncidentList({ incidents }: { incidents: Data.Incident[] }) {
  const { t, locale } = useTranslate()
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(locale === 'id' ? 'id-ID' : 'en-GB')
  return (
    <>
      <Stack gap={0} hiddenFrom="sm">
        {incidents.map((incident) => {
          const incidentType = incident.type
          return (
            <Paper
              key={incident.id}
              component={Link}
              route="incidents.show"
              routeParams={{ id: incident.id }}
              p="sm"
              radius={0}
              style={{
                borderBottom: '1px solid var(--mantine-color-default-border)',
                color: 'inherit',
                textDecoration: 'none',
              }}
              data-testid="incident-card"
            >
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={600} c="blue" size="sm">
                  {incident.number}
                </Text>
                <StatusBadge incidentStatus={incident.status} />
              </Group>
              <Text size="sm" fw={500} lineClamp={2}>
                {incident.title}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`incidents.types.${incidentType}`)} · {date(incident.occurredAt)}
              </Text>
            </Paper>
          )
        })}
      </Stack>
      <Table.ScrollContainer minWidth={760} visibleFrom="sm">
        <Table verticalSpacing="sm" highlightOnHover data-testid="incidents-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('incidents.fields.number')}</Table.Th>
              <Table.Th>{t('incidents.fields.title')}</Table.Th>
              <Table.Th>{t('incidents.fields.status')}</Table.Th>
              <Table.Th>{t('incidents.fields.severity')}</Table.Th>
              <Table.Th>{t('incidents.fields.occurred_at')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {incidents.map((incident) => {
              const incidentType = incident.type
              return (
                <Table.Tr key={incident.id} data-testid="incident-row">
                  <Table.Td>
                    <Anchor
                      component={Link}
                      route="incidents.show"
                      routeParams={{ id: incident.id }}
                      fw={600}
                    >
                      {incident.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} lineClamp={1}>
                      {incident.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`incidents.types.${incidentType}`)} · {incident.site?.name}
                      {incident.location ? ` · ${incident.location.name}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge incidentStatus={incident.status} />
                  </Table.Td>
                  <Table.Td>
                    <SeverityBadges
                      actual={incident.actualSeverity}
                      potential={incident.potentialSeverity}
                      psif={incident.psif}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{date(incident.occurredAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  )
}
