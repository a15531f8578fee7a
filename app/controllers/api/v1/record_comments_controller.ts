import type { HttpContext } from '@adonisjs/core/http'
import { commentValidator } from '#validators/record'
import { actorFrom } from '#services/records/audit_trail'
import { RecordActivity } from '#services/records/record_activity'
import TimelineEntryTransformer from '#transformers/timeline_entry_transformer'
import { apiSerializer } from '#transformers/api_serializer'

/**
 * POST /api/v1/records/:type/:id/comments `{ body }`.
 */
export default class RecordCommentsController {
  async store(ctx: HttpContext) {
    const { params, request, response, auth, containerResolver } = ctx
    const user = auth.getUserOrFail()
    const subject = { type: String(params.type), id: Number(params.id) }
    await RecordActivity.resolve(subject.type, subject.id, user, 'update')
    const { body } = await request.validateUsing(commentValidator)
    const entry = await RecordActivity.comment(subject, body, user, actorFrom(ctx))
    await entry.load('author')
    response.status(201)
    return apiSerializer.serialize(TimelineEntryTransformer.transform(entry), containerResolver)
  }
}
