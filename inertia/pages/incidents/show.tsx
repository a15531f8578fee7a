import { Head } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { SeverityBadges, StatusBadge } from '~/components/incidents/incident_badges.js'
import { IncidentActions } from '~/components/incidents/incident_actions.js'
import { RecordTimeline } from '~/components/record_timeline.js'
import { RecordAudit } from '~/components/record_audit.js'
import { RecordAttachments } from '~/components/record_attachments.js'
import { CapaPanel } from '~/components/capa/capa_panel.js'
import { useNow } from '~/hooks/use_now'

type Props = InertiaProps<{
  incident: Data.Incident.Variants['forDetail']
  timeline: Data.TimelineEntry[]
  audit: Data.AuditLog[]
  attachments: Data.Attachment[]
  assignees: { id: number; name: string }[]
  vocabulary: { types: string[]; severities: number[] }
  actions: Data.CorrectiveAction[]
  regulatory: { outcome: string; deadlineAt: string; reportedAt: string | null } | null
  can: { planActions: boolean }
}>

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value || '—'}
      </Text>
    </div>
  )
}

export default function IncidentsShow(props: Props) {
  const { incident, timeline, audit, attachments, assignees, vocabulary, actions, can } = props
  const { regulatory } = props
  const investigated = ['under_investigation', 'actions_pending', 'closed'].includes(
    incident.status
  )
  const { t, locale } = useTranslate()
  const subject = { type: 'incident', id: incident.id }
  const dateTime = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB') : null
  const statusLabel = (incidentStatus: string) => t(`incidents.status.${incidentStatus}`)
  const incidentType = incident.type

  return (
    <Stack gap="md">
      <Head title={`${incident.number} · ${incident.title}`} />
      <Anchor component={Link} route="incidents.index" size="sm">
        ← {t('incidents.list.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Text fw={700} c="blue" size="lg" data-testid="incident-number">
            {incident.number}
          </Text>
          <Title order={2}>{incident.title}</Title>
          <Group gap={6} mt={6}>
            <StatusBadge incidentStatus={incident.status} />
            <Badge variant="default">{t(`incidents.types.${incidentType}`)}</Badge>
            <SeverityBadges
              actual={incident.actualSeverity}
              potential={incident.potentialSeverity}
              psif={incident.psif}
            />
          </Group>
        </div>
        <Group gap="xs">
          {incident.can.edit && (
            <Button
              variant="default"
              component={Link}
              route="incidents.edit"
              routeParams={{ id: incident.id }}
              data-testid="incident-edit"
            >
              {t('incidents.edit.button')}
            </Button>
          )}
          {investigated && (
            <Button
              variant="light"
              component={Link}
              route="investigations.show"
              routeParams={{ id: incident.id }}
              data-testid="incident-investigation"
            >
              {t('incidents.links.investigation')}
            </Button>
          )}
          {incidentType === 'injury_illness' && (
            <Button
              variant="light"
              component={Link}
              route="recordability.show"
              routeParams={{ id: incident.id }}
              data-testid="incident-recordability"
            >
              {t('incidents.links.recordability')}
            </Button>
          )}
          <IncidentActions incident={incident} assignees={assignees} vocabulary={vocabulary} />
        </Group>
      </Group>

      {regulatory && !regulatory.reportedAt && <RegulatoryCountdown clock={regulatory} />}

      <Tabs defaultValue="summary" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="summary">{t('incidents.tabs.summary')}</Tabs.Tab>
          <Tabs.Tab value="people">
            {t('incidents.tabs.people')} ({incident.people.length})
          </Tabs.Tab>
          <Tabs.Tab value="attachments">
            {t('incidents.tabs.attachments')} ({attachments.length})
          </Tabs.Tab>
          <Tabs.Tab value="actions" data-testid="tab-actions">
            {t('incidents.tabs.actions')} ({actions.length})
          </Tabs.Tab>
          <Tabs.Tab value="timeline" data-testid="tab-timeline">
            {t('incidents.tabs.timeline')}
          </Tabs.Tab>
          <Tabs.Tab value="audit" data-testid="tab-audit">
            {t('incidents.tabs.audit')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="summary" pt="md">
          <Paper withBorder radius="md" p="md">
            <Stack gap="md">
              <Field label={t('incidents.fields.description')} value={incident.description} />
              <Field
                label={t('incidents.fields.immediate_actions')}
                value={incident.immediateActions}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <Field
                  label={t('incidents.fields.occurred_at')}
                  value={dateTime(incident.occurredAt)}
                />
                <Field label={t('incidents.fields.site')} value={incident.site?.name} />
                <Field
                  label={t('incidents.fields.location')}
                  value={
                    incident.location && incident.can.triage ? (
                      <>
                        {incident.location.name}{' '}
                        <Anchor
                          component={Link}
                          route="incidents.location_code"
                          routeParams={{ location: incident.location.id }}
                          size="xs"
                        >
                          ({t('anonymous.qr_link')})
                        </Anchor>
                      </>
                    ) : (
                      incident.location?.name
                    )
                  }
                />
                <Field label={t('incidents.fields.department')} value={incident.department?.name} />
                <Field
                  label={t('incidents.fields.reporter')}
                  value={incident.isAnonymous ? t('incidents.anonymous') : incident.reporter?.name}
                />
                <Field
                  label={t('incidents.fields.responsible_manager')}
                  value={incident.responsibleManager?.name}
                />
                <Field
                  label={t('incidents.fields.investigator')}
                  value={incident.investigator?.name}
                />
                <Field
                  label={t('incidents.fields.gps')}
                  value={
                    incident.latitude !== null
                      ? `${incident.latitude}, ${incident.longitude}`
                      : null
                  }
                />
                <Field
                  label={t('incidents.fields.closed_at')}
                  value={dateTime(incident.closedAt)}
                />
              </SimpleGrid>
              <Field
                label={t('incidents.fields.lessons_learned')}
                value={incident.lessonsLearned}
              />
              {incident.reopenedReason && (
                <Field
                  label={t('incidents.fields.reopen_reason')}
                  value={incident.reopenedReason}
                />
              )}
            </Stack>
          </Paper>
        </Tabs.Panel>

        <Tabs.Panel value="people" pt="md">
          {incident.people.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('incidents.people.empty')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table data-testid="people">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('incidents.people.name')}</Table.Th>
                    <Table.Th>{t('incidents.people.role')}</Table.Th>
                    <Table.Th>{t('incidents.people.injury')}</Table.Th>
                    <Table.Th>{t('incidents.people.days')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {incident.people.map((person) => {
                    const personRole = person.role
                    const personType = person.personType
                    const treatment = person.treatment
                    return (
                      <Table.Tr key={person.id}>
                        <Table.Td>
                          {person.name}
                          <Text size="xs" c="dimmed">
                            {t(`incidents.person_types.${personType}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>{t(`incidents.person_roles.${personRole}`)}</Table.Td>
                        <Table.Td>
                          {[person.bodyPart, person.natureOfInjury].filter(Boolean).join(' · ')}
                          {treatment && (
                            <Text size="xs">{t(`incidents.treatments.${treatment}`)}</Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {person.daysAway} / {person.daysRestricted}
                        </Table.Td>
                      </Table.Tr>
                    )
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Tabs.Panel>

        <Tabs.Panel value="attachments" pt="md">
          <RecordAttachments
            subject={subject}
            attachments={attachments}
            canUpload={incident.can.comment}
          />
        </Tabs.Panel>
        <Tabs.Panel value="actions" pt="md">
          <CapaPanel
            subject={subject}
            actions={actions}
            people={assignees}
            canCreate={can.planActions}
          />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <RecordTimeline
            subject={subject}
            entries={timeline}
            canComment={incident.can.comment}
            statusLabel={statusLabel}
          />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <RecordAudit entries={audit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}

/** Time left to report a severe outcome to the authority, counted from the event. */
function RegulatoryCountdown({ clock }: { clock: { outcome: string; deadlineAt: string } }) {
  const { t } = useTranslate()
  const now = useNow(60_000)
  const minutes = Math.round((Date.parse(clock.deadlineAt) - now) / 60_000)
  const severeOutcome = clock.outcome
  return (
    <Alert
      color="red"
      title={t(`osha.outcomes.${severeOutcome}`)}
      data-testid="regulatory-countdown"
    >
      {minutes >= 0
        ? t('incidents.regulatory.left', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
        : t('incidents.regulatory.overdue')}
    </Alert>
  )
}
