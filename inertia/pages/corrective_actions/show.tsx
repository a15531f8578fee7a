import { Head } from '@inertiajs/react'
import { Form } from '@adonisjs/inertia/react'
import {
  Anchor,
  Button,
  FileInput,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core'
import { IconPaperclip } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { CapaBadges } from '~/components/capa/capa_badges.js'
import { CapaStepForms, type CapaSteps } from '~/components/capa/capa_step_forms.js'

type Entry = {
  id: number
  kind: string
  body: string | null
  data: { from?: string; to?: string }
  author: string | null
  createdAt: string
}

type Props = InertiaProps<{
  action: Data.CorrectiveAction
  timeline: Entry[]
  evidence: Data.Attachment[]
  can: CapaSteps & { update: boolean }
}>

/** One corrective action: its plan, evidence, review and history. */
export default function CorrectiveActionShow({ action, timeline, evidence, can }: Props) {
  const { t } = useTranslate()
  const capaType = action.type
  const capaLevel = action.controlLevel
  const capaEffect = action.effectiveness
  const fact = (label: string, value: string | null | undefined) => (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  )
  return (
    <Stack gap="md">
      <Head title={`${action.number} · ${action.title}`} />
      <div>
        <Text c="dimmed" size="sm">
          {action.number} · {t('capa.from_source', { source: action.source.label })}
        </Text>
        <Title order={2}>{action.title}</Title>
        <CapaBadges status={action.status} priority={action.priority} overdue={action.overdue} />
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="md">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                {fact(t('capa.field_type'), t(`capa.type.${capaType}`))}
                {fact(t('capa.field_level'), t(`capa.level.${capaLevel}`))}
                {fact(t('capa.field_assignee'), action.assignee?.name)}
                {fact(t('capa.field_due'), action.dueOn)}
                {fact(t('capa.field_department'), action.department?.name)}
                {action.verifier &&
                  fact(t('capa.field_verifier'), `${action.verifier.name} · ${action.verifiedAt}`)}
              </SimpleGrid>
              {action.description && (
                <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
                  {action.description}
                </Text>
              )}
              {action.completionNote && fact(t('capa.completion_note'), action.completionNote)}
              {capaEffect && fact(t('capa.effectiveness_label'), t(`capa.effect.${capaEffect}`))}
              {action.effectivenessNote && fact(t('capa.review_note'), action.effectivenessNote)}
              {action.cancelReason && fact(t('capa.cancel_reason'), action.cancelReason)}
            </Paper>
            <CapaStepForms id={action.id} can={can} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="md">
              <Title order={3} fz="lg" mb="sm">
                {t('capa.evidence')}
              </Title>
              {evidence.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('capa.no_evidence')}
                </Text>
              ) : (
                <Stack gap={4} data-testid="capa-evidence">
                  {evidence.map((file) => (
                    <Anchor key={file.id} href={`/attachments/${file.id}`} size="sm">
                      <IconPaperclip size={14} /> {file.originalName}
                    </Anchor>
                  ))}
                </Stack>
              )}
              {can.complete && (
                <Form
                  route="records.attachments.store"
                  routeParams={{ type: 'capa', id: action.id }}
                  options={{ preserveScroll: true }}
                  resetOnSuccess
                >
                  {({ processing }) => (
                    <Group mt="sm" align="flex-end">
                      <FileInput
                        name="files[]"
                        multiple
                        label={t('capa.add_evidence')}
                        placeholder={t('capa.choose_files')}
                        style={{ flex: 1 }}
                      />
                      <Button type="submit" variant="light" loading={processing}>
                        {t('capa.upload')}
                      </Button>
                    </Group>
                  )}
                </Form>
              )}
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Title order={3} fz="lg" mb="sm">
                {t('capa.history')}
              </Title>
              <Timeline bulletSize={14} lineWidth={2}>
                {timeline.map((entry) => (
                  <Timeline.Item key={entry.id} title={entry.author ?? t('capa.system')}>
                    {entry.data.to && <MovedTo capaStatus={entry.data.to} />}
                    {entry.body && (
                      <Text size="sm" c="dimmed">
                        {entry.body}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {new Date(entry.createdAt).toLocaleString()}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

function MovedTo({ capaStatus }: { capaStatus: string }) {
  const { t } = useTranslate()
  return <Text size="sm">{t('capa.moved_to', { status: t(`capa.status.${capaStatus}`) })}</Text>
}
