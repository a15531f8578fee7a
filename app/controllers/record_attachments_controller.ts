import type { HttpContext } from '@adonisjs/core/http'
import { actorFrom } from '#services/records/audit_trail'
import { RecordActivity } from '#services/records/record_activity'

/**
 * Adds files to any record (web). Several files per request, field `files`.
 */
export default class RecordAttachmentsController {
  async store(ctx: HttpContext) {
    const { params, request, response, session, auth, i18n } = ctx
    const user = auth.getUserOrFail()
    const subject = { type: String(params.type), id: Number(params.id) }
    await RecordActivity.resolve(subject.type, subject.id, user, 'update')
    const files = request.files('files')
    const stored = await RecordActivity.attach(subject, files, user, actorFrom(ctx), (key, data) =>
      i18n.t(key, data)
    )
    session.flash('success', i18n.t('records.attachments.added', { count: stored.length }))
    return response.redirect().back()
  }
}
