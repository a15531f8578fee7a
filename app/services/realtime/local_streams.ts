import transmit from '@adonisjs/transmit/services/main'
import type { HttpContext } from '@adonisjs/core/http'

type Owned = { userId: number; stream: object }

const owners = new Map<string, Owned>()

/**
 * The SSE streams this process holds, by client uid, with the user who
 * opened each. A subscription is only ever added to a stream of the same
 * user, whichever instance authorized it.
 */
export const LocalStreams = {
  open(ctx: HttpContext, uid: string, userId: number) {
    const stream = transmit.createStream({
      uid,
      context: ctx,
      request: ctx.request.request,
      response: ctx.response.response,
      injectResponseHeaders: ctx.response.getHeaders(),
    })
    owners.set(uid, { userId, stream })
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
}
