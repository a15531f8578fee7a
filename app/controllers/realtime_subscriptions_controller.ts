import type { HttpContext } from '@adonisjs/core/http'
import { Channels } from '#services/realtime/channels'
import { LocalStreams } from '#services/realtime/local_streams'
import { SubscriptionRelay } from '#services/realtime/subscription_relay'
import { subscriptionValidator } from '#validators/realtime'

/**
 * POST /__transmit/subscribe and /unsubscribe. Authorized here, on the
 * instance the request reached; applied to the stream wherever it lives
 * (this process, or another instance through the Redis relay).
 */
export default class RealtimeSubscriptionsController {
  async store({ request, response, auth }: HttpContext) {
    const { uid, channel } = await request.validateUsing(subscriptionValidator)
    const user = auth.getUserOrFail()
    if (!(await Channels.canSubscribe(user, channel))) return response.forbidden()
    const done = LocalStreams.holds(uid)
      ? await LocalStreams.subscribe(uid, user.id, channel)
      : await SubscriptionRelay.forward('subscribe', uid, channel, user.id)
    return done ? response.noContent() : response.badRequest()
  }

  async destroy({ request, response, auth }: HttpContext) {
    const { uid, channel } = await request.validateUsing(subscriptionValidator)
    const user = auth.getUserOrFail()
    const done = LocalStreams.holds(uid)
      ? await LocalStreams.unsubscribe(uid, user.id, channel)
      : await SubscriptionRelay.forward('unsubscribe', uid, channel, user.id)
    return done ? response.noContent() : response.badRequest()
  }
}
