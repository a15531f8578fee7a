import { useEffect } from 'react'
import { router } from '@inertiajs/react'
import { notifications } from '@mantine/notifications'
import { useTranslate } from '~/hooks/use_translate'

/**
 * Turns failed Inertia visits into a translated notification: a network
 * failure always, a non-Inertia error response (proxy 502, ...) outside
 * development, where Inertia's debug dialog is more useful.
 */
export function useNavigationErrors() {
  const { t } = useTranslate()

  useEffect(() => {
    const offNetwork = router.on('networkError', (event) => {
      event.preventDefault()
      notifications.show({
        id: 'network-error',
        color: 'red',
        title: t('errors.network_title'),
        message: t('errors.network_body'),
      })
    })
    const offHttp = router.on('httpException', (event) => {
      if (import.meta.env.DEV || event.detail.response.headers['x-inertia']) return
      event.preventDefault()
      notifications.show({
        id: 'http-error',
        color: 'red',
        title: t('errors.500.title'),
        message: t('errors.500.body'),
      })
    })
    return () => {
      offNetwork()
      offHttp()
    }
  }, [t])
}
