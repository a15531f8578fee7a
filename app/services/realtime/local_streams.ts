import app from '@adonisjs/core/services/app'
import transmit from '@adonisjs/transmit/services/main'
import type { ServerResponse } from 'node:http'
import type { HttpContext } from '@adonisjs/core/http'

type Owned = { userId: number; stream: object; response: ServerResponse }

const owners = new Map<string, Owned>()
let endsOnShutdown = false

/**
 * The SSE streams this process holds, by client uid, with the user who
 * opened each. A subscription is only ever added to a stream of the same
 * user, whichever instance authorized it.
 */
export const LocalStreams = {
  open(ctx: HttpContext, uid: string, userId: number) {
    /**
     * Terminating hooks run last-registered first, and the HTTP server's
     * own hook (close, which waits for open streams) is registered once it
     * listens. Registered from here, ending the streams comes before it.
     */
    if (!endsOnShutdown) {
      endsOnShutdown = true
      app.terminating(() => this.endAll())
    }
    const stream = transmit.createStream({
      uid,
      context: ctx,
      request: ctx.request.request,
      response: ctx.response.response,
      injectResponseHeaders: ctx.response.getHeaders(),
    })
    owners.set(uid, { userId, stream, response: ctx.response.response })
    ctx.response.response.once('close', () => {
      if (owners.get(uid)?.stream === stream) owners.delete(uid)
    })
    return stream
  },

  holds(uid: string) {
    return owners.has(uid)
  },

  /** The user whose stream this is, or undefined when another instance holds it. */
  ownerOf(uid: string) {
    return owners.get(uid)?.userId
  },

  async subscribe(uid: string, userId: number, channel: string) {
    if (this.ownerOf(uid) !== userId) return false
    return transmit.subscribe({ uid, channel, skipAuthorization: true })
  },

  async unsubscribe(uid: string, userId: number, channel: string) {
    if (this.ownerOf(uid) !== userId) return false
    return transmit.unsubscribe({ uid, channel })
  },

  count() {
    return owners.size
  },

  /** The uids of the streams one user holds on this instance. */
  uidsOf(userId: number) {
    return [...owners].filter(([, owned]) => owned.userId === userId).map(([uid]) => uid)
  },

  /**
   * Ends every stream with a reconnect hint (shutdown, tests): browsers
   * reconnect after `retryMs`, to whichever instance is still up.
   */
  endAll(retryMs = 1_000) {
    for (const { response } of owners.values()) {
      if (response.writableEnded) continue
      response.end(`retry: ${retryMs}\n\n`)
    }
  },
}
