import type { HttpContext } from '@adonisjs/core/http'
import { RecordActivity } from '#services/records/record_activity'
import { Watchers } from '#services/notifications/watchers'

/**
 * Follow or stop following any record one may read (404 otherwise).
 */
export default class RecordWatchersController {
  async store({ params, response, session, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    await RecordActivity.resolve(params.type, Number(params.id), user, 'read')
    await Watchers.follow({ type: params.type, id: Number(params.id) }, user.id)
    session.flash('success', i18n.t('notifications.flash.following'))
    return response.redirect().back()
  }

  async destroy({ params, response, session, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    await RecordActivity.resolve(params.type, Number(params.id), user, 'read')
    await Watchers.unfollow({ type: params.type, id: Number(params.id) }, user.id)
    session.flash('success', i18n.t('notifications.flash.unfollowed'))
    return response.redirect().back()
  }
}
