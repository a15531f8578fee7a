import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

export type PersonDraft = {
  role: string
  userId: number | null
  name: string
  personType: string
  bodyPart: string | null
  natureOfInjury: string | null
  treatment: string | null
  daysAway: number
  daysRestricted: number
}

type Vocabulary = { personRoles: string[]; personTypes: string[]; treatments: string[] }

/**
 * People involved in an incident: injured persons, witnesses and first
 * responders, with the injury details for the injured.
 */
export function PeopleEditor({
  people,
  vocabulary,
  errors,
  onChange,
}: {
  people: PersonDraft[]
  vocabulary: Vocabulary
  errors: Partial<Record<string, string>>
  onChange: (people: PersonDraft[]) => void
}) {
  const { t } = useTranslate()
  const update = (index: number, changes: Partial<PersonDraft>) =>
    onChange(people.map((person, at) => (at === index ? { ...person, ...changes } : person)))
  const roles = vocabulary.personRoles.map((personRole) => ({
    value: personRole,
    label: t(`incidents.person_roles.${personRole}`),
  }))
  const types = vocabulary.personTypes.map((personType) => ({
    value: personType,
    label: t(`incidents.person_types.${personType}`),
  }))
  const treatments = vocabulary.treatments.map((treatment) => ({
    value: treatment,
    label: t(`incidents.treatments.${treatment}`),
  }))

  return (
    <Stack gap="sm">
      {people.map((person, index) => (
        <Paper key={index} withBorder radius="md" p="sm" data-testid="person">
          <Group justify="space-between" mb="xs">
            <Select
              data={roles}
              value={person.role}
              onChange={(value) => update(index, { role: value ?? 'witness' })}
              allowDeselect={false}
              aria-label={t('incidents.people.role')}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => onChange(people.filter((_, at) => at !== index))}
              aria-label={t('incidents.people.remove')}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput
              label={t('incidents.people.name')}
              value={person.name}
              onChange={(event) => update(index, { name: event.currentTarget.value })}
              error={errors[`people.${index}.name`]}
            />
            <Select
              label={t('incidents.people.type')}
              data={types}
              value={person.personType}
              onChange={(value) => update(index, { personType: value ?? 'staff' })}
              allowDeselect={false}
            />
            {person.role === 'injured' && (
              <>
                <TextInput
                  label={t('incidents.people.body_part')}
                  value={person.bodyPart ?? ''}
                  onChange={(event) => update(index, { bodyPart: event.currentTarget.value })}
                />
                <TextInput
                  label={t('incidents.people.nature')}
                  value={person.natureOfInjury ?? ''}
                  onChange={(event) => update(index, { natureOfInjury: event.currentTarget.value })}
                />
                <Select
                  label={t('incidents.people.treatment')}
                  data={treatments}
                  value={person.treatment}
                  onChange={(value) => update(index, { treatment: value })}
                  clearable
                />
                <Group grow gap="xs">
                  <NumberInput
                    label={t('incidents.people.days_away')}
                    min={0}
                    max={366}
                    value={person.daysAway}
                    onChange={(value) => update(index, { daysAway: Number(value) || 0 })}
                  />
                  <NumberInput
                    label={t('incidents.people.days_restricted')}
                    min={0}
                    max={366}
                    value={person.daysRestricted}
                    onChange={(value) => update(index, { daysRestricted: Number(value) || 0 })}
                  />
                </Group>
              </>
            )}
          </SimpleGrid>
        </Paper>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        onClick={() =>
          onChange([
            ...people,
            {
              role: 'injured',
              userId: null,
              name: '',
              personType: 'staff',
              bodyPart: null,
              natureOfInjury: null,
              treatment: null,
              daysAway: 0,
              daysRestricted: 0,
            },
          ])
        }
        data-testid="person-add"
      >
        {t('incidents.people.add')}
      </Button>
    </Stack>
  )
}
