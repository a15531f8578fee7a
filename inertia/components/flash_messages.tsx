import { usePage } from '@inertiajs/react'
import { Alert, Stack } from '@mantine/core'
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react'

/**
 * Success and error flashes set by the server (already translated there).
 * Signed-out pages show errors in a softer colour: they are mostly notices
 * such as "sign in to continue".
 */
export function FlashMessages({
  errorColor = 'red',
  mb = 'md',
}: {
  errorColor?: string
  mb?: string | number
}) {
  const { flash } = usePage().props
  if (!flash.success && !flash.error) return null
  return (
    <Stack gap="sm" mb={mb} data-testid="flash-messages">
      {flash.success && (
        <Alert color="green" role="status" icon={<IconCircleCheck size={18} />}>
          {flash.success}
        </Alert>
      )}
      {flash.error && (
        <Alert color={errorColor} role="alert" icon={<IconAlertCircle size={18} />}>
          {flash.error}
        </Alert>
      )}
    </Stack>
  )
}
