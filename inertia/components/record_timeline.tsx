import { useState } from 'react'
import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import { Button, Paper, Stack, Text, Textarea, Timeline } from '@mantine/core'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'

const when = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })

/**
 * A record's timeline (comments and system entries, oldest first) and,
 * when allowed, the comment box. Works for any registered record type.
 */
export function RecordTimeline({
  subject,
  entries,
  canComment,
  statusLabel,
}: {
  subject: { type: string; id: number }
  entries: Data.TimelineEntry[]
  canComment: boolean
  statusLabel: (status: string) => string
}) {
  const { t, locale } = useTranslate()
  const [body, setBody] = useState('')

  const describe = (entry: Data.TimelineEntry) => {
    const data = entry.data as Record<string, unknown>
    if (entry.kind === 'status_changed') {
      return t('records.timeline.status_changed', {
        from: statusLabel(String(data.from ?? '')),
        to: statusLabel(String(data.to ?? '')),
      })
    }
    const timelineKind = entry.kind
    return t(`records.timeline.${timelineKind}`)
  }

  return (
    <Stack gap="md">
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('records.timeline.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
          {entries.map((entry) => (
            <Timeline.Item key={entry.id} title={describe(entry)} data-kind={entry.kind}>
              {entry.body && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {entry.body}
                </Text>
              )}
              {entry.kind === 'status_changed' && (entry.data as { reason?: string }).reason && (
                <Text size="sm">{(entry.data as { reason?: string }).reason}</Text>
              )}
              <Text size="xs" c="dimmed">
                {entry.author?.name ?? t('records.timeline.system')} ·{' '}
                {when(entry.createdAt, locale)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {canComment && (
        <Paper withBorder radius="md" p="sm">
          <Form
            route="records.comments.store"
            routeParams={{ type: subject.type, id: subject.id }}
            transform={() => ({ body })}
            onSuccess={() => setBody('')}
            options={{ preserveScroll: true }}
          >
            {({ errors, processing }: FormSlotProps) => (
              <Stack gap="xs">
                <Textarea
                  label={t('records.timeline.comment')}
                  value={body}
                  onChange={(event) => setBody(event.currentTarget.value)}
                  error={(errors as Record<string, string>).body}
                  autosize
                  minRows={2}
                  data-testid="comment-body"
                />
                <Button type="submit" loading={processing} disabled={!body.trim()}>
                  {t('records.timeline.send')}
                </Button>
              </Stack>
            )}
          </Form>
        </Paper>
      )}
    </Stack>
  )
}
