import type { HttpContext } from '@adonisjs/core/http'
import { commentValidator } from '#validators/record'
import { actorFrom } from '#services/records/audit_trail'
import { RecordActivity } from '#services/records/record_activity'

/**
 * Comments on any record's timeline (web).
 */
export default class RecordCommentsController {
  async store(ctx: HttpContext) {
    const { params, request, response, session, auth, i18n } = ctx
    const user = auth.getUserOrFail()
    await RecordActivity.resolve(params.type, Number(params.id), user, 'update')
    const { body } = await request.validateUsing(commentValidator)
    await RecordActivity.comment(
      { type: params.type, id: Number(params.id) },
      body,
      user,
      actorFrom(ctx)
    )
    session.flash('success', i18n.t('records.comments.added'))
    return response.redirect().back()
  }
}
