import { usePage } from '@inertiajs/react'
import { Alert } from '@mantine/core'

export function FlashMessages() {
  const { flash } = usePage().props
  if (!flash.success && !flash.error) return null
  return (
    <>
      {flash.success && (
        <Alert color="green" mb="md" role="status">
          {flash.success}
        </Alert>
      )}
      {flash.error && (
        <Alert color="red" mb="md" role="alert">
          {flash.error}
        </Alert>
      )}
    </>
  )
}
