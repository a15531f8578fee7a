import type { HttpContext } from '@adonisjs/core/http'
import { LocalStreams } from '#services/realtime/local_streams'
import { streamValidator } from '#validators/realtime'

/**
 * GET /__transmit/events: the signed-in user's SSE stream. Transmit writes
 * the headers (text/event-stream, no-transform); nothing compresses it.
 * A client uid another user's stream holds is refused.
 */
export default class RealtimeStreamsController {
  async show(ctx: HttpContext) {
    const [error, valid] = await streamValidator.tryValidate(ctx.request.qs())
    if (error) return ctx.response.badRequest()
    const user = ctx.auth.getUserOrFail()
    const owner = LocalStreams.ownerOf(valid.uid)
    if (owner !== undefined && owner !== user.id) return ctx.response.badRequest()
    return ctx.response.stream(LocalStreams.open(ctx, valid.uid, user.id))
  }
}
