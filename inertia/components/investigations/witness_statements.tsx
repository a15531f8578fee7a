import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { IconPaperclip } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'

export type Statement = {
  id: number
  witnessName: string
  statement: string
  takenAt: string
  files: { id: number; originalName: string }[]
}

/** Witness statements of an incident, and the form to add one (text plus files). */
export function WitnessStatements(props: {
  incidentId: number
  statements: Statement[]
  canAdd: boolean
}) {
  const { t } = useTranslate()
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} fz="lg" mb="sm">
        {t('investigations.witnesses_title')}
      </Title>
      {props.statements.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('investigations.no_statements')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="statements">
          {props.statements.map((statement) => (
            <Paper key={statement.id} withBorder radius="sm" p="sm">
              <Text fw={600} size="sm">
                {statement.witnessName} · {new Date(statement.takenAt).toLocaleString()}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {statement.statement}
              </Text>
              {statement.files.map((file) => (
                <Anchor key={file.id} href={urlFor('attachments.show', { id: file.id })} size="xs">
                  <IconPaperclip size={12} /> {file.originalName}
                </Anchor>
              ))}
            </Paper>
          ))}
        </Stack>
      )}
      {props.canAdd && (
        <Form
          route="witness_statements.store"
          routeParams={{ id: props.incidentId }}
          options={{ preserveScroll: true }}
          resetOnSuccess
        >
          {({ errors, processing }: FormSlotProps) => (
            <Stack gap="xs" mt="md">
              <TextInput
                name="witnessName"
                label={t('investigations.witness_name')}
                required
                error={errors.witnessName}
              />
              <Textarea
                name="statement"
                label={t('investigations.statement')}
                autosize
                minRows={3}
                required
                error={errors.statement}
              />
              <FileInput
                name="files[]"
                multiple
                label={t('investigations.statement_files')}
                placeholder={t('investigations.choose_files')}
              />
              <Group>
                <Button type="submit" variant="light" loading={processing}>
                  {t('investigations.add_statement')}
                </Button>
              </Group>
            </Stack>
          )}
        </Form>
      )}
    </Paper>
  )
}
