import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconAlarm, IconArrowLeft } from '@tabler/icons-react'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { useNow } from '~/hooks/use_now'

type Answers = {
  workRelated: boolean
  newCase: boolean
  death: boolean
  daysAway: number
  daysRestricted: number
  jobTransfer: boolean
  lossOfConsciousness: boolean
  diagnosis: string | null
  treatments: string[]
  severeOutcome: string | null
}

type Props = InertiaProps<{
  incident: { id: number; number: string; title: string; type: string; occurredAt: string }
  assessment: null | {
    answers: {
      workRelated: boolean
      newCase: boolean
      death: boolean
      daysAway: number
      daysRestricted: number
      jobTransfer?: boolean
      lossOfConsciousness: boolean
      diagnosis?: string | null
      treatments: string[]
    }
    proposedRecordable: boolean
    proposedRule: string
    proposedReason: string
    recordable: boolean | null
    classification: string | null
    overrideReason: string | null
    illnessType: string
    daysAway: number
    daysRestricted: number
    privacyCase: boolean
    decidedAt: string | null
  }
  report: null | {
    outcome: string
    deadlineAt: string
    reportedAt: string | null
    reference: string | null
  }
  choices: {
    firstAid: string[]
    medical: string[]
    diagnoses: string[]
    illnessTypes: string[]
    severeOutcomes: string[]
  }
  can: { assess: boolean; decide: boolean; report: boolean }
}>

const EMPTY: Answers = {
  workRelated: true,
  newCase: true,
  death: false,
  daysAway: 0,
  daysRestricted: 0,
  jobTransfer: false,
  lossOfConsciousness: false,
  diagnosis: null,
  treatments: [],
  severeOutcome: null,
}

