import { useState } from 'react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'
import { CapaBadges } from '~/components/capa/capa_badges.js'

const TYPES = ['corrective', 'preventive']
const LEVELS = ['elimination', 'substitution', 'engineering', 'administrative', 'ppe']
const PRIORITIES = ['low', 'medium', 'high', 'critical']

/**
 * The corrective actions of any record, and the form to add one. Works
 * for every module: `subject` names the record type and id.
 */
export function CapaPanel(props: {
  subject: { type: string; id: number }
  actions: Data.CorrectiveAction[]
  people: { id: number; name: string }[]
  canCreate: boolean
}) {
  const { t } = useTranslate()
  return (
    <Stack gap="md">
      {props.actions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('capa.panel_empty')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="record-actions">
          {props.actions.map((action) => (
            <Paper key={action.id} withBorder radius="md" p="sm" data-testid="record-action">
              <Group justify="space-between" align="flex-start" gap="xs">
                <div>
                  <Anchor
                    component={Link}
                    route="corrective_actions.show"
                    routeParams={{ id: action.id }}
                    fw={600}
                  >
                    {action.number} · {action.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {action.assignee?.name ?? '—'} · {t('capa.due_on', { date: action.dueOn })}
                  </Text>
                </div>
                <CapaBadges
                  status={action.status}
                  priority={action.priority}
                  overdue={action.overdue}
                />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {props.canCreate && <NewActionForm {...props} />}
    </Stack>
  )
}

function NewActionForm(props: {
  subject: { type: string; id: number }
  people: { id: number; name: string }[]
}) {
  const { t } = useTranslate()
  const [version, setVersion] = useState(0)
  const types = TYPES.map((capaType) => ({ value: capaType, label: t(`capa.type.${capaType}`) }))
  const levels = LEVELS.map((capaLevel) => ({
    value: capaLevel,
    label: t(`capa.level.${capaLevel}`),
  }))
  const priorities = PRIORITIES.map((capaPriority) => ({
    value: capaPriority,
    label: t(`capa.priority.${capaPriority}`),
  }))
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="sm">
        {t('capa.new_title')}
      </Title>
      {/* Remounted after each success: Mantine selects keep their own state otherwise */}
      <Form
        key={version}
        route="records.actions.store"
        routeParams={props.subject}
        options={{ preserveScroll: true }}
        onSuccess={() => setVersion((current) => current + 1)}
      >
        {({ errors, processing }: FormSlotProps) => (
          <Stack gap="sm">
            <TextInput
              name="title"
              label={t('capa.field_title')}
              required
              maxLength={200}
              error={errors.title}
              data-testid="capa-title"
            />
            <Textarea name="description" label={t('capa.field_description')} autosize />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                name="type"
                label={t('capa.field_type')}
                data={types}
                defaultValue="corrective"
                allowDeselect={false}
                error={errors.type}
              />
              <Select
                name="controlLevel"
                label={t('capa.field_level')}
                data={levels}
                defaultValue="engineering"
                allowDeselect={false}
                error={errors.controlLevel}
              />
              <Select
                name="priority"
                label={t('capa.field_priority')}
                data={priorities}
                defaultValue="medium"
                allowDeselect={false}
                error={errors.priority}
              />
              <Select
                name="assigneeId"
                label={t('capa.field_assignee')}
                data={props.people.map((person) => ({
                  value: String(person.id),
                  label: person.name,
                }))}
                searchable
                required
                error={errors.assigneeId}
                data-testid="capa-assignee"
              />
              <TextInput
                type="date"
                name="dueOn"
                label={t('capa.field_due')}
                required
                error={errors.dueOn}
                data-testid="capa-due"
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={processing} data-testid="capa-create">
                {t('capa.create')}
              </Button>
            </Group>
          </Stack>
        )}
      </Form>
    </Paper>
  )
}
