import type { HttpContext } from '@adonisjs/core/http'
import { RealtimePing } from '#services/realtime/realtime_ping'
import { apiSerializer } from '#transformers/api_serializer'
import { realtimePingValidator } from '#validators/diagnostic'

/** Pause between two pings when the caller names none. */
const DEFAULT_INTERVAL_MS = 20

/**
 * POST /api/v1/diagnostics/realtime-ping `{ siteId, count, intervalMs? }`:
 * an administrator's check of live updates. Sends timestamped pings on the
 * site's dashboard channel and answers how long the event loop stalled.
 */
export default class RealtimePingsController {
  async store({ request, bouncer, auth, logger, containerResolver }: HttpContext) {
    const input = await request.validateUsing(realtimePingValidator)
    await bouncer.authorize('pingDashboard', input.siteId)
    const result = await RealtimePing.burst({
      ...input,
      intervalMs: input.intervalMs ?? DEFAULT_INTERVAL_MS,
    })
    logger.info({ userId: auth.getUserOrFail().id, ...result }, 'realtime ping burst')
    return apiSerializer.serialize(result, containerResolver)
  }
}
