import { useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import { Alert, Button, Code, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'
import { StatusBadge } from '~/components/incidents/incident_badges.js'

type Props = InertiaProps<{
  receipt: { number: string; passcode: string } | null
  result: { number: string; status: string; occurredAt: string; added: boolean } | null
}>

/**
 * After an anonymous report: the number and passcode to keep. Later: the
 * status of the report, and a box to add information.
 */
export default function AnonymousReportsStatus({ receipt, result }: Props) {
  const { t } = useTranslate()
  const [number, setNumber] = useState(receipt?.number ?? result?.number ?? '')
  const [passcode, setPasscode] = useState(receipt?.passcode ?? '')
  const [information, setInformation] = useState('')

  return (
    <Stack gap="md" maw={560} mx="auto" w="100%">
      <Head title={t('anonymous.status_title')} />
      <Title order={2}>{t('anonymous.status_title')}</Title>
      {receipt && (
        <Alert color="green" title={t('anonymous.receipt_title')} data-testid="receipt">
          <Stack gap={4}>
            <Text size="sm">
              {t('anonymous.number')}: <Code data-testid="receipt-number">{receipt.number}</Code>
            </Text>
            <Text size="sm">
              {t('anonymous.passcode')}:{' '}
              <Code data-testid="receipt-passcode">{receipt.passcode}</Code>
            </Text>
            <Text size="xs">{t('anonymous.keep_passcode')}</Text>
          </Stack>
        </Alert>
      )}
      {result && (
        <Paper withBorder radius="md" p="md" data-testid="result">
          <Text fw={600}>{result.number}</Text>
          <StatusBadge incidentStatus={result.status} />
          {result.added && (
            <Text size="sm" c="green" mt="xs">
              {t('anonymous.information_added')}
            </Text>
          )}
        </Paper>
      )}
      <Form
        route="anonymous_reports.status.check"
        transform={() => ({ number, passcode, information: information || undefined })}
        onSuccess={() => setInformation('')}
      >
        {({ errors: formErrors, processing }: FormSlotProps) => {
          const errors = formErrors as Partial<Record<string, string>>
          return (
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <TextInput
                  label={t('anonymous.number')}
                  value={number}
                  onChange={(event) => setNumber(event.currentTarget.value)}
                  error={errors.number}
                />
                <TextInput
                  label={t('anonymous.passcode')}
                  value={passcode}
                  onChange={(event) => setPasscode(event.currentTarget.value)}
                  error={errors.passcode}
                />
                <Textarea
                  label={t('anonymous.add_information')}
                  value={information}
                  onChange={(event) => setInformation(event.currentTarget.value)}
                  error={errors.information}
                  autosize
                  minRows={2}
                />
                <Button type="submit" loading={processing}>
                  {t('anonymous.check')}
                </Button>
              </Stack>
            </Paper>
          )
        }}
      </Form>
    </Stack>
  )
}
