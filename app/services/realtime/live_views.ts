import transmit from '@adonisjs/transmit/services/main'
import logger from '@adonisjs/core/services/logger'

/**
 * What a live-view channel carries. Pages reload on `changed` and ignore
 * every other type, such as the operator's timestamped diagnostic `ping`
 * (RealtimePing).
 */
export type LiveViewMessage = { type: 'changed' } | { type: 'ping'; sentAt: number; seq: number }

/**
 * "Something changed" pings for open pages (a record's detail, a site's
 * dashboard). They carry no data: the page reloads its props over HTTP,
 * where its policies apply. Call after commit.
 */
export const LiveViews = {
  recordChanged(type: 'incidents', id: number) {
    this.ping(`${type}/${id}`)
  },

  dashboardChanged(siteId: number) {
    this.ping(`dashboard/${siteId}`)
  },

  ping(channel: string) {
    this.send(channel, { type: 'changed' })
  },

  /** A diagnostic ping stamped with the epoch time (sub-millisecond) it leaves at. */
  diagnostic(channel: string, seq: number) {
    this.send(channel, { type: 'ping', sentAt: performance.timeOrigin + performance.now(), seq })
  },

  send(channel: string, message: LiveViewMessage) {
    try {
      transmit.broadcast(channel, message)
    } catch (error) {
      logger.error({ err: error, channel }, 'live view ping failed')
    }
  },
}
