import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, Link, type FormSlotProps } from '@adonisjs/inertia/react'
import { Anchor, Button, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { useIncidentOptions } from '~/components/incidents/incident_badges.js'

type Props = InertiaProps<{
  location: { id: number; name: string }
  vocabulary: { types: string[] }
}>

/**
 * The anonymous report a location's QR code opens: no account, nothing
 * that identifies the reporter; the location is already filled in.
 */
export default function AnonymousReportsCreate({ location, vocabulary }: Props) {
  const { t } = useTranslate()
  const options = useIncidentOptions()
  const [type, setType] = useState<string | null>(null)
  const [description, setDescription] = useState('')

  return (
    <Stack gap="md" maw={560} mx="auto" w="100%">
      <Head title={t('anonymous.title')} />
      <div>
        <Title order={2}>{t('anonymous.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('anonymous.subtitle', { location: location.name })}
        </Text>
      </div>
      <Form
        route="anonymous_reports.store"
        transform={() => ({ type, description, locationId: location.id })}
        noValidate
      >
        {({ errors: formErrors, processing }: FormSlotProps) => {
          const errors = formErrors as Partial<Record<string, string>>
          return (
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Select
                  label={t('incidents.fields.type')}
                  data={options.types(vocabulary.types)}
                  value={type}
                  onChange={setType}
                  error={errors.type}
                  required
                  data-testid="anonymous-type"
                />
                <Textarea
                  label={t('incidents.report.what_happened')}
                  value={description}
                  onChange={(event) => setDescription(event.currentTarget.value)}
                  error={errors.description ?? errors.locationId}
                  autosize
                  minRows={3}
                  required
                  data-testid="anonymous-description"
                />
                <Button type="submit" fullWidth loading={processing} data-testid="anonymous-submit">
                  {t('incidents.report.submit')}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('anonymous.privacy')}
                </Text>
              </Stack>
            </Paper>
          )
        }}
      </Form>
      <Anchor component={Link} route="anonymous_reports.status" size="sm">
        {t('anonymous.check_link')}
      </Anchor>
    </Stack>
  )
}
