import type { ReactNode } from 'react'
import { Alert, Button, EmptyState, Group, Pagination, Text } from '@mantine/core'
import { IconAlertCircle, IconSearch } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

export type PageMeta = { total: number; perPage: number; currentPage: number; lastPage: number }

/** The list could not be reloaded: say so and offer to try again. */
export function ListError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslate()
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} mb="md" role="alert">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('common.load_error')}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Group>
    </Alert>
  )
}

export function ListEmpty({ title, description }: { title: string; description: ReactNode }) {
  return (
    <EmptyState
      variant="light"
      py="xl"
      icon={<IconSearch size={24} />}
      title={title}
      description={description}
      data-testid="list-empty"
    />
  )
}

/** "21–40 of 130" and the page buttons; hidden when everything fits on one page. */
export function ListPagination({
  meta,
  onChange,
}: {
  meta: PageMeta
  onChange: (page: number) => void
}) {
  const { t } = useTranslate()
  const first = meta.total === 0 ? 0 : (meta.currentPage - 1) * meta.perPage + 1
  const last = Math.min(meta.currentPage * meta.perPage, meta.total)
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" data-testid="list-range">
        {t('admin.list.range', { first, last, total: meta.total })}
      </Text>
      {meta.lastPage > 1 && (
        <Pagination
          total={meta.lastPage}
          value={meta.currentPage}
          onChange={onChange}
          size="sm"
          siblings={1}
          boundaries={1}
        />
      )}
    </Group>
  )
}
