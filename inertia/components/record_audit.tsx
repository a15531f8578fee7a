import { Code, Stack, Table, Text } from '@mantine/core'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? '—' : String(value)

/**
 * The audit trail of a record: who did what when, each field old → new.
 */
export function RecordAudit({ entries }: { entries: Data.AuditLog[] }) {
  const { t, locale } = useTranslate()
  if (entries.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('records.audit.empty')}
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="audit">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('records.audit.when')}</Table.Th>
            <Table.Th>{t('records.audit.who')}</Table.Th>
            <Table.Th>{t('records.audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-action={entry.action}>
              <Table.Td>
                <Text size="sm">
                  {new Date(entry.createdAt).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB')}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.action}
                </Text>
              </Table.Td>
              <Table.Td>{entry.actor?.name ?? t('records.timeline.system')}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {Object.entries(entry.changes).map(([field, change]) => (
                    <Text size="xs" key={field}>
                      <Code>{field}</Code> {show(change.old)} → {show(change.new)}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
