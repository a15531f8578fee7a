import transmit from '@adonisjs/transmit/services/main'
import logger from '@adonisjs/core/services/logger'

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
    try {
      transmit.broadcast(channel, { type: 'changed' })
    } catch (error) {
      logger.error({ err: error, channel }, 'live view ping failed')
    }
  },
}
