import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { IconArrowLeft, IconCircleCheck, IconPlus, IconTrash } from '@tabler/icons-react'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import {
  WitnessStatements,
  type Statement,
} from '~/components/investigations/witness_statements.js'

type Why = { why: string; because: string; category: string | null }
type Props = InertiaProps<{
  incident: { id: number; number: string; title: string; status: string; lessonsLearned: string }
  investigation: {
    rootCause: string
    contributingFactors: string
    teamIds: number[]
    whys: Why[]
    completedAt: string | null
    signedOffBy: string | null
  }
  statements: Statement[]
  people: { id: number; name: string }[]
  missing: string[]
  can: { edit: boolean; signOff: boolean }
}>

const CATEGORIES = ['people', 'equipment', 'environment', 'procedure', 'management']

/** Root cause analysis of one incident: 5 Whys, findings, team, witnesses, sign-off. */
export default function InvestigationShow(props: Props) {
  const { incident, investigation, statements, people, missing, can } = props
  const { t } = useTranslate()
  const [whys, setWhys] = useState<Why[]>(
    investigation.whys.length ? investigation.whys : [{ why: '', because: '', category: null }]
  )
  const [rootCause, setRootCause] = useState(investigation.rootCause)
  const [factors, setFactors] = useState(investigation.contributingFactors)
  const [lessons, setLessons] = useState(incident.lessonsLearned)
  const [team, setTeam] = useState(investigation.teamIds.map(String))
  const change = (index: number, patch: Partial<Why>) =>
    setWhys(whys.map((step, at) => (at === index ? { ...step, ...patch } : step)))
  const filledWhys = whys.filter((step) => step.why.trim() || step.because.trim())

  return (
    <Stack gap="md" maw={960}>
      <Head title={`${incident.number} · ${t('investigations.title')}`} />
      <Anchor component={Link} route="incidents.show" routeParams={{ id: incident.id }} size="sm">
        <IconArrowLeft size={14} /> {incident.number} · {incident.title}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('investigations.title')}</Title>
        {investigation.completedAt && (
          <Badge color="green" size="lg" leftSection={<IconCircleCheck size={14} />}>
            {t('investigations.signed_off_by', { name: investigation.signedOffBy ?? '—' })}
          </Badge>
        )}
      </Group>
      {!can.edit && <Alert color="gray">{t('investigations.read_only')}</Alert>}

      <Form
        route="investigations.update"
        routeParams={{ id: incident.id }}
        transform={() => ({
          whys: filledWhys,
          rootCause,
          contributingFactors: factors,
          lessonsLearned: lessons,
          teamIds: team.map(Number),
        })}
        options={{ preserveScroll: true }}
      >
        {({ errors, processing }: FormSlotProps) => (
          <Stack gap="md">
            <Paper withBorder radius="md" p="md">
              <Title order={3} fz="lg">
                {t('investigations.whys_title')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('investigations.whys_hint')}
              </Text>
              <Stack gap="sm" data-testid="whys">
                {whys.map((step, index) => (
                  <Paper key={index} withBorder radius="sm" p="sm" data-testid="why-step">
                    <Group justify="space-between" mb={4}>
                      <Text fw={600} size="sm">
                        {t('investigations.why_number', { n: index + 1 })}
                      </Text>
                      {can.edit && whys.length > 1 && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('investigations.remove_why')}
                          onClick={() => setWhys(whys.filter((_, at) => at !== index))}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      )}
                    </Group>
                    <Stack gap={6}>
                      <Textarea
                        label={t('investigations.why')}
                        value={step.why}
                        onChange={(event) => change(index, { why: event.currentTarget.value })}
                        readOnly={!can.edit}
                        autosize
                        error={errors[`whys.${index}.why`]}
                        data-testid={`why-${index}`}
                      />
                      <Textarea
                        label={t('investigations.because')}
                        value={step.because}
                        onChange={(event) => change(index, { because: event.currentTarget.value })}
                        readOnly={!can.edit}
                        autosize
                        error={errors[`whys.${index}.because`]}
                        data-testid={`because-${index}`}
                      />
                      <Select
                        label={t('investigations.category')}
                        placeholder={t('investigations.no_category')}
                        data={CATEGORIES.map((causeCategory) => ({
                          value: causeCategory,
                          label: t(`investigations.categories.${causeCategory}`),
                        }))}
                        value={step.category}
                        onChange={(value) => change(index, { category: value })}
                        readOnly={!can.edit}
                        clearable
                      />
                    </Stack>
                  </Paper>
                ))}
              </Stack>
              {can.edit && whys.length < 10 && (
                <Button
                  mt="sm"
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setWhys([...whys, { why: '', because: '', category: null }])}
                  data-testid="add-why"
                >
                  {t('investigations.add_why')}
                </Button>
              )}
            </Paper>

            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Textarea
                  label={t('investigations.root_cause')}
                  description={t('investigations.root_cause_hint')}
                  value={rootCause}
                  onChange={(event) => setRootCause(event.currentTarget.value)}
                  readOnly={!can.edit}
                  autosize
                  minRows={2}
                  error={errors.rootCause}
                  data-testid="root-cause"
                />
                <Textarea
                  label={t('investigations.contributing_factors')}
                  value={factors}
                  onChange={(event) => setFactors(event.currentTarget.value)}
                  readOnly={!can.edit}
                  autosize
                  error={errors.contributingFactors}
                />
                <Textarea
                  label={t('investigations.lessons_learned')}
                  value={lessons}
                  onChange={(event) => setLessons(event.currentTarget.value)}
                  readOnly={!can.edit}
                  autosize
                  error={errors.lessonsLearned}
                  data-testid="lessons-learned"
                />
                <MultiSelect
                  label={t('investigations.team')}
                  data={people.map((person) => ({ value: String(person.id), label: person.name }))}
                  value={team}
                  onChange={setTeam}
                  readOnly={!can.edit}
                  searchable
                  error={errors.teamIds}
                />
              </Stack>
            </Paper>
            {can.edit && (
              <Group>
                <Button type="submit" loading={processing} data-testid="save-investigation">
                  {t('investigations.save')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Form>

      <WitnessStatements incidentId={incident.id} statements={statements} canAdd={can.edit} />

      {can.signOff && !investigation.completedAt && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} fz="lg" mb="xs">
            {t('investigations.sign_off_title')}
          </Title>
          {missing.length > 0 ? (
            <Alert color="yellow" mb="sm" data-testid="sign-off-missing">
              {t('investigations.sign_off_missing')}{' '}
              {missing
                .map((investigationMissing) => t(`investigations.missing.${investigationMissing}`))
                .join(' ')}
            </Alert>
          ) : (
            <Text size="sm" mb="sm">
              {t('investigations.sign_off_hint')}
            </Text>
          )}
          <Form route="investigations.sign_off" routeParams={{ id: incident.id }}>
            {({ processing }: FormSlotProps) => (
              <Button type="submit" color="green" loading={processing} data-testid="sign-off">
                {t('investigations.sign_off')}
              </Button>
            )}
          </Form>
        </Paper>
      )}
    </Stack>
  )
}
