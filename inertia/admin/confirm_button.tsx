import { useState, type ReactNode } from 'react'
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'

type Props = ButtonProps & {
  'title': string
  'message': ReactNode
  'confirmLabel': string
  'onConfirm': (done: () => void) => void
  'children': ReactNode
  'data-testid'?: string
}

/** A button that asks before doing something hard to undo. */
export function ConfirmButton({
  title,
  message,
  confirmLabel,
  onConfirm,
  children,
  color,
  ...buttonProps
}: Props) {
  const { t } = useTranslate()
  const [opened, setOpened] = useState(false)
  const [busy, setBusy] = useState(false)
  const done = () => {
    setBusy(false)
    setOpened(false)
  }
  return (
    <>
      <Button color={color} {...buttonProps} onClick={() => setOpened(true)}>
        {children}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} centered>
        <Text size="sm">{message}</Text>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('admin.common.cancel')}
          </Button>
          <Button
            color={color}
            loading={busy}
            onClick={() => {
              setBusy(true)
              onConfirm(done)
            }}
            data-testid="confirm-action"
          >
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  )
}