/** The guided 29 CFR 1904.7 assessment, the decision and the report to the authority. */
export default function RecordabilityShow({ incident, assessment, report, choices, can }: Props) {
  const { t } = useTranslate()
  const [answers, setAnswers] = useState<Answers>({
    ...EMPTY,
    ...assessment?.answers,
    severeOutcome: report?.outcome ?? null,
  })
  const set = (patch: Partial<Answers>) => setAnswers({ ...answers, ...patch })
  const treatmentChoices = (codes: string[]) =>
    codes.map((treatmentCode) => (
      <Checkbox
        key={treatmentCode}
        value={treatmentCode}
        label={t(`osha.treatments.${treatmentCode}`)}
      />
    ))

  return (
    <Stack gap="md" maw={960}>
      <Head title={`${incident.number} · ${t('osha.title')}`} />
      <Anchor component={Link} route="incidents.show" routeParams={{ id: incident.id }} size="sm">
        <IconArrowLeft size={14} /> {incident.number} · {incident.title}
      </Anchor>
      <Title order={2}>{t('osha.title')}</Title>
      {report && <ReportClock report={report} incidentId={incident.id} canReport={can.report} />}

      <Paper withBorder radius="md" p="md">
        <Title order={3} fz="lg" mb="sm">
          {t('osha.questions_title')}
        </Title>
        <Form
          route="recordability.update"
          routeParams={{ id: incident.id }}
          transform={() => answers}
          options={{ preserveScroll: true }}
        >
          {({ errors, processing }: FormSlotProps) => (
            <Stack gap="sm">
              <Switch
                label={t('osha.work_related')}
                checked={answers.workRelated}
                onChange={(event) => set({ workRelated: event.currentTarget.checked })}
                disabled={!can.assess}
              />
              <Switch
                label={t('osha.new_case')}
                checked={answers.newCase}
                onChange={(event) => set({ newCase: event.currentTarget.checked })}
                disabled={!can.assess}
              />
              <Switch
                label={t('osha.death')}
                checked={answers.death}
                onChange={(event) => set({ death: event.currentTarget.checked })}
                disabled={!can.assess}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <NumberInput
                  label={t('osha.days_away')}
                  description={t('osha.days_hint')}
                  min={0}
                  value={answers.daysAway}
                  onChange={(value) => set({ daysAway: Number(value) || 0 })}
                  disabled={!can.assess}
                  error={errors.daysAway}
                />
                <NumberInput
                  label={t('osha.days_restricted')}
                  description={t('osha.days_hint')}
                  min={0}
                  value={answers.daysRestricted}
                  onChange={(value) => set({ daysRestricted: Number(value) || 0 })}
                  disabled={!can.assess}
                  error={errors.daysRestricted}
                />
              </SimpleGrid>
              <Switch
                label={t('osha.job_transfer')}
                checked={answers.jobTransfer}
                onChange={(event) => set({ jobTransfer: event.currentTarget.checked })}
                disabled={!can.assess}
              />
              <Switch
                label={t('osha.loss_of_consciousness')}
                checked={answers.lossOfConsciousness}
                onChange={(event) => set({ lossOfConsciousness: event.currentTarget.checked })}
                disabled={!can.assess}
              />
              <Select
                label={t('osha.diagnosis')}
                placeholder={t('osha.no_diagnosis')}
                data={choices.diagnoses.map((diagnosisCode) => ({
                  value: diagnosisCode,
                  label: t(`osha.diagnoses.${diagnosisCode}`),
                }))}
                value={answers.diagnosis}
                onChange={(value) => set({ diagnosis: value })}
                disabled={!can.assess}
                clearable
              />
              <Checkbox.Group
                label={t('osha.treatments_label')}
                description={t('osha.treatments_hint')}
                value={answers.treatments}
                onChange={(value) => set({ treatments: value })}
                error={errors.treatments}
              >
                <Text size="sm" fw={600} mt="xs">
                  {t('osha.first_aid_title')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
                  {treatmentChoices(choices.firstAid)}
                </SimpleGrid>
                <Text size="sm" fw={600} mt="sm">
                  {t('osha.medical_title')}
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={4}>
                  {treatmentChoices(choices.medical)}
                </SimpleGrid>
              </Checkbox.Group>
              <Select
                label={t('osha.severe_outcome')}
                description={t('osha.severe_outcome_hint')}
                placeholder={t('osha.no_severe_outcome')}
                data={choices.severeOutcomes.map((severeOutcome) => ({
                  value: severeOutcome,
                  label: t(`osha.outcomes.${severeOutcome}`),
                }))}
                value={answers.severeOutcome}
                onChange={(value) => set({ severeOutcome: value })}
                disabled={!can.assess}
                clearable
              />
              {can.assess && (
                <Group>
                  <Button type="submit" loading={processing} data-testid="assess">
                    {t('osha.assess')}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
        </Form>
      </Paper>

      {assessment && (
        <Decision incidentId={incident.id} assessment={assessment} choices={choices} can={can} />
      )}
    </Stack>
  )
}

function Decision({
  incidentId,
  assessment,
  choices,
  can,
}: {
  incidentId: number
  assessment: NonNullable<Props['assessment']>
  choices: Props['choices']
  can: Props['can']
}) {
  const { t } = useTranslate()
  const oshaReason = assessment.proposedReason
  const caseClass = assessment.classification
  return (
    <Paper withBorder radius="md" p="md" data-testid="proposal">
      <Group gap="xs" mb="xs">
        <Title order={3} fz="lg">
          {t('osha.proposal_title')}
        </Title>
        <Badge color={assessment.proposedRecordable ? 'red' : 'green'}>
          {assessment.proposedRecordable ? t('osha.recordable') : t('osha.not_recordable')}
        </Badge>
      </Group>
      <Text size="sm">
        {t('osha.rule', { rule: assessment.proposedRule })} {t(`osha.reasons.${oshaReason}`)}
      </Text>
      {assessment.decidedAt ? (
        <Alert mt="sm" color={assessment.recordable ? 'red' : 'green'} data-testid="decision">
          {assessment.recordable ? t('osha.decided_recordable') : t('osha.decided_not_recordable')}
          {caseClass ? ` · ${t(`osha.classifications.${caseClass}`)}` : ''}
          {assessment.overrideReason
            ? ` · ${t('osha.override_reason')}: ${assessment.overrideReason}`
            : ''}
        </Alert>
      ) : (
        can.decide && (
          <Form
            route="recordability.decide"
            routeParams={{ id: incidentId }}
            options={{ preserveScroll: true }}
          >
            {({ errors, processing }: FormSlotProps) => (
              <Stack gap="sm" mt="sm">
                <Radio.Group name="decision" label={t('osha.decision')} defaultValue="confirm">
                  <Stack gap={6} mt={6}>
                    <Radio value="confirm" label={t('osha.confirm')} />
                    <Radio value="override" label={t('osha.override')} />
                  </Stack>
                </Radio.Group>
                <Textarea
                  name="reason"
                  label={t('osha.override_reason')}
                  autosize
                  error={errors.reason}
                />
                <Select
                  name="illnessType"
                  label={t('osha.illness_type')}
                  data={choices.illnessTypes.map((illnessType) => ({
                    value: illnessType,
                    label: t(`osha.illness_types.${illnessType}`),
                  }))}
                  defaultValue={assessment.illnessType}
                  allowDeselect={false}
                />
                <Checkbox
                  name="privacyCase"
                  value="true"
                  label={t('osha.privacy_case')}
                  description={t('osha.privacy_hint')}
                />
                <input type="hidden" name="privacyCase" value="false" />
                <TextInput name="employeeName" label={t('osha.employee_name')} />
                <Group>
                  <Button type="submit" loading={processing} data-testid="decide">
                    {t('osha.record_decision')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Form>
        )
      )}
    </Paper>
  )
}

function ReportClock({
  report,
  incidentId,
  canReport,
}: {
  report: NonNullable<Props['report']>
  incidentId: number
  canReport: boolean
}) {
  const { t } = useTranslate()
  const severeOutcome = report.outcome
  const now = useNow(60_000)
  const hoursLeft = Math.round((Date.parse(report.deadlineAt) - now) / 36e5)
  return (
    <Alert
      color={report.reportedAt ? 'green' : 'red'}
      icon={<IconAlarm size={18} />}
      title={t(`osha.outcomes.${severeOutcome}`)}
      data-testid="regulatory-clock"
    >
      {report.reportedAt ? (
        <Text size="sm">{t('osha.reported', { reference: report.reference ?? '' })}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {t('osha.report_by', { deadline: new Date(report.deadlineAt).toLocaleString() })}{' '}
            {hoursLeft >= 0 ? t('osha.hours_left', { hours: hoursLeft }) : t('osha.overdue')}
          </Text>
          {canReport && (
            <Form
              route="recordability.report"
              routeParams={{ id: incidentId }}
              options={{ preserveScroll: true }}
            >
              {({ errors, processing }: FormSlotProps) => (
                <Group align="flex-end">
                  <TextInput
                    type="datetime-local"
                    name="reportedAt"
                    label={t('osha.reported_at')}
                    error={errors.reportedAt}
                    required
                  />
                  <TextInput
                    name="reference"
                    label={t('osha.reference')}
                    error={errors.reference}
                    required
                  />
                  <Button type="submit" loading={processing}>
                    {t('osha.mark_reported')}
                  </Button>
                </Group>
              )}
            </Form>
          )}
        </Stack>
      )}
    </Alert>
  )
}
