import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import { useLocalStorage } from '@mantine/hooks'
import {
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconCamera, IconCurrentLocation, IconSend } from '@tabler/icons-react'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { useIncidentOptions } from '~/components/incidents/incident_badges.js'
import { toLocalInput } from '~/components/incidents/local_time'

type Site = {
  id: number
  name: string
  locations: { id: number; name: string }[]
}

type Props = InertiaProps<{
  sites: Site[]
  vocabulary: { types: string[]; severities: number[] }
}>

type Draft = {
  type: string | null
  description: string
  occurredAt: string
  siteId: string | null
  locationId: string | null
  latitude: number | null
  longitude: number | null
  potentialSeverity: string | null
}

const emptyDraft = (sites: Site[]): Draft => ({
  type: null,
  description: '',
  occurredAt: toLocalInput(),
  siteId: sites.length === 1 ? String(sites[0].id) : null,
  locationId: null,
  latitude: null,
  longitude: null,
  potentialSeverity: null,
})

/**
 * The quick report: one phone-sized screen. What is typed survives a
 * reload (local storage) until the report is sent.
 */
export default function IncidentsCreate({ sites, vocabulary }: Props) {
  const { t } = useTranslate()
  const options = useIncidentOptions()
  const [draft, setDraft, clearDraft] = useLocalStorage<Draft>({
    key: 'harmoni360:incident-draft',
    defaultValue: emptyDraft(sites),
    getInitialValueInEffect: false,
  })
  const [photos, setPhotos] = useState<File[]>([])
  const [locating, setLocating] = useState(false)
  const [gpsError, setGpsError] = useState(false)
  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }))
  const site = sites.find((candidate) => String(candidate.id) === draft.siteId)

  const locate = () => {
    if (!navigator.geolocation) return setGpsError(true)
    setLocating(true)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false)
        setGpsError(false)
        update({ latitude: position.coords.latitude, longitude: position.coords.longitude })
      },
      () => {
        setLocating(false)
        setGpsError(true)
      },
      { enableHighAccuracy: true, timeout: 10_000 }
    )
  }

  return (
    <Stack gap="md" maw={640} mx="auto" w="100%">
      <Head title={t('incidents.report.title')} />
      <div>
        <Title order={2}>{t('incidents.report.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('incidents.report.subtitle')}
        </Text>
      </div>
      <Form
        route="incidents.store"
        transform={() => ({
          type: draft.type ?? '',
          description: draft.description,
          occurredAt: draft.occurredAt ? new Date(draft.occurredAt).toISOString() : '',
          siteId: draft.siteId ?? '',
          locationId: draft.locationId ?? '',
          latitude: draft.latitude ?? '',
          longitude: draft.longitude ?? '',
          potentialSeverity: draft.potentialSeverity ?? '',
          photos,
        })}
        onSuccess={() => {
          clearDraft()
          setPhotos([])
        }}
        options={{ preserveScroll: true }}
        noValidate
      >
        {({ errors: formErrors, processing }: FormSlotProps) => {
          const errors = formErrors as Partial<Record<string, string>>
          const photoError = Object.entries(errors).find(([field]) => field.startsWith('photos'))
          return (
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Select
                  label={t('incidents.fields.type')}
                  placeholder={t('incidents.report.type_placeholder')}
                  data={options.types(vocabulary.types)}
                  value={draft.type}
                  onChange={(value) => update({ type: value })}
                  error={errors.type}
                  required
                  data-testid="report-type"
                />
                <Select
                  label={t('incidents.report.how_bad')}
                  description={t('incidents.report.how_bad_hint')}
                  placeholder={t('incidents.report.how_bad_placeholder')}
                  data={options.severities(vocabulary.severities)}
                  value={draft.potentialSeverity ?? null}
                  onChange={(value) => update({ potentialSeverity: value })}
                  error={errors.potentialSeverity}
                  clearable
                  data-testid="report-severity"
                />
                <Textarea
                  label={t('incidents.report.what_happened')}
                  placeholder={t('incidents.report.what_happened_placeholder')}
                  value={draft.description}
                  onChange={(event) => update({ description: event.currentTarget.value })}
                  error={errors.description}
                  autosize
                  minRows={3}
                  required
                  data-testid="report-description"
                />
                <TextInput
                  type="datetime-local"
                  label={t('incidents.report.when')}
                  value={draft.occurredAt}
                  max={toLocalInput()}
                  onChange={(event) => update({ occurredAt: event.currentTarget.value })}
                  error={errors.occurredAt}
                  data-testid="report-when"
                />
                <Select
                  label={t('incidents.fields.site')}
                  data={sites.map((s) => ({ value: String(s.id), label: s.name }))}
                  value={draft.siteId}
                  onChange={(value) => update({ siteId: value, locationId: null })}
                  error={errors.siteId}
                  searchable
                  required
                  data-testid="report-site"
                />
                <Select
                  label={t('incidents.fields.location')}
                  placeholder={t('incidents.report.location_placeholder')}
                  data={(site?.locations ?? []).map((l) => ({
                    value: String(l.id),
                    label: l.name,
                  }))}
                  value={draft.locationId}
                  onChange={(value) => update({ locationId: value })}
                  error={errors.locationId}
                  disabled={!site}
                  searchable
                  clearable
                  data-testid="report-location"
                />
                <Group gap="xs" wrap="nowrap">
                  <Button
                    variant="light"
                    leftSection={<IconCurrentLocation size={18} />}
                    onClick={locate}
                    loading={locating}
                    data-testid="report-gps"
                  >
                    {t('incidents.report.use_gps')}
                  </Button>
                  <Text size="xs" c={gpsError ? 'red' : 'dimmed'}>
                    {gpsError
                      ? t('incidents.report.gps_failed')
                      : draft.latitude !== null
                        ? `${draft.latitude.toFixed(5)}, ${draft.longitude?.toFixed(5)}`
                        : t('incidents.report.gps_optional')}
                  </Text>
                </Group>
                <FileInput
                  label={t('incidents.report.photos')}
                  placeholder={t('incidents.report.photos_placeholder')}
                  leftSection={<IconCamera size={18} />}
                  accept="image/*,video/mp4"
                  capture="environment"
                  multiple
                  clearable
                  value={photos}
                  onChange={setPhotos}
                  error={photoError?.[1]}
                  data-testid="report-photos"
                />
                <Button
                  type="submit"
                  size="md"
                  fullWidth
                  loading={processing}
                  leftSection={<IconSend size={18} />}
                  data-testid="report-submit"
                >
                  {t('incidents.report.submit')}
                </Button>
                <Text size="xs" c="dimmed" ta="center">
                  {t('incidents.report.draft_note')}
                </Text>
              </Stack>
            </Paper>
          )
        }}
      </Form>
    </Stack>
  )
}
