import { useCallback, useEffect, useRef, useState } from 'react'
import { Transmit, type Subscription } from '@adonisjs/transmit-client'
import { notifications as toasts } from '@mantine/notifications'
import { urlFor } from '~/client'

export type LiveNotification = {
  id: number
  kind: string
  title: string
  body: string
  urgent: boolean
  createdAt: string
  url: string | null
  read: boolean
}

type Message =
  | { type: 'notification'; item: LiveNotification; unread: number }
  | { type: 'count'; unread: number }

type Feed = { unread: number; items: LiveNotification[] }

const KEEP = 8

function showUrgent(item: LiveNotification) {
  toasts.show({
    id: `notification-${item.id}`,
    title: item.title,
    message: item.body,
    color: 'red',
    autoClose: 15_000,
    withCloseButton: true,
  })
}

/**
 * The signed-in user's notifications, live: the unread count and the
 * latest items, kept current over Transmit (SSE). After the stream drops
 * and comes back, or when the tab becomes visible again, it catches up
 * over HTTP with what arrived since the last id it saw. Urgent items
 * arriving live or in a catch-up show a toast.
 */
export function useNotifications(userId: number | null, initialUnread: number) {
  const [unread, setUnread] = useState(initialUnread)
  const [items, setItems] = useState<LiveNotification[]>([])
  const [live, setLive] = useState<'connecting' | 'live' | 'offline'>('connecting')
  const lastId = useRef<number | null>(null)

  const [seenInitial, setSeenInitial] = useState(initialUnread)
  if (seenInitial !== initialUnread) {
    setSeenInitial(initialUnread)
    setUnread(initialUnread)
  }

  const merge = useCallback((incoming: LiveNotification[], toast: boolean) => {
    if (!incoming.length) return
    const newest = Math.max(...incoming.map((item) => item.id))
    const previous = lastId.current
    lastId.current = Math.max(previous ?? 0, newest)
    if (toast) {
      incoming.filter((item) => item.urgent && item.id > (previous ?? 0)).forEach(showUrgent)
    }
    setItems((current) => {
      const byId = new Map(current.map((item) => [item.id, item]))
      for (const item of incoming) byId.set(item.id, item)
      return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, KEEP)
    })
  }, [])

  /** Unread count plus the items after the last id seen (the latest few the first time). */
  const catchUp = useCallback(
    async (toast = true) => {
      const since = lastId.current
      const url = urlFor('notifications.feed', {}, { qs: since === null ? {} : { since } })
      try {
        const response = await fetch(url, {
          headers: { accept: 'application/json' },
          credentials: 'same-origin',
        })
        if (!response.ok) return
        const feed = (await response.json()) as Feed
        setUnread(feed.unread)
        merge(feed.items, toast)
      } catch {
        // Offline: the next reconnect or visibility change tries again.
      }
    },
    [merge]
  )

  useEffect(() => {
    if (!userId) return
    let stopped = false
    let dropped = false
    let retryTimer: ReturnType<typeof setTimeout> | undefined
    let current: { transmit: Transmit; subscription: Subscription } | null = null

    /**
     * EventSource reconnects by itself after a network error, but gives up
     * for good after a non-200 answer (a proxy's 502 during a deploy, a
     * signed-out session). Then the client is rebuilt, with backoff.
     */
    const connect = (attempt: number) => {
      dropped = dropped || attempt > 0
      const rebuild = () => {
        if (stopped) return
        transmit.close()
        retryTimer = setTimeout(() => connect(attempt + 1), Math.min(30_000, 1_000 * 2 ** attempt))
      }
      const transmit = new Transmit({
        baseUrl: window.location.origin,
        maxReconnectAttempts: 0,
        eventSourceFactory: (url, options) => {
          const source = new EventSource(url, options)
          source.addEventListener('error', () => {
            if (source.readyState === EventSource.CLOSED) rebuild()
          })
          return source
        },
        onSubscription: () => setLive('live'),
      })
      const subscription = transmit.subscription(`users/${userId}/notifications`)
      current = { transmit, subscription }

      subscription.onMessage<Message>((message) => {
        setUnread(message.unread)
        if (message.type === 'notification') merge([message.item], message.item.urgent)
      })
      /** Subscribing only once connected: a client that never connects leaves no poller behind. */
      transmit.on('connected', () => {
        attempt = 0
        const missed = dropped
        dropped = false
        if (!subscription.isCreated) void subscription.create().then(() => catchUp(missed))
        else if (missed) void catchUp()
      })
      transmit.on('disconnected', () => {
        setLive('offline')
        dropped = true
      })
    }
    connect(0)

    const onVisible = () => {
      if (document.visibilityState === 'visible') void catchUp()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      stopped = true
      clearTimeout(retryTimer)
      document.removeEventListener('visibilitychange', onVisible)
      void current?.subscription.delete()
      current?.transmit.close()
    }
  }, [userId, catchUp, merge])

  const markRead = useCallback((id: number) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, read: true } : item)))
  }, [])

  const markAllRead = useCallback(() => {
    setItems((current) => current.map((item) => ({ ...item, read: true })))
    setUnread(0)
  }, [])

  return { unread, items, live, markRead, markAllRead, refresh: catchUp }
}
