import { useCallback, useRef, useState } from 'react'
import { useRouter } from '@adonisjs/inertia/react'

type Query = Record<string, string | number | null | undefined>
type ListRoute =
  | 'admin.users.index'
  | 'admin.security_events.index'
  | 'incidents.index'
  | 'corrective_actions.index'
  | 'notifications.index'

/**
 * Reloads a server-paginated list with new filters: keeps the page state,
 * replaces the history entry, and reports loading and failure so the list
 * can show them.
 */
export function useListVisit(route: ListRoute, only: string[]) {
  const router = useRouter()
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)
  const last = useRef<Query>({})

  const visit = useCallback(
    (query: Query) => {
      last.current = query
      const qs = Object.fromEntries(
        Object.entries(query).filter(
          ([, value]) => value !== null && value !== undefined && value !== ''
        )
      )
      router.get({ route, qs }, undefined, {
        only,
        preserveState: true,
        preserveScroll: true,
        replace: true,
        onStart: () => {
          setLoading(true)
          setFailed(false)
        },
        onFinish: () => setLoading(false),
        onHttpException: () => setFailed(true),
        onNetworkError: () => setFailed(true),
      })
    },
    [router, route, only]
  )

  const retry = useCallback(() => visit(last.current), [visit])
  return { loading, failed, visit, retry }
}
