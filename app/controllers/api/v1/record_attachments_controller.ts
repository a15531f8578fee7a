import type { HttpContext } from '@adonisjs/core/http'
import { actorFrom } from '#services/records/audit_trail'
import { RecordActivity } from '#services/records/record_activity'
import AttachmentTransformer from '#transformers/attachment_transformer'
import { apiSerializer } from '#transformers/api_serializer'

/**
 * POST /api/v1/records/:type/:id/attachments (multipart, field `files`).
 */
export default class RecordAttachmentsController {
  async store(ctx: HttpContext) {
    const { params, request, response, auth, i18n, containerResolver } = ctx
    const user = auth.getUserOrFail()
    const subject = { type: String(params.type), id: Number(params.id) }
    await RecordActivity.resolve(subject.type, subject.id, user, 'update')
    const stored = await RecordActivity.attach(
      subject,
      request.files('files'),
      user,
      actorFrom(ctx),
      (key, data) => i18n.t(key, data)
    )
    response.status(201)
    return apiSerializer.serialize(AttachmentTransformer.transform(stored), containerResolver)
  }
}
