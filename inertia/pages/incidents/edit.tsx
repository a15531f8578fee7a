import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { PeopleEditor, type PersonDraft } from '~/components/incidents/people_editor.js'
import { toLocalInput } from '~/components/incidents/local_time'

type Site = {
  id: number
  name: string
  locations: { id: number; name: string }[]
  departments: { id: number; name: string }[]
}

type Props = InertiaProps<{
  incident: Data.Incident.Variants['forDetail']
  sites: Site[]
  vocabulary: { personRoles: string[]; personTypes: string[]; treatments: string[] }
}>

/** The full record: details, where, and the people involved. */
export default function IncidentsEdit({ incident, sites, vocabulary }: Props) {
  const { t } = useTranslate()
  const [data, setData] = useState({
    title: incident.title,
    description: incident.description,
    immediateActions: incident.immediateActions ?? '',
    occurredAt: toLocalInput(incident.occurredAt),
    siteId: String(incident.siteId),
    locationId: incident.locationId ? String(incident.locationId) : null,
    departmentId: incident.departmentId ? String(incident.departmentId) : null,
    lessonsLearned: incident.lessonsLearned ?? '',
  })
  const [people, setPeople] = useState<PersonDraft[]>(
    incident.people.map((person) => ({ ...person, name: person.name }))
  )
  const update = (changes: Partial<typeof data>) =>
    setData((current) => ({ ...current, ...changes }))
  const site = sites.find((candidate) => String(candidate.id) === data.siteId)
  const choices = (rows: { id: number; name: string }[] = []) =>
    rows.map((row) => ({ value: String(row.id), label: row.name }))

  return (
    <Stack gap="md">
      <Head title={`${incident.number} · ${t('incidents.edit.title')}`} />
      <Title order={2}>
        {incident.number} · {t('incidents.edit.title')}
      </Title>
      <Form
        route="incidents.update"
        routeParams={{ id: incident.id }}
        transform={() => ({
          ...data,
          occurredAt: new Date(data.occurredAt).toISOString(),
          immediateActions: data.immediateActions || null,
          lessonsLearned: data.lessonsLearned || null,
          people: people.map((person) => ({
            ...person,
            userId: person.userId ?? undefined,
            name: person.name || undefined,
            bodyPart: person.bodyPart || null,
            natureOfInjury: person.natureOfInjury || null,
          })),
        })}
        options={{ preserveScroll: true }}
      >
        {({ errors: formErrors, processing }: FormSlotProps) => {
          const errors = formErrors as Partial<Record<string, string>>
          return (
            <Stack gap="md">
              <Paper withBorder radius="md" p="md">
                <Stack gap="sm">
                  <TextInput
                    label={t('incidents.fields.title')}
                    value={data.title}
                    onChange={(event) => update({ title: event.currentTarget.value })}
                    error={errors.title}
                  />
                  <Textarea
                    label={t('incidents.fields.description')}
                    value={data.description}
                    onChange={(event) => update({ description: event.currentTarget.value })}
                    error={errors.description}
                    autosize
                    minRows={3}
                  />
                  <Textarea
                    label={t('incidents.fields.immediate_actions')}
                    value={data.immediateActions}
                    onChange={(event) => update({ immediateActions: event.currentTarget.value })}
                    error={errors.immediateActions}
                    autosize
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput
                      type="datetime-local"
                      label={t('incidents.fields.occurred_at')}
                      value={data.occurredAt}
                      onChange={(event) => update({ occurredAt: event.currentTarget.value })}
                      error={errors.occurredAt}
                    />
                    <Select
                      label={t('incidents.fields.site')}
                      data={choices(sites)}
                      value={data.siteId}
                      onChange={(value) =>
                        update({
                          siteId: value ?? data.siteId,
                          locationId: null,
                          departmentId: null,
                        })
                      }
                      allowDeselect={false}
                      searchable
                    />
                    <Select
                      label={t('incidents.fields.location')}
                      data={choices(site?.locations)}
                      value={data.locationId}
                      onChange={(value) => update({ locationId: value })}
                      error={errors.locationId}
                      searchable
                      clearable
                    />
                    <Select
                      label={t('incidents.fields.department')}
                      data={choices(site?.departments)}
                      value={data.departmentId}
                      onChange={(value) => update({ departmentId: value })}
                      error={errors.departmentId}
                      clearable
                    />
                  </SimpleGrid>
                  <Textarea
                    label={t('incidents.fields.lessons_learned')}
                    value={data.lessonsLearned}
                    onChange={(event) => update({ lessonsLearned: event.currentTarget.value })}
                    error={errors.lessonsLearned}
                    autosize
                  />
                </Stack>
              </Paper>
              <Paper withBorder radius="md" p="md">
                <Title order={4} mb="sm">
                  {t('incidents.tabs.people')}
                </Title>
                <PeopleEditor
                  people={people}
                  vocabulary={vocabulary}
                  errors={errors}
                  onChange={setPeople}
                />
              </Paper>
              <Group justify="flex-end">
                <Button
                  variant="default"
                  component={Link}
                  route="incidents.show"
                  routeParams={{ id: incident.id }}
                >
                  {t('incidents.edit.cancel')}
                </Button>
                <Button type="submit" loading={processing} data-testid="incident-save">
                  {t('incidents.edit.save')}
                </Button>
              </Group>
            </Stack>
          )
        }}
      </Form>
    </Stack>
  )
}
