import { useState } from 'react'
import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import {
  Anchor,
  Button,
  FileInput,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core'
import { IconFile, IconUpload } from '@tabler/icons-react'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'
import { urlFor } from '~/client'

/**
 * Files of any record: image thumbnails, other files by name, all
 * downloaded through the authorized route; and the upload form.
 */
export function RecordAttachments({
  subject,
  attachments,
  canUpload,
}: {
  subject: { type: string; id: number }
  attachments: Data.Attachment[]
  canUpload: boolean
}) {
  const { t } = useTranslate()
  const [files, setFiles] = useState<File[]>([])
  return (
    <Stack gap="md">
      {attachments.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('records.attachments_empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="attachments">
          {attachments.map((file) => (
            <Paper key={file.id} withBorder radius="md" p={6}>
              <Anchor href={urlFor('attachments.show', { id: file.id })} size="xs">
                {file.hasThumbnail ? (
                  <Image
                    src={urlFor('attachments.thumbnail', { id: file.id })}
                    alt={file.originalName}
                    radius="sm"
                    h={96}
                    fit="cover"
                  />
                ) : (
                  <Group justify="center" h={96}>
                    <IconFile size={32} />
                  </Group>
                )}
                <Text size="xs" truncate>
                  {file.originalName}
                </Text>
              </Anchor>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {canUpload && (
        <Form
          route="records.attachments.store"
          routeParams={{ type: subject.type, id: subject.id }}
          transform={() => ({ files })}
          onSuccess={() => setFiles([])}
          options={{ preserveScroll: true }}
        >
          {({ errors, processing }: FormSlotProps) => (
            <Group align="flex-end" gap="xs">
              <FileInput
                label={t('records.add_files')}
                multiple
                value={files}
                onChange={setFiles}
                error={Object.values(errors as Record<string, string>)[0]}
                style={{ flex: 1 }}
              />
              <Button
                type="submit"
                loading={processing}
                disabled={files.length === 0}
                leftSection={<IconUpload size={16} />}
              >
                {t('records.upload')}
              </Button>
            </Group>
          )}
        </Form>
      )}
    </Stack>
  )
}
